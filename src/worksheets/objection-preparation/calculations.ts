import { formatDate, isIsoDate } from '../../lib/dates';
import { formatPercent, readBounded, type BoundedReading } from '../../lib/numbers';
import { hasText, type Concern, type MindsetEntry, type ObjectionPreparationData, type PreviousObjection, type Prospect } from './model';

/** Most times one previous objection can be counted: more than a year of daily calls, so anything bigger is a slip. */
export const TIMES_MAX = 10_000;

export type TimesReading = BoundedReading;

/** How many times a previous objection came up, read from what was typed: a whole number from 1, or a plain reason. */
export const readTimes = (typed: string): TimesReading =>
  readBounded(typed, {
    what: 'how many times it came up',
    example: '3',
    min: 1,
    max: TIMES_MAX,
    isWhole: true,
    unitWords: true,
    belowMin: 'It came up at least once to be in your review: enter 1 or more.',
    notWhole: 'Count whole times: enter a whole number, for example 3.',
  });

/** The message for the "times" field, or undefined when it reads (or the row is still empty). */
export function timesProblem(entry: Pick<PreviousObjection, 'said' | 'times'>): string | undefined {
  if (!hasText(entry.said) && !hasText(entry.times)) return undefined;
  const reading = readTimes(entry.times);
  return reading.ok ? undefined : reading.reason;
}

/** A previous objection that counts: what was said is written down. */
const isRecorded = (entry: PreviousObjection) => hasText(entry.said);

export type ConcernFrequency = {
  concern: Concern;
  /** Times the objections grouped under it came up. */
  times: number;
  /** times ÷ all grouped times, 0–1; 0 when nothing is counted yet (never NaN). */
  share: number;
  /** How many previous objections are grouped under it. */
  objections: number;
  /** 1 for the most frequent; concerns that came up equally often share a rank (1, 1, 3). */
  rank: number;
};

export type FrequencySummary = {
  /** Every named concern, most frequent first (ties keep the learner's order). */
  rows: ConcernFrequency[];
  /** All times counted under a concern. */
  total: number;
  /** Recorded objections not yet grouped under a concern (none chosen, or the concern was removed). */
  ungrouped: number;
  /** Recorded objections whose "times" does not read as a whole number from 1: left out of every count. */
  unreadable: number;
};

/** How often each common underlying concern came up in previous sales conversations (AC 2.2). */
export function concernFrequencies(data: Pick<ObjectionPreparationData, 'concerns' | 'previous'>): FrequencySummary {
  const named = data.concerns.filter((c) => hasText(c.concern));
  const tally = new Map(named.map((c) => [c.id, { times: 0, objections: 0 }]));
  let ungrouped = 0;
  let unreadable = 0;
  for (const entry of data.previous.filter(isRecorded)) {
    const reading = readTimes(entry.times);
    if (!reading.ok) {
      unreadable += 1;
      continue;
    }
    const counted = tally.get(entry.concernId);
    if (!counted) {
      ungrouped += 1;
      continue;
    }
    counted.times += reading.value;
    counted.objections += 1;
  }
  const total = [...tally.values()].reduce((sum, t) => sum + t.times, 0);
  const sorted = named
    .map((concern, order) => ({ concern, order, ...(tally.get(concern.id) ?? { times: 0, objections: 0 }) }))
    .sort((a, b) => b.times - a.times || a.order - b.order);
  const rows = sorted.map(({ concern, times, objections }) => ({
    concern,
    times,
    objections,
    share: total > 0 ? times / total : 0,
    rank: 1 + sorted.filter((other) => other.times > times).length,
  }));
  return { rows, total, ungrouped, unreadable };
}

/** "9 of 20 (45 %)": a concern's count in words, never NaN. */
export const frequencyText = (row: Pick<ConcernFrequency, 'times' | 'share'>, total: number): string =>
  total > 0 ? `${row.times} of ${total} (${formatPercent(row.share, { decimals: 0 })})` : `${row.times}`;

/** The prospect's name as lists show it: typed, or "Prospect 2" while not yet named. */
export function prospectName(prospects: readonly Prospect[], id: string): string {
  const index = prospects.findIndex((p) => p.id === id);
  if (index < 0) return '';
  const prospect = prospects[index]!;
  return hasText(prospect.name) ? prospect.name.trim() : `Prospect ${index + 1}`;
}

/**
 * The message when a technique is dated after the meeting it prepared for: the AC is to "Create a
 * positive mindset before sales meetings". Undefined when either date is not given yet.
 */
export function mindsetDateProblem(entry: Pick<MindsetEntry, 'date' | 'prospectId'>, prospects: readonly Prospect[]): string | undefined {
  const prospect = prospects.find((p) => p.id === entry.prospectId);
  if (!prospect || !isIsoDate(entry.date) || !isIsoDate(prospect.meetingDate)) return undefined;
  if (entry.date <= prospect.meetingDate) return undefined;
  return `This is after the meeting with ${prospectName(prospects, prospect.id)} on ${formatDate(prospect.meetingDate)}: the unit asks for a positive mindset created before the meeting. Check the date, or the meeting it was for.`;
}
