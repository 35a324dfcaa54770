/**
 * The shape of one unit of the ISP Level 3 specification (seed 003), as data: its learning outcomes,
 * each assessment criterion in the spec's own words, the indicative content, the assessor guidance
 * and the numbers that guidance sets, each with the spec's line numbers, so that
 * spec-fidelity.test.ts can check every word against the seed file.
 *
 * Two modules a unit: ./units/<code>.ts is its outline (LOs and AC, small: worksheets' metadata
 * reads its AC from there, on the home page) and ./content/<code>.ts the rest (indicative content,
 * guidance, corrections), loaded only where a workbook or log needs it. all-units.ts joins them.
 *
 * `lines` everywhere: the seed file's line numbers (1-based) the words are read from, in order. The
 * PDF the seed was extracted from has two columns, so a criterion often wraps onto the next line
 * with a scrap of the learning outcome before it; listing the lines lets the test find each part.
 */

/** A number the assessor guidance sets ("at least three reasons"), for a completeness rule. */
export type GuidanceMinimum = {
  /** The AC codes of this unit the number applies to, e.g. ['1.1']. */
  criteria: readonly string[];
  /** How many, e.g. 3 for "at least three". */
  count: number;
  /** What is counted, in plain words for a checklist, e.g. 'reasons with supporting examples'. */
  what: string;
  /** The guidance's own words that set the number, verbatim (whitespace aside), e.g. 'at least three reasons'. */
  quote: string;
};

export type CriterionSpec = {
  /** '1.1' */
  code: string;
  /** The spec's wording, verbatim (whitespace aside). */
  text: string;
  lines: readonly number[];
};

export type OutcomeSpec = {
  /** 1, 2, 3… */
  number: number;
  /** The spec's wording without its number: 'Understand the UK legal forms for organisations and operational functions'. */
  text: string;
  lines: readonly number[];
  criteria: readonly CriterionSpec[];
  /** The indicative content under this LO, one bullet an entry, the spec's words. */
  indicativeContent: readonly string[];
  /** The assessor guidance for this LO, the spec's words, one paragraph an entry. */
  guidance: readonly string[];
  /** Numbers the guidance sets for this LO's AC. */
  minimums: readonly GuidanceMinimum[];
};

/**
 * A place where the extracted text is garbled (two columns interleaved, a word split) and what it
 * was read as. Indicative content and guidance that come from a corrected line are checked against
 * `reading`, not the garbled line; AC and LO wording is never corrected, only spread over lines.
 */
export type SpecCorrection = {
  line: number;
  /** What the seed file's line says (a part of it is enough), verbatim. */
  reads: string;
  /** What it was taken to mean. */
  reading: string;
};

export type OutcomeOutline = Pick<OutcomeSpec, 'number' | 'text' | 'lines' | 'criteria'>;
export type OutcomeContent = Pick<OutcomeSpec, 'indicativeContent' | 'guidance' | 'minimums'>;

/** A unit's LOs and AC: ./units/<code>.ts. */
export type UnitOutline = {
  code: string;
  title: string;
  /** The line of the unit's heading ("L3B2 Understand Organisations"). */
  startLine: number;
  /** The line of its "Assessor Guidance" heading. */
  guidanceLine: number;
  outcomes: readonly OutcomeOutline[];
};

/** The rest of a unit, by LO number: ./content/<code>.ts. */
export type UnitContent = {
  outcomes: Readonly<Record<number, OutcomeContent>>;
  corrections: readonly SpecCorrection[];
};

export type UnitSpec = Omit<UnitOutline, 'outcomes'> & {
  outcomes: readonly OutcomeSpec[];
  corrections: readonly SpecCorrection[];
};

/** A unit whole: its outline with each LO's content beside it. */
export function joinUnit(outline: UnitOutline, content: UnitContent): UnitSpec {
  return {
    ...outline,
    outcomes: outline.outcomes.map((outcome) => ({ ...outcome, ...(content.outcomes[outcome.number] ?? { indicativeContent: [], guidance: [], minimums: [] }) })),
    corrections: content.corrections,
  };
}

/** "Understand…" LOs are knowledge; "Be able to…" LOs are skills, evidenced by practical work (spec 431–443). */
export function isPracticalOutcome(outcome: Pick<OutcomeSpec, 'text'>): boolean {
  return /^be able to\b/i.test(outcome.text.trim());
}
