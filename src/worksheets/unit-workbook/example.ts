import type { UnitSpec } from '../../lib/spec/unit-spec';
import { minimumsOf } from './guidance';
import { createEmptyWorkbook, type EvidenceRecord, type WorkbookData } from './model';

/**
 * A worked example as it is written (examples/<code>.ts): answers by AC code, list entries and
 * amounts by the LO and the guidance's words ("lo1: at least two workplace examples"), evidence records by AC code. `buildExample`
 * turns it into workbook data, and fails loudly on a code or quote the unit does not have.
 */
export type WorkbookExample = {
  name: string;
  answers: Readonly<Record<string, string>>;
  lists?: Readonly<Record<string, readonly string[]>>;
  amounts?: Readonly<Record<string, string>>;
  records?: Readonly<Record<string, ReadonlyArray<Omit<EvidenceRecord, 'id'>>>>;
};

export function buildExample(unit: UnitSpec, example: WorkbookExample): { name: string; data: WorkbookData } {
  const data = createEmptyWorkbook(unit);
  const minimums = minimumsOf(unit);
  const answerAt = (code: string) => {
    const answer = data.answers.find((candidate) => candidate.code === code);
    if (!answer) throw new Error(`${unit.code} has no AC ${code}`);
    return answer;
  };
  // "lo2: at least three ways": the LO and the guidance's words, which must name one number.
  const minimumAt = (key: string) => {
    const [, outcome, quote] = /^lo(\d+): (.*)$/.exec(key) ?? [];
    const matching = minimums.filter((candidate) => String(candidate.outcome) === outcome && candidate.quote === quote);
    const entry = matching.length === 1 && data.minimums.find((candidate) => candidate.key === matching[0]!.key);
    if (!entry) throw new Error(`${unit.code}'s guidance has no single number “${key}”`);
    return entry;
  };
  for (const [code, text] of Object.entries(example.answers)) answerAt(code).text = text;
  for (const [code, records] of Object.entries(example.records ?? {})) {
    answerAt(code).records = records.map((record, index) => ({ id: `example-${code}-${index + 1}`, ...record }));
  }
  for (const [key, entries] of Object.entries(example.lists ?? {})) {
    minimumAt(key).entries = entries.map((text, index) => ({ id: `example-${index + 1}`, text }));
  }
  for (const [key, amount] of Object.entries(example.amounts ?? {})) minimumAt(key).amount = amount;
  return { name: example.name, data };
}
