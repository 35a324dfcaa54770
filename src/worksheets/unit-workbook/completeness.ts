import type { ChecklistItem } from '../../lib/evidence-types';
import { shortText } from '../../lib/text-list';
import type { UnitSpec } from '../../lib/spec/unit-spec';
import { isPracticalOutcome } from '../../lib/spec/unit-spec';
import type { CriterionProgress } from '../../lib/worksheet-definition';
import { acList, minimumLabel, minimumsOf, type WorkbookMinimum } from './guidance';
import { outcomeSectionId } from './meta';
import { amountOf, hasText, isCompleteRecord, isLinked, writtenEntries, type Answer, type WorkbookData } from './model';

/**
 * The workbook's checklist: each AC answered (written, evidence recorded for a practical AC, or a
 * worksheet document chosen as its evidence), and each number the assessor guidance sets, quoted.
 * Nothing else is a rule: the verb's advice and the indicative content are prompts, never blocking.
 */

const answerOf = (data: WorkbookData, code: string): Answer | undefined => data.answers.find((answer) => answer.code === code);

/** "Evidenced by PESTLE builder: “Café review”" */
export const linkInWords = (answer: Answer) => `Evidenced by ${answer.evidence.worksheetTitle}: “${answer.evidence.documentName.trim() || 'Untitled document'}”`;

function criterionRule(data: WorkbookData, outcomeNumber: number, code: string, text: string, isPractical: boolean): ChecklistItem {
  const answer = answerOf(data, code);
  const sections = [outcomeSectionId(outcomeNumber)];
  if (answer && isLinked(answer)) return { label: `AC ${code} evidenced: ${text}`, isMet: true, detail: `${linkInWords(answer)}.`, sections };
  if (isPractical) {
    const complete = answer?.records.filter(isCompleteRecord).length ?? 0;
    return {
      label: `AC ${code} evidence recorded (what, where it is kept, date, who observed or witnessed): ${text}`,
      isMet: complete > 0,
      sections,
      ...(complete > 0 ? {} : { detail: answer?.records.length ? 'Complete every part of a record: what, where, date and who.' : 'No evidence recorded yet.' }),
    };
  }
  const isAnswered = answer !== undefined && hasText(answer.text);
  return { label: `AC ${code} answered: ${text}`, isMet: isAnswered, sections, ...(isAnswered ? {} : { detail: 'Not answered yet.' }) };
}

function minimumRule(data: WorkbookData, minimum: WorkbookMinimum): ChecklistItem {
  const label = `${minimumLabel(minimum)} (${acList(minimum.criteria)}): the guidance asks for “${minimum.quote}”`;
  const sections = [outcomeSectionId(minimum.outcome)];
  // Evidenced by a worksheet for every AC it applies to: the worksheet's own checks ask for it, not twice.
  const answers = minimum.criteria.map((code) => answerOf(data, code));
  if (answers.every((answer) => answer !== undefined && isLinked(answer))) return { label, isMet: true, detail: 'Evidenced by the worksheet document chosen for it.', sections };
  const given = data.minimums.find((entry) => entry.key === minimum.key);
  if (minimum.kind === 'amount') {
    const amount = given ? amountOf(given) : null;
    const isMet = amount !== null && amount >= minimum.count;
    return { label, isMet, sections, detail: amount === null ? `Give the number of ${minimum.unitOfTime ?? 'units'}.` : `${amount} given (at least ${minimum.count} needed).` };
  }
  const count = given ? writtenEntries(given).length : 0;
  return { label, isMet: count >= minimum.count, sections, detail: `${count} of ${minimum.count} given.` };
}

/** Every AC's rule, then the guidance's numbers, LO by LO. */
export function workbookCompleteness(unit: UnitSpec, data: WorkbookData): ChecklistItem[] {
  const minimums = minimumsOf(unit).filter((minimum) => minimum.kind !== 'prompt');
  return unit.outcomes.flatMap((outcome) => [
    ...outcome.criteria.map((criterion) => criterionRule(data, outcome.number, criterion.code, criterion.text, isPracticalOutcome(outcome))),
    ...minimums.filter((minimum) => minimum.outcome === outcome.number).map((minimum) => minimumRule(data, minimum)),
  ]);
}

/** Each AC: evidenced by a worksheet document, answered (anything written or recorded for it), or not started. */
export function workbookProgress(unit: UnitSpec, data: WorkbookData): Record<string, CriterionProgress> {
  const minimums = minimumsOf(unit);
  const progress: Record<string, CriterionProgress> = {};
  for (const criterion of unit.outcomes.flatMap((outcome) => outcome.criteria)) {
    const answer = answerOf(data, criterion.code);
    const ownLists = minimums.filter((minimum) => minimum.criteria[0] === criterion.code).map((minimum) => data.minimums.find((entry) => entry.key === minimum.key));
    const hasAnything =
      answer !== undefined &&
      (hasText(answer.text) || answer.records.some((record) => hasText(record.what) || hasText(record.where) || hasText(record.by) || record.date !== ''));
    const hasListEntry = ownLists.some((entry) => entry !== undefined && (writtenEntries(entry).length > 0 || hasText(entry.amount)));
    progress[criterion.code] = answer && isLinked(answer) ? 'worksheet' : hasAnything || hasListEntry ? 'answered' : 'not-started';
  }
  return progress;
}

/**
 * An AC whose work is finished folded to one line on its LO's page (ui/Fold): answered as its rule
 * asks, with every list the guidance sets at this AC full. Null while anything is still to do, and
 * for an AC evidenced by a worksheet document (already one line, with the choice to change it).
 */
export function criterionFoldLine(unit: UnitSpec, data: WorkbookData, code: string): string | null {
  const outcome = unit.outcomes.find((o) => o.criteria.some((c) => c.code === code));
  const criterion = outcome?.criteria.find((c) => c.code === code);
  const answer = answerOf(data, code);
  if (!outcome || !criterion || !answer || isLinked(answer)) return null;
  const isPractical = isPracticalOutcome(outcome);
  const lists = minimumsOf(unit).filter((minimum) => minimum.kind !== 'prompt' && minimum.criteria[0] === code);
  if (!criterionRule(data, outcome.number, code, criterion.text, isPractical).isMet || lists.some((minimum) => !minimumRule(data, minimum).isMet)) return null;
  const records = answer.records.filter(isCompleteRecord).length;
  const head = isPractical ? `${records} evidence ${records === 1 ? 'record' : 'records'}` : `Answered: ${shortText(answer.text, 70)}`;
  return lists.length ? `${head} (and ${lists.length === 1 ? 'the list' : `the ${lists.length} lists`} the guidance asks for)` : head;
}
