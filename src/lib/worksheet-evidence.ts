import type { WorksheetMeta } from './worksheet-definition';

/**
 * Which AC of which unit each interactive worksheet can evidence, read from its metadata: the AC
 * it claims (`criteria`, "2.1" for its own unit or "L3C4 1.1" when it serves several) and the AC
 * its `alsoSupports` names ("L3C1 Prospect for New Business 1.3 (…)"). Pure: shared by the
 * document page (which documents a workbook may link), the Units page and the workbooks.
 */

const UNIT_CODE = /^L\d[A-Z]\d$/;
const AC_CODE = /^\d+\.\d+$/;

/** "L3B2 2.1" for an AC of a unit. */
export const unitCriterion = (unitCode: string, code: string) => `${unitCode} ${code}`;

/**
 * The AC a meta's `alsoSupports` names: each unit code sets the unit for the AC codes after it;
 * words in brackets are the reason, not codes. "L3C4 3.1 (…) and L4C2 3.1 (…)" → L3C4 3.1, L4C2 3.1.
 */
export function criteriaInWords(words: string): string[] {
  const found: string[] = [];
  let unit: string | null = null;
  const unbracketed = words.replace(/\([^)]*\)/g, ' ');
  for (const token of unbracketed.split(/[\s,;:]+/)) {
    const cleaned = token.replace(/[.]$/, '');
    if (UNIT_CODE.test(cleaned)) unit = cleaned;
    else if (unit && AC_CODE.test(cleaned)) found.push(unitCriterion(unit, cleaned));
  }
  return found;
}

/** Every AC an interactive worksheet can evidence, as "L3B2 2.1", in the order its meta gives them. */
export function criteriaEvidencedBy(meta: WorksheetMeta): string[] {
  if (meta.kind === 'workbook') return [];
  const own = meta.criteria.map((criterion) => {
    const [first, second] = criterion.code.trim().split(/\s+/);
    return second !== undefined && first !== undefined && UNIT_CODE.test(first) ? unitCriterion(first, second) : unitCriterion(meta.unit.code, criterion.code.trim());
  });
  return [...new Set([...own, ...criteriaInWords(meta.alsoSupports ?? '')])];
}

/** The units an interactive worksheet serves: those of the AC it can evidence, and any its `alsoSupports` names. */
export function unitsServedBy(meta: WorksheetMeta): string[] {
  const fromCriteria = criteriaEvidencedBy(meta).map((code) => code.split(' ')[0]!);
  const named = (meta.alsoSupports ?? '').split(/[^A-Z0-9]+/).filter((token) => UNIT_CODE.test(token));
  return [...new Set([...fromCriteria, ...named])];
}

/** The interactive worksheets that can evidence each AC of a unit, by AC code ('2.1' → ['PESTLE builder']). */
export function worksheetsForUnit(metas: readonly WorksheetMeta[], unitCode: string): Map<string, WorksheetMeta[]> {
  const byCode = new Map<string, WorksheetMeta[]>();
  for (const meta of metas) {
    for (const criterion of criteriaEvidencedBy(meta)) {
      const [unit, code] = criterion.split(' ');
      if (unit !== unitCode || code === undefined) continue;
      byCode.set(code, [...(byCode.get(code) ?? []), meta]);
    }
  }
  return byCode;
}
