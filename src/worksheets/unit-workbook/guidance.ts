import type { GuidanceMinimum, OutcomeSpec, UnitSpec } from '../../lib/spec/unit-spec';

/**
 * How the workbook asks for each number the assessor guidance sets (`minimums` in lib/spec): most
 * are a count of things ("at least three barriers"), asked for as a list with that many entries;
 * a few are a length of time ("at least 20 minutes each", "a six-week period"), asked for as a
 * number; one that applies only in some cases ("…, if not in a sales role") is shown as a prompt
 * and never enforced, since the workbook cannot know whether the case applies.
 */
export type MinimumKind = 'list' | 'amount' | 'prompt';

const AMOUNT_UNITS = ['minutes', 'hours', 'days', 'weeks', 'months'] as const;
export type AmountUnit = (typeof AMOUNT_UNITS)[number];

export type WorkbookMinimum = GuidanceMinimum & {
  /** Stable key in the stored data: its AC and the guidance's own words. */
  key: string;
  outcome: number;
  kind: MinimumKind;
  /** For an amount: what it is counted in. */
  unitOfTime?: AmountUnit;
};

/** 'minutes' for "minutes each presentation lasts", 'months' for "month (at least) that…", else null. */
export function amountUnitOf(what: string): AmountUnit | null {
  const first = what.trim().split(/[\s,(]+/)[0]?.toLowerCase() ?? '';
  return AMOUNT_UNITS.find((unit) => unit === first || `${unit.replace(/s$/, '')}` === first) ?? null;
}

export function minimumKind(minimum: Pick<GuidanceMinimum, 'what'>): MinimumKind {
  if (/,\s*if\b/i.test(minimum.what)) return 'prompt';
  return amountUnitOf(minimum.what) ? 'amount' : 'list';
}

/** The AC it applies to and the guidance's words: "2.2 2.3: At least three barriers…" (one LO can set the same words for two AC). */
export const minimumKey = (minimum: Pick<GuidanceMinimum, 'criteria' | 'quote'>) => `${minimum.criteria.join(' ')}: ${minimum.quote}`;

function minimumsOfOutcome(outcome: Pick<OutcomeSpec, 'number' | 'minimums'>): WorkbookMinimum[] {
  return outcome.minimums.map((minimum) => {
    const unitOfTime = amountUnitOf(minimum.what);
    return {
      ...minimum,
      key: minimumKey(minimum),
      outcome: outcome.number,
      kind: minimumKind(minimum),
      ...(unitOfTime ? { unitOfTime } : {}),
    };
  });
}

/** Every number a unit's guidance sets, LO by LO, in the spec's order. */
export const minimumsOf = (unit: Pick<UnitSpec, 'outcomes'>): WorkbookMinimum[] => unit.outcomes.flatMap(minimumsOfOutcome);

/** The minimums asked for under an AC: each is asked once, under the first AC it applies to. */
export const minimumsAt = (unit: Pick<UnitSpec, 'outcomes'>, code: string): WorkbookMinimum[] =>
  minimumsOf(unit).filter((minimum) => minimum.criteria[0] === code);

/** "AC 2.2 and 2.3" */
export const acList = (codes: readonly string[]) => `AC ${codes.length > 1 ? `${codes.slice(0, -1).join(', ')} and ${codes.at(-1)}` : (codes[0] ?? '')}`;

/** "At least 3 barriers to effective communication, each with how to overcome it" */
export const minimumLabel = (minimum: WorkbookMinimum) => `At least ${minimum.count} ${minimum.what}`;

/** How many list entries to show in a new workbook: the number asked for, within reason. */
export const startingEntries = (minimum: WorkbookMinimum) => (minimum.kind === 'list' ? Math.min(minimum.count, 6) : 0);
