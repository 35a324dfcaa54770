import { CONTEXT_CONFIG } from './guidance';
import { hasText, type ContextId, type Objective } from './model';
import { formatDate, isIsoDate, tryDaysBetween } from '../../lib/dates';
import { formatNumber } from '../../lib/numbers';
import { isAchieved, readMeasure } from './calculations';
import { listInWords } from '../../lib/text-list';

/**
 * The live SMART checks: one pure function per letter, each explaining in plain English what is
 * missing and how to fix it. "today" is a parameter so the deadline checks are deterministic.
 */

export const LETTERS = ['S', 'M', 'A', 'R', 'T'] as const;
export type Letter = (typeof LETTERS)[number];

/**
 * The letters as the spec spells them: "Specific, Measurable, Achievable, Realistic and Timed" (L4C2),
 * "specific, measurable, achievable, realistic and time-bound" (L3S3). The R check asks for the link to
 * a team target or need: that link is what makes the objective realistic, and relevant.
 */
export const LETTER_NAMES: Record<Letter, string> = {
  S: 'Specific',
  M: 'Measurable',
  A: 'Achievable',
  R: 'Realistic',
  T: 'Time-bound',
};

export type LetterStatus = 'not-started' | 'needs-work' | 'smart';

export type LetterFeedback = {
  letter: Letter;
  status: LetterStatus;
  /** What stops the letter being met; each says how to fix it. */
  problems: string[];
  /** Suggestions that do not stop the letter being met. */
  tips: string[];
};

export const STATUS_WORDS: Record<LetterStatus, string> = {
  'not-started': 'Not started',
  'needs-work': 'Needs work',
  smart: 'Looks SMART',
};

/** Words that name a direction but not a destination: fine with a number, vague without. */
const VAGUE_PHRASES = [
  'improve', 'increase', 'boost', 'grow', 'enhance', 'maximise', 'maximize', 'raise', 'develop',
  'get better', 'be better', 'do better', 'do more', 'more', 'better', 'work on', 'try to', 'learn about',
  'understand', 'focus on', 'as much as possible', 'as many as possible', 'a lot',
];

