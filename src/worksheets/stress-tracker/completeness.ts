import { specRule } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/evidence-types';
import { addMonths, daysBetween, formatDate, isIsoDate } from '../../lib/dates';
import {
  compareMeasurements,
  earliestRetake,
  isAtLeastOneMonth,
  measurementProblems,
  measurementScore,
  techniqueMonth,
  trackingPeriod,
  trackingWeeks,
} from './calculations';
import { chosenTechnique, hasText, type StressData } from './model';
import { listInWords } from '../../lib/text-list';


/** A rule met in the sections named (ids of meta.sections; the first is where an unmet rule links to). */
const rule = (label: string, sections: string[], missing: string[]): ChecklistItem =>
  missing.length === 0 ? { label, isMet: true, sections } : { label, isMet: false, detail: missing.join(' '), sections };

const counted = (count: number, needed: number, what: string) => (count >= needed ? [] : [`${count} ${what} (at least ${needed} needed).`]);

const weekRange = (from: string, to: string) => `${formatDate(from)} to ${formatDate(to)}`;

/** The assessor's minimums for L3S2 1.1–2.4, each as a rule that is met or not yet. `today` is yyyy-mm-dd. */
export function stressCompleteness(data: StressData, today: string): ChecklistItem[] {
  const examples = data.workplaceExamples.filter((e) => hasText(e.situation) && hasText(e.asPressure) && hasText(e.asStress));
  const workplace = data.workplaceStressors.filter((s) => hasText(s.text)).length;
  const personal = data.personalStressors.filter((s) => hasText(s.text)).length;
  const organisation = data.organisationImpacts.filter((s) => hasText(s.text)).length;
  const individual = data.individualImpacts.filter((s) => hasText(s.text)).length;
  const techniques = data.techniques.filter((t) => hasText(t.name) && hasText(t.outline)).length;
  const technique = chosenTechnique(data);
  const problems = measurementProblems(data, today);
  const baselineScore = measurementScore(data.instrument, data.baseline);
  const retakeScore = measurementScore(data.instrument, data.retake);
  const period = trackingPeriod(data, today);
  const weeks = trackingWeeks(data, today);
  const support = data.support.filter((s) => hasText(s.name)).length;

  const baselineMissing = [
    data.instrument.kind ? null : 'Choose a questionnaire: the built-in self-check or an online one.',
    problems['instrument.name'] ?? null,
    problems['instrument.max'] ?? null,
    isIsoDate(data.baseline.date) ? (problems['baseline.date'] ?? null) : 'Give the date you took the baseline.',
    data.instrument.kind && !baselineScore ? (problems['baseline.score'] ?? 'Complete the baseline questionnaire and its score.') : null,
    isIsoDate(data.baseline.date) && isIsoDate(data.plan.startDate) && daysBetween(data.baseline.date, data.plan.startDate) < 0
      ? `The baseline (${formatDate(data.baseline.date)}) should be taken before you start the technique (${formatDate(data.plan.startDate)}).`
      : null,
  ].filter((x): x is string => x !== null);

  const monthMissing: string[] = [];
  if (!period || !isIsoDate(data.baseline.date)) monthMissing.push('Record your baseline, then log a check-in each day.');
  else {
    const monthEnd = addMonths(period.start, 1);
    if (daysBetween(monthEnd, period.end) < 0) {
      monthMissing.push(`Keep logging until at least ${formatDate(monthEnd)}, one month after your baseline.`);
    }
    const emptyWeeks = weeks.filter((w) => w.checkIns === 0);
    if (emptyWeeks.length) {
      monthMissing.push(`No check-ins in ${listInWords(emptyWeeks.map((w) => `week ${w.number} (${weekRange(w.from, w.to)})`), { limit: 3, more: (n) => `${n} more weeks` })}.`);
    }
  }

  // Daily use, counted: the guidance says "daily activities over at least a one-month period".
  const month = techniqueMonth(data, today);
  const dailyMet = month !== null && month.isOver && month.notUsed.length === 0;
  const dailyDetail =
    month === null
      ? 'Give the date you started the technique, then log each day you use it.'
      : [
          `${month.label}.`,
          month.notUsed.length === 0 ? null : !month.isOver ? `Keep using it and logging it each day until ${formatDate(month.to)}.` : null,
          month.isOver && month.notUsed.length ? `Not logged as used on ${listInWords(month.notUsed.map(formatDate), { limit: 4, more: (n) => `${n} more days` })}.` : null,
        ].filter((x): x is string => x !== null).join(' ');

  const retakeMissing: string[] = [];
  if (!isIsoDate(data.retake.date)) retakeMissing.push('Give the date of your retake.');
  else if (problems['retake.date']) retakeMissing.push(problems['retake.date']);
  else if (isIsoDate(data.baseline.date) && !isAtLeastOneMonth(data.baseline.date, data.retake.date)) {
    retakeMissing.push(`The retake must be at least one month after the baseline: on or after ${formatDate(earliestRetake(data.baseline.date))}.`);
  }
  if (!retakeScore) retakeMissing.push(problems['retake.score'] ?? 'Complete the retake with the same questionnaire.');

  const LO1 = 'L3S2 assessor guidance, LO1';
  const LO2 = 'L3S2 assessor guidance, LO2';
  return [
    specRule(
      rule('Pressure and stress explained, with at least two workplace examples (AC 1.1)', ['pressure-and-stress'], [
        ...(hasText(data.pressureVsStress) ? [] : ['Explain the difference between pressure and stress.']),
        ...counted(examples.length, 2, 'complete workplace examples: each needs the situation, when it is pressure and when it becomes stress'),
      ]),
      `${LO1}: the difference between pressure and stress, with at least two workplace examples`,
    ),
    specRule(
      rule('At least three workplace and three personal life stressors (AC 1.2)', ['stressors'], [
        ...counted(workplace, 3, 'workplace stressors'),
        ...counted(personal, 3, 'personal life stressors'),
      ]),
      `${LO1}: at least three workplace stressors and at least three personal life stressors`,
    ),
    specRule(
      rule('Impacts of workplace stress: at least one on organisations and two on individuals (AC 1.3)', ['impacts'], [
        ...counted(organisation, 1, 'impacts on organisations'),
        ...counted(individual, 2, 'impacts on individuals'),
      ]),
      `${LO1}: at least one impact on organisations and two on individuals`,
    ),
    specRule(
      rule('At least three stress management techniques outlined (AC 1.4)', ['techniques'], counted(techniques, 3, 'techniques with a name and an outline')),
      `${LO1}: at least three different stress management techniques outlined`,
    ),
    specRule(
      rule('One of those techniques chosen, with a plan for using it (AC 2.1)', ['plan'], [
        ...(technique ? [] : ['Choose one of the techniques you outlined.']),
        ...(hasText(data.plan.whyChosen) ? [] : ['Say why you chose it.']),
        ...(hasText(data.plan.howAndWhen) ? [] : ['Plan how and when you will use it.']),
      ]),
      `${LO2}: select and use one stress management technique described in AC 1.4`,
    ),
    specRule(
      rule('A baseline stress score recorded before starting (AC 2.2)', ['baseline'], baselineMissing),
      `${LO2}: a comparison of stress levels before using the technique and afterwards`,
    ),
    specRule(
      rule('Check-ins across at least one month of using the technique (AC 2.2)', ['check-ins'], monthMissing),
      `${LO2}: evidence of using the technique over at least a one-month period`,
    ),
    specRule(
      dailyMet ? { label: DAILY_LABEL, isMet: true, detail: dailyDetail, sections: ['check-ins'] } : { label: DAILY_LABEL, isMet: false, detail: dailyDetail, sections: ['check-ins', 'plan'] },
      `${LO2}: evidence of how you implemented the technique in your daily activities over at least a one-month period`,
    ),
    specRule(
      rule('A retake of the same questionnaire at least one month after the baseline (AC 2.3)', ['retake-and-review'], retakeMissing),
      `${LO2}: a comparison of stress levels before using the technique and afterwards`,
    ),
    specRule(
      rule('A before-and-after comparison and your judgement of how effective the technique was (AC 2.3)', ['retake-and-review'], [
        ...(compareMeasurements(data) ? [] : ['Record the baseline and the retake to see the comparison.']),
        ...(hasText(data.review.effectiveness) ? [] : ['Write your judgement of how effective the technique was.']),
      ]),
      `${LO2}: review how effective the technique was, comparing stress levels before and after`,
    ),
    specRule(rule('At least three sources of support (AC 2.4)', ['support'], counted(support, 3, 'sources of support named')), `${LO2}: at least three sources of support for managing personal stress`),
  ];
}

const DAILY_LABEL = 'The technique used daily over at least one calendar month (AC 2.2)';
