import type { CriterionProgress } from '../lib/worksheet-definition';

/** How far a unit's workbook has got: its AC answered, evidenced by a worksheet document, or not started. */
export type WorkbookProgress = { answered: number; worksheet: number; notStarted: number; total: number };

const RANK: Record<CriterionProgress, number> = { 'not-started': 0, answered: 1, worksheet: 2 };

/**
 * Each AC at its furthest in any of the learner's workbooks of the unit (a learner may keep two),
 * counted; an AC no workbook mentions is not started.
 */
export function combineProgress(codes: readonly string[], documents: ReadonlyArray<Readonly<Record<string, CriterionProgress>>>): WorkbookProgress {
  const counts: WorkbookProgress = { answered: 0, worksheet: 0, notStarted: 0, total: codes.length };
  for (const code of codes) {
    const best = documents.reduce<CriterionProgress>((furthest, progress) => {
      const here = progress[code] ?? 'not-started';
      return RANK[here] > RANK[furthest] ? here : furthest;
    }, 'not-started');
    if (best === 'answered') counts.answered += 1;
    else if (best === 'worksheet') counts.worksheet += 1;
    else counts.notStarted += 1;
  }
  return counts;
}

/** "3 answered, 2 evidenced by a worksheet, 5 not started", leaving out what is none (but never saying nothing). */
export function progressInWords({ answered, worksheet, notStarted }: WorkbookProgress): string {
  const parts = [answered ? `${answered} answered` : '', worksheet ? `${worksheet} evidenced by a worksheet` : '', notStarted ? `${notStarted} not started` : ''].filter(Boolean);
  return parts.join(', ') || 'no AC';
}
