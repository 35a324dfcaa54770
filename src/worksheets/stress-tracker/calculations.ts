import { addDays, addMonths, datesFrom, daysBetween, formatDate, formatWeekdayDate, isIsoDate } from '../../lib/dates';
import { formatNumber, numberOrNull } from '../../lib/numbers';
import {
  hasText,
  MINUTES_MAX,
  RATING_MAX,
  RATING_MIN,
  TEXT_LIMITS,
  ZONES,
  type CheckIn,
  type Instrument,
  type Measurement,
  type StressData,
  type Zone,
} from './model';
import { SELF_CHECK_MAX, selfCheckScore } from './self-check';

/**
 * Pure calculations for the tracker. Every function that depends on the date takes `today`
 * (yyyy-mm-dd, the learner's local calendar date) so results never depend on the clock.
 */

/** Scores and ratings for people: at most one decimal place, no trailing ".0". */
export const formatScore = (value: number) => formatNumber(value, { decimals: 1 });

export type Score = { score: number; max: number };

/** The questionnaire's maximum, or null if it is missing or not a positive number. */
export function instrumentMax(instrument: Instrument): number | null {
  if (instrument.kind === 'built-in') return SELF_CHECK_MAX;
  if (instrument.kind !== 'online') return null;
  const max = numberOrNull(instrument.max);
  return max !== null && max > 0 ? max : null;
}

/** A measurement's score out of the maximum, or null until it is complete and valid. */
export function measurementScore(instrument: Instrument, measurement: Measurement): Score | null {
  const max = instrumentMax(instrument);
  if (max === null) return null;
  const score = instrument.kind === 'built-in' ? selfCheckScore(measurement.answers) : numberOrNull(measurement.score);
  if (score === null || score < 0 || score > max) return null;
  return { score, max };
}

export const instrumentName = (instrument: Instrument) =>
  instrument.kind === 'built-in' ? 'The toolkit’s built-in self-check' : instrument.name.trim() || 'An online questionnaire (not named yet)';

export type MeasurementField = 'instrument.name' | 'instrument.max' | 'baseline.date' | 'baseline.score' | 'retake.date' | 'retake.score';

/** Plain-English problems with the questionnaire, baseline and retake, keyed by the field to show them on. */
export function measurementProblems(data: StressData, today: string): Partial<Record<MeasurementField, string>> {
  const problems: Partial<Record<MeasurementField, string>> = {};
  const { instrument, baseline, retake } = data;
  if (instrument.kind === 'online') {
    if (!hasText(instrument.name) && (hasText(baseline.score) || hasText(instrument.max))) {
      problems['instrument.name'] = 'Give the questionnaire’s name, so you can retake the same one.';
    }
    if (hasText(instrument.max) && instrumentMax(instrument) === null) {
      problems['instrument.max'] = `“${instrument.max.trim()}” is not a maximum score: enter a number above 0, e.g. 40.`;
    }
  }
  const max = instrumentMax(instrument);
  for (const which of ['baseline', 'retake'] as const) {
    const measurement = data[which];
    const name = which === 'baseline' ? 'baseline' : 'retake';
    if (measurement.date && isIsoDate(measurement.date) && daysBetween(today, measurement.date) > 0) {
      problems[`${which}.date`] = `${formatWeekdayDate(measurement.date)} is in the future. Record the ${name} on or after the day you take it.`;
    }
    if (instrument.kind === 'online' && hasText(measurement.score)) {
      const score = numberOrNull(measurement.score);
      if (score === null) problems[`${which}.score`] = `“${measurement.score.trim()}” is not a score: enter a number, e.g. 18.`;
      else if (score < 0) problems[`${which}.score`] = 'A score cannot be below 0.';
      else if (max !== null && score > max) {
        problems[`${which}.score`] = `${formatScore(score)} is more than the questionnaire’s maximum of ${formatScore(max)}. Check the score or the maximum.`;
      }
    }
  }
  if (isIsoDate(baseline.date) && isIsoDate(retake.date) && !problems['retake.date']) {
    const gap = daysBetween(baseline.date, retake.date);
    if (gap < 0) problems['retake.date'] = `The retake (${formatDate(retake.date)}) is before the baseline (${formatDate(baseline.date)}). The retake comes after using the technique.`;
    else if (gap === 0) problems['retake.date'] = 'The retake is on the same day as the baseline. Retake it after using the technique for at least a month.';
  }
  return problems;
}

/** The earliest retake date that is at least one calendar month after the baseline. */
export const earliestRetake = (baselineDate: string) => addMonths(baselineDate, 1);

/**
 * Whether the retake is at least one calendar month after the baseline. Month ends clamp:
 * a baseline on 31 January allows a retake from 28 (or 29) February.
 */