/** The first vague phrase in a text, as written, or null. */
export function findVaguePhrase(text: string): string | null {
  const lower = text.toLowerCase();
  for (const phrase of VAGUE_PHRASES) {
    const match = new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\b`).exec(lower);
    if (match) return text.slice(match.index, match.index + match[0].length);
  }
  return null;
}

const hasNumber = (text: string) => /\d/.test(text);

const feedback = (letter: Letter, isEmpty: boolean, problems: string[], tips: string[] = []): LetterFeedback => ({
  letter,
  status: isEmpty ? 'not-started' : problems.length > 0 ? 'needs-work' : 'smart',
  // Even before a letter is started its problems are shown: they say what to write.
  problems,
  tips: isEmpty ? [] : tips,
});

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** S: what, who and where, in words a reader can picture; no vague verb left without a number. */
export function checkSpecific(objective: Objective): LetterFeedback {
  const { what, who, where } = objective.specific;
  const problems: string[] = [];
  if (!hasText(what)) problems.push('Say what you will do or achieve, starting with a verb (e.g. “win”, “complete”, “gain agreement to”).');
  else if (wordCount(what) < 3) problems.push('Say what you will do in a few more words, so someone else could picture it.');
  const vague = findVaguePhrase(what);
  const targetIsNumber = readMeasure(objective.measurable.target) !== null;
  if (hasText(what) && vague && !hasNumber(what) && !targetIsNumber) {
    problems.push(
      `“${vague}” says which way, not how far. Add a number: by how much, or to what level (fill in the target under Measurable).`,
    );
  }
  if (!hasText(who)) problems.push('Say who is involved: which customers, or who you will work with.');
  if (!hasText(where)) problems.push('Say where: the territory, channel, product range or situation.');
  if (objective.sentence.isEdited) {
    const sentenceVague = findVaguePhrase(objective.sentence.text);
    if (!hasText(objective.sentence.text)) problems.push('Your objective sentence is empty: write it, or go back to the composed sentence.');
    else if (sentenceVague && !hasNumber(objective.sentence.text)) {
      problems.push(`Your sentence uses “${sentenceVague}” with no number: say how much, or to what level.`);
    }
  }
  return feedback('S', !hasText(what) && !hasText(who) && !hasText(where), problems);
}

/** How far the target is from the baseline as a fraction (0.5 = 50 % more), or null if it cannot be worked out. */
export function stretch(objective: Objective): number | null {
  const baseline = readMeasure(objective.measurable.baseline);
  const target = readMeasure(objective.measurable.target);
  if (baseline === null || target === null || baseline === 0) return null;
  return (target - baseline) / Math.abs(baseline);
}

/** A change of more than half the baseline needs reasons to be believed. */
export const STRETCH_NEEDING_REASONS = 0.5;

/** M: a metric, a readable baseline and target that differ, and the unit. */
export function checkMeasurable(objective: Objective): LetterFeedback {
  const { metric, baseline, target, unit } = objective.measurable;
  const problems: string[] = [];
  const tips: string[] = [];
  if (!hasText(metric)) problems.push('Say what you will measure, e.g. “monthly invoiced sales”, “qualified calls a day”, “SCA score”.');
  const targetValue = readMeasure(target);
  const baselineValue = readMeasure(baseline);
  if (!hasText(target)) problems.push('No measurable target yet: add the number you are aiming for.');
  else if (targetValue === null) problems.push(`The target “${target.trim()}” is not one number. Write it in digits, e.g. 22000 or 12.`);
  if (!hasText(baseline)) problems.push('Add your starting point (the baseline) so progress can be measured against it.');
  else if (baselineValue === null) problems.push(`The baseline “${baseline.trim()}” is not one number. Write it in digits, e.g. 18000 or 8.`);
  if (targetValue !== null && baselineValue !== null && targetValue === baselineValue) {
    problems.push(`The target is the same as the baseline (${formatNumber(targetValue)}): say what will change.`);
  }
  if (!hasText(unit)) tips.push('Add the unit (e.g. £ a month, calls a day, score out of 5) so the numbers mean something to a reader.');
  if (objective.sentence.isEdited && targetValue !== null && hasText(objective.sentence.text)) {
    const digits = String(targetValue);
    const sentenceDigits = objective.sentence.text.replace(/(?<=\d),(?=\d{3})/g, '');
    if (!sentenceDigits.includes(digits)) problems.push(`Your sentence leaves out the target (${formatNumber(targetValue)}): put it back in.`);
  }
  return feedback('M', [metric, baseline, target, unit].every((t) => !hasText(t)), problems, tips);
}

/** A: resources, past performance and constraints; a big stretch over the baseline needs reasons. */
export function checkAchievable(objective: Objective): LetterFeedback {
  const { resources, pastPerformance, constraints } = objective.achievable;
  const problems: string[] = [];
  const tips: string[] = [];
  if (!hasText(resources)) problems.push('Say what you will use to achieve it: time, tools, budget, training, people.');
  const change = stretch(objective);
  if (change !== null && Math.abs(change) > STRETCH_NEEDING_REASONS && !hasText(pastPerformance)) {
    const percent = Math.round(Math.abs(change) * 100);
    problems.push(
      `Your target is ${percent} % ${change > 0 ? 'above' : 'below'} your baseline, with no reason given. That may be right, but say why it is achievable: what you have done before, or what is different now.`,
    );
  } else if (!hasText(pastPerformance)) {
    problems.push('Say what shows it is realistic: what you have achieved before, or what others in your role achieve.');
  } else if (change !== null && Math.abs(change) > 2) {
    tips.push(`That is a very big change (${Math.round(Math.abs(change) * 100)} %). Check your reasons really explain it, or set a nearer milestone.`);
  }
  if (!hasText(constraints)) tips.push('Note anything that could get in the way (time, other obligations, budget) and how you will manage it.');
  return feedback('A', [resources, pastPerformance, constraints].every((t) => !hasText(t)), problems, tips);
}

const MISSING_LINK: Record<ContextId, string> = {
  'sales-targets': 'No link to a team target: say which team target this serves and how.',
  'development-plan': 'No link to a development need: name the need from your self-assessment it meets.',
  'motivation-plan': 'No link to your motivation theory: say which motivator it uses and what sales performance it improves.',
  presentation: 'No link to the customer’s needs: say which need or interest it meets.',
};

/** Words of five letters or more, which carry a criterion's meaning ("pipeline", "objections"). */
const keyWords = (text: string) => text.toLowerCase().match(/\p{L}{5,}/gu) ?? [];

/**
 * R: the team target, development need, motivator or customer need the objective serves.
 * `developmentNeeds` are the self-assessment criteria scored 1–2; a link naming none of them gets a tip.
 */
export function checkRelevant(objective: Objective, context: ContextId, developmentNeeds: string[] = []): LetterFeedback {
  const { link } = objective.relevant;
  const problems: string[] = [];
  const tips: string[] = [];
  if (!hasText(link)) problems.push(MISSING_LINK[context]);
  else if (wordCount(link) < 4) problems.push('Say how it serves it, in a sentence, not just a name.');
  else if (context === 'development-plan' && developmentNeeds.length > 0) {
    const linkWords = new Set(keyWords(link));
    if (!developmentNeeds.some((need) => keyWords(need).some((word) => linkWords.has(word)))) {
      tips.push(`Name the development need from your self-assessment that it meets, e.g. ${listInWords(developmentNeeds.slice(0, 2).map((n) => `“${n}”`), { conjunction: 'or' })}.`);
    }
  }
  return feedback('R', !hasText(link), problems, tips);
}

/** T: a real deadline, not passed (unless achieved), not implausibly far; milestones suggested. */
export function checkTimeBound(objective: Objective, context: ContextId, today: string): LetterFeedback {
  const { deadline, milestones } = objective.timeBound;
  const config = CONTEXT_CONFIG[context];
  const problems: string[] = [];
  const tips: string[] = [];
  const daysAway = tryDaysBetween(today, deadline);
  if (!hasText(deadline)) problems.push('No deadline yet: choose the date it will be achieved by.');
  else if (!isIsoDate(deadline) || daysAway === null) problems.push(`“${deadline}” is not a real date: choose one from the calendar.`);
  else if (daysAway < 0 && !isAchieved(objective)) {
    problems.push(
      `The deadline (${formatDate(deadline)}) has passed and no review shows the target reached. Set a new date, or record the outcome in a review.`,
    );
  } else if (daysAway > config.maxHorizonDays) {
    const months = Math.round(daysAway / 30.4);
    problems.push(
      `The deadline is about ${months} months away: too far to stay focused for ${config.label.toLowerCase()}. Set a nearer date (within ${Math.round(config.maxHorizonDays / 30.4)} months), or split it into stages.`,
    );
  } else if (context === 'motivation-plan' && daysAway >= 0 && daysAway < 28 && !isAchieved(objective)) {
    tips.push('L3S1 expects at least a month to achieve an objective: check this deadline gives you enough time.');
  }
  if (!hasText(milestones) && context !== 'presentation') tips.push('Add milestones on the way (e.g. halfway by a date) so you can tell early if you are off track.');
  return feedback('T', !hasText(deadline) && !hasText(milestones), problems, tips);
}

/** All five letters for one objective, in order. */
export function checkObjective(objective: Objective, context: ContextId, today: string, developmentNeeds: string[] = []): LetterFeedback[] {
  return [
    checkSpecific(objective),
    checkMeasurable(objective),
    checkAchievable(objective),
    checkRelevant(objective, context, developmentNeeds),
    checkTimeBound(objective, context, today),
  ];
}

