import { hasText, type Objective, type Review, type SmartData } from './model';
import { isIsoDate, tryDaysBetween } from '../../lib/dates';
import { numberOrNull } from '../../lib/numbers';

/** Progress reviews: how far each objective has come, and whether the review cadence is met. Pure. */

/** A review counts once it has a real date and says what progress was made. */
export const isRecorded = (review: Review) => isIsoDate(review.date) && hasText(review.progress);

/** Recorded reviews, earliest first (entry order breaks ties). */
export function datedReviews(objective: Objective): Review[] {
  return objective.reviews
    .map((review, order) => ({ review, order }))
    .filter(({ review }) => isRecorded(review))
    .sort((a, b) => a.review.date.localeCompare(b.review.date) || a.order - b.order)
    .map(({ review }) => review);
}

/** A baseline, target or review value as typed: "£18,000", "12.5%", "40 calls"; null if not one clear number. */
export const readMeasure = (typed: string): number | null => numberOrNull(typed, { percent: true, unitWords: true });

/**
 * How far a value is from the baseline towards the target, in % (0 = at baseline, 100 = target
 * reached; may go beyond either end). Null when it cannot be worked out.
 */
export function progressPercent(objective: Objective, value: string): number | null {
  const baseline = readMeasure(objective.measurable.baseline);
  const target = readMeasure(objective.measurable.target);
  const current = readMeasure(value);
  if (baseline === null || target === null || current === null || target === baseline) return null;
  // "|| 0" turns -0 into 0, so "-0 %" never shows.
  return Math.round(((current - baseline) / (target - baseline)) * 1000) / 10 || 0;
}

/** The latest recorded review's value reaches the target (in whichever direction the target lies). */
export function isAchieved(objective: Objective): boolean {
  const latest = datedReviews(objective).filter((r) => readMeasure(r.value) !== null).at(-1);
  if (!latest) return false;
  const percent = progressPercent(objective, latest.value);
  return percent !== null && percent >= 100;
}

/** The first recorded review at which the target was reached, or undefined. */
export function achievingReview(objective: Objective): Review | undefined {
  return datedReviews(objective).find((r) => {
    const percent = progressPercent(objective, r.value);
    return percent !== null && percent >= 100;
  });
}

export const REVIEW_GAP_DAYS = 7;
export const REVIEW_PERIOD_DAYS = 56;

export type Cadence = {
  /** The plan start, or the first review if no start is given. */
  start: string | null;
  lastReview: string | null;
  /** Days from start to the last review. */
  spanDays: number;
  /** Complete weeks covered from start to the last review. */
  weeksCovered: number;
  /** Stretches longer than a week with no review, as [from, to, days]. */
  longGaps: Array<{ from: string; to: string; days: number }>;
  /** Reviews dated after today (not yet happened). */
  futureDates: string[];
  reviewDates: string[];
  isMet: boolean;
};

/**
 * The L3S3 cadence: reviews at least every 7 days from the plan start, over at least 8 weeks
 * (56 days). Reviews of any objective count, since one weekly review session covers the plan.
 */
export function reviewCadence(data: Pick<SmartData, 'planStart' | 'objectives'>, today: string): Cadence {
  const dates = [...new Set(data.objectives.flatMap((o) => datedReviews(o).map((r) => r.date)))].sort();
  const futureDates = dates.filter((d) => (tryDaysBetween(today, d) ?? 0) > 0);
  const past = dates.filter((d) => !futureDates.includes(d));
  const start = isIsoDate(data.planStart) ? data.planStart : (past[0] ?? null);
  const counted = start ? past.filter((d) => d >= start) : [];
  const lastReview = counted.at(-1) ?? null;
  const longGaps: Cadence['longGaps'] = [];
  if (start) {
    let previous = start;
    for (const date of counted) {
      const days = tryDaysBetween(previous, date) ?? 0;
      if (days > REVIEW_GAP_DAYS) longGaps.push({ from: previous, to: date, days });
      previous = date;
    }
  }
  const spanDays = start && lastReview ? (tryDaysBetween(start, lastReview) ?? 0) : 0;
  return {
    start,
    lastReview,
    spanDays,
    weeksCovered: Math.floor(spanDays / 7),
    longGaps,
    futureDates,
    reviewDates: dates,
    isMet: start !== null && spanDays >= REVIEW_PERIOD_DAYS && longGaps.length === 0 && futureDates.length === 0,
  };
}