export function isAtLeastOneMonth(baselineDate: string, retakeDate: string): boolean {
  if (!isIsoDate(baselineDate) || !isIsoDate(retakeDate)) return false;
  return daysBetween(earliestRetake(baselineDate), retakeDate) >= 0;
}

export type TrackingPeriod = { start: string; end: string; isFinished: boolean };

/**
 * The days the technique is being tracked: from the baseline (or the first check-in) to the
 * retake, or to today while the retake is still to come. Null before anything is dated.
 */
export function trackingPeriod(data: StressData, today: string): TrackingPeriod | null {
  const sorted = sortedCheckIns(data.checkIns);
  const baselineOk = isIsoDate(data.baseline.date) && daysBetween(data.baseline.date, today) >= 0;
  const start = baselineOk ? data.baseline.date : sorted[0]?.date;
  if (!start) return null;
  const retakeOk = isIsoDate(data.retake.date) && daysBetween(start, data.retake.date) > 0 && daysBetween(data.retake.date, today) >= 0;
  if (retakeOk) return { start, end: data.retake.date, isFinished: true };
  return { start, end: daysBetween(start, today) >= 0 ? today : start, isFinished: false };
}

export type TechniqueMonth = { from: string; to: string; usedDays: number; totalDays: number; notUsed: string[]; isOver: boolean; label: string };

/**
 * The calendar month of using the technique, from the plan's start (or the first day it was used):
 * how many of the month's days have a check-in with the technique used. L3S2 asks for the technique
 * in the learner's daily activities over at least a one-month period. A month from 31 January runs
 * to 27 February, as the retake's month does. Null before anything is dated.
 */
export function techniqueMonth(data: Pick<StressData, 'plan' | 'checkIns'>, today: string): TechniqueMonth | null {
  const usedDates = new Set(data.checkIns.filter((c) => c.usedTechnique && isIsoDate(c.date)).map((c) => c.date));
  const from = isIsoDate(data.plan.startDate) ? data.plan.startDate : [...usedDates].sort()[0];
  if (!from) return null;
  const to = addDays(addMonths(from, 1), -1);
  const days = datesFrom(from, to);
  const notUsed = days.filter((d) => !usedDates.has(d));
  const usedDays = days.length - notUsed.length;
  return {
    from,
    to,
    usedDays,
    totalDays: days.length,
    notUsed,
    isOver: daysBetween(to, today) >= 0,
    label: `Technique used on ${usedDays} of the month’s ${days.length} days (${formatDate(from)} to ${formatDate(to)})`,
  };
}

export const sortedCheckIns = (checkIns: readonly CheckIn[]) => [...checkIns].sort((a, b) => a.date.localeCompare(b.date));

const inRange = (date: string, from: string, to: string) => date >= from && date <= to;

export type Coverage = { logged: number; total: number; missed: string[]; outside: number; label: string };

/** How many days of the period have a check-in, e.g. "27 of 31 days logged". */
export function coverage(data: StressData, today: string): Coverage | null {
  const period = trackingPeriod(data, today);
  if (!period) return null;
  const loggedDates = new Set(data.checkIns.map((c) => c.date));
  const days = datesFrom(period.start, period.end);
  const missed = days.filter((d) => !loggedDates.has(d));
  const logged = days.length - missed.length;
  const outside = data.checkIns.filter((c) => !inRange(c.date, period.start, period.end)).length;
  return { logged, total: days.length, missed, outside, label: `${logged} of ${days.length} ${days.length === 1 ? 'day' : 'days'} logged` };
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : null);

export type DailyRow = { date: string; rating: number | null; average: number | null };

/**
 * One row per day of the period: that day's rating (null if not logged) and the average of the
 * ratings logged in the seven days ending that day (null if none were).
 */
export function dailyRows(data: StressData, today: string): DailyRow[] {
  const period = trackingPeriod(data, today);
  if (!period) return [];
  const ratingOn = new Map(data.checkIns.map((c) => [c.date, c.rating]));
  return datesFrom(period.start, period.end).map((date) => {
    const window = datesFrom(addDays(date, -6), date)
      .map((d) => ratingOn.get(d))
      .filter((r): r is number => r !== undefined);
    return { date, rating: ratingOn.get(date) ?? null, average: mean(window) };
  });
}

export type WeekSummary = {
  from: string;
  to: string;
  daysLogged: number;
  averageRating: number | null;
  daysTechniqueUsed: number;
  minutesUsed: number;
};

export function summariseWeek(checkIns: readonly CheckIn[], from: string, to: string): WeekSummary {
  const inWeek = checkIns.filter((c) => inRange(c.date, from, to));
  return {
    from,
    to,
    daysLogged: inWeek.length,
    averageRating: mean(inWeek.map((c) => c.rating)),
    daysTechniqueUsed: inWeek.filter((c) => c.usedTechnique).length,
    minutesUsed: inWeek.reduce((sum, c) => sum + (c.usedTechnique ? (c.minutes ?? 0) : 0), 0),
  };
}

export type WeekComparison =
  | { status: 'ready'; first: WeekSummary; last: WeekSummary; change: number | null }
  | { status: 'too-short'; message: string };

/** The first seven days of the period against the last seven, once the period is at least two weeks long. */
export function compareFirstAndLastWeeks(data: StressData, today: string): WeekComparison {
  const period = trackingPeriod(data, today);
  if (!period) return { status: 'too-short', message: 'Record your baseline or your first check-in to start the comparison.' };
  const length = daysBetween(period.start, period.end) + 1;
  if (length < 14) {
    return { status: 'too-short', message: `The first and last weeks can be compared once you have tracked for 14 days (${length} so far).` };
  }
  const first = summariseWeek(data.checkIns, period.start, addDays(period.start, 6));
  const last = summariseWeek(data.checkIns, addDays(period.end, -6), period.end);
  const change = first.averageRating !== null && last.averageRating !== null ? last.averageRating - first.averageRating : null;
  return { status: 'ready', first, last, change };
}

/** The first and last weeks in one sentence, e.g. "Average daily rating fell from 7.1 in the first week to 4.3 in the last (down 2.9)." */
export function weekChangeSentence(comparison: WeekComparison): string {
  if (comparison.status !== 'ready') return comparison.message;
  const { first, last, change } = comparison;
  if (change === null || first.averageRating === null || last.averageRating === null) {
    return 'The first or last week has no ratings, so the weeks cannot be compared.';
  }
  const from = formatScore(first.averageRating);
  const to = formatScore(last.averageRating);
  if (formatScore(change) === '0') return `Average daily rating was the same in the first and last weeks (${from}).`;
  // The change is taken between the averages as printed, so the sentence's own sums add up.
  const shownChange = Number(to) - Number(from);
  return `Average daily rating ${change < 0 ? 'fell' : 'rose'} from ${from} in the first week to ${to} in the last (${change < 0 ? 'down' : 'up'} ${formatScore(Math.abs(shownChange))}).`;
}

export type TrackingWeek = { number: number; from: string; to: string; checkIns: number };

/**
 * The period cut into weeks from its first day. A final stub of fewer than four days joins the
 * week before, so a retake a few days into a new week does not need a week of its own.
 */
export function trackingWeeks(data: StressData, today: string): TrackingWeek[] {
  const period = trackingPeriod(data, today);
  if (!period) return [];
  const length = daysBetween(period.start, period.end) + 1;
  const fullWeeks = Math.floor(length / 7);
  const weekCount = fullWeeks === 0 ? 1 : fullWeeks + (length % 7 >= 4 ? 1 : 0);
  return Array.from({ length: weekCount }, (_, i) => {
    const from = addDays(period.start, i * 7);
    const to = i === weekCount - 1 ? period.end : addDays(from, 6);
    return { number: i + 1, from, to, checkIns: data.checkIns.filter((c) => inRange(c.date, from, to)).length };
  });
}

export type MeasurementComparison = {
  baseline: Score;
  retake: Score;
  /** Retake minus baseline, in the questionnaire's points. */
  change: number;
  /** The change as a share of the questionnaire's range, in per cent. */
  changePercentOfMax: number;
  direction: 'less-stress' | 'more-stress' | 'no-change';
  sentence: string;
};

/** Before and after on the same questionnaire, in words, or null until both are recorded. */
export function compareMeasurements(data: StressData): MeasurementComparison | null {
  const baseline = measurementScore(data.instrument, data.baseline);
  const retake = measurementScore(data.instrument, data.retake);
  if (!baseline || !retake) return null;
  const change = retake.score - baseline.score;
  const higherIsMoreStress = data.instrument.kind === 'built-in' || data.instrument.higherMeans === 'more-stress';
  const direction = change === 0 ? 'no-change' : change < 0 === higherIsMoreStress ? 'less-stress' : 'more-stress';
  const points = formatScore(Math.abs(change));
  const movement = change === 0 ? 'stayed at' : change < 0 ? `fell by ${points} ${points === '1' ? 'point' : 'points'} to` : `rose by ${points} ${points === '1' ? 'point' : 'points'} to`;
  const meaning = direction === 'no-change' ? 'no change in stress' : direction === 'less-stress' ? 'less stress' : 'more stress';
  const sentence = `The score ${movement} ${formatScore(retake.score)} out of ${formatScore(retake.max)} (baseline ${formatScore(baseline.score)}): ${meaning} on this questionnaire, where a ${higherIsMoreStress ? 'higher' : 'lower'} score means more stress.`;
  return { baseline, retake, change, changePercentOfMax: (change / baseline.max) * 100, direction, sentence };
}

/** A score on the daily 0–10 scale (10 = most stressed), for drawing a questionnaire result beside daily ratings. */
export function onRatingScale(data: StressData, score: Score): number {
  const share = score.score / score.max;
  const higherIsMoreStress = data.instrument.kind === 'built-in' || data.instrument.higherMeans === 'more-stress';
  return Math.round((higherIsMoreStress ? share : 1 - share) * RATING_MAX * 10) / 10;
}

/** A check-in counts as high when the rating is 7 or more, or the zone is injured or ill. */
export const HIGH_RATING = 7;
export const isHighStress = (c: Pick<CheckIn, 'rating' | 'zone'>) => c.rating >= HIGH_RATING || c.zone === 'injured' || c.zone === 'ill';
/** How many high check-ins in the last 14 days count as sustained. */
export const SUSTAINED_COUNT = 5;

/** Whether the check-ins of the 14 days up to today show sustained high stress (five or more high days). */
export function showsSustainedHighStress(checkIns: readonly CheckIn[], today: string): boolean {
  const from = addDays(today, -13);
  return checkIns.filter((c) => inRange(c.date, from, today) && isHighStress(c)).length >= SUSTAINED_COUNT;
}

/** What the learner typed into the quick check-in form, before it is checked. */
export type CheckInDraft = { date: string; rating: string; zone: Zone | ''; usedTechnique: boolean; minutes: string; note: string };
export type CheckInDraftErrors = Partial<Record<keyof CheckInDraft, string>>;

export const emptyDraft = (today: string): CheckInDraft => ({ date: today, rating: '', zone: '', usedTechnique: false, minutes: '', note: '' });

/**
 * Checks a new (or edited) check-in against the scale, the calendar and the check-ins already
 * logged. `replacingId` is the check-in being edited, which may keep its own date.
 */
export function validateCheckIn(
  draft: CheckInDraft,
  existing: readonly CheckIn[],
  today: string,
  replacingId?: string,
): { ok: true; checkIn: Omit<CheckIn, 'id'> } | { ok: false; errors: CheckInDraftErrors } {
  const errors: CheckInDraftErrors = {};
  const date = draft.date.trim();
  if (!date) errors.date = 'Enter the date of this check-in.';
  else if (!isIsoDate(date)) errors.date = 'Enter a real date, e.g. 2027-03-01.';
  else if (daysBetween(today, date) > 0) errors.date = `${formatWeekdayDate(date)} is in the future. You can log today or an earlier day.`;
  else if (existing.some((c) => c.date === date && c.id !== replacingId)) {
    errors.date = `You already logged ${formatWeekdayDate(date)}. Edit that check-in in the list below instead.`;
  }

  const ratingText = draft.rating.trim();
  const rating = numberOrNull(ratingText);
  if (!ratingText) errors.rating = `Give your stress rating today, from ${RATING_MIN} to ${RATING_MAX}.`;
  else if (rating === null || !Number.isInteger(rating)) errors.rating = `Enter a whole number from ${RATING_MIN} to ${RATING_MAX}.`;
  else if (rating < RATING_MIN || rating > RATING_MAX) {
    errors.rating = `${ratingText} is outside the scale: enter ${RATING_MIN} (no stress) to ${RATING_MAX} (the most stressed).`;
  }

  if (!ZONES.includes(draft.zone as Zone)) errors.zone = 'Choose where you are on the stress continuum today.';

  let minutes: number | null = null;
  if (draft.usedTechnique) {
    const minutesText = draft.minutes.trim();
    const parsed = numberOrNull(minutesText);
    if (!minutesText) errors.minutes = 'Say roughly how many minutes you spent on your technique.';
    else if (parsed === null || !Number.isInteger(parsed) || parsed < 1 || parsed > MINUTES_MAX) {
      errors.minutes = `Enter the minutes as a whole number from 1 to ${MINUTES_MAX}.`;
    } else minutes = parsed;
  }
  if (draft.note.length > TEXT_LIMITS.note) errors.note = `Keep the note to ${TEXT_LIMITS.note} characters.`;

  if (Object.keys(errors).length > 0 || rating === null) return { ok: false, errors };
  return {
    ok: true,
    checkIn: { date, rating, zone: draft.zone as Zone, usedTechnique: draft.usedTechnique, minutes, note: draft.note.trim() },
  };
}

/** The check-in being edited, as the quick form shows it. */
export const draftFrom = (c: CheckIn): CheckInDraft => ({
  date: c.date,
  rating: String(c.rating),
  zone: c.zone,
  usedTechnique: c.usedTechnique,
  minutes: c.minutes === null ? '' : String(c.minutes),
  note: c.note,
});
