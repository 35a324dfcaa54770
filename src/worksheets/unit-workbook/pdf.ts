import type { PdfBlock } from '../../lib/evidence-types';
import type { UnitSpec } from '../../lib/spec/unit-spec';
import { isPracticalOutcome } from '../../lib/spec/unit-spec';
import { formatDate } from '../../lib/dates';
import { orNotGiven } from '../../lib/text-list';
import { minimumLabel, minimumsAt } from './guidance';
import { linkInWords } from './completeness';
import { hasText, isLinked, writtenEntries, type WorkbookData } from './model';

/** The workbook as PDF blocks: each LO, each of its AC in the spec's words with the learner's answer, lists and evidence. */
export function workbookEvidenceBlocks(unit: UnitSpec, data: WorkbookData): PdfBlock[] {
  const blocks: PdfBlock[] = [];
  for (const outcome of unit.outcomes) {
    blocks.push({ kind: 'heading', text: `Learning outcome ${outcome.number}: ${outcome.text}` });
    const isPractical = isPracticalOutcome(outcome);
    for (const criterion of outcome.criteria) {
      const answer = data.answers.find((candidate) => candidate.code === criterion.code);
      blocks.push({ kind: 'paragraph', text: `AC ${criterion.code} ${criterion.text}` });
      if (answer && isLinked(answer)) {
        blocks.push({
          kind: 'fields',
          rows: [{ label: 'Evidence', value: `${linkInWords(answer)}, a separate document of the learner’s portfolio.` }],
        });
        continue;
      }
      if (isPractical) {
        const records = answer?.records.filter((record) => hasText(record.what) || hasText(record.where) || hasText(record.by) || record.date) ?? [];
        blocks.push(
          records.length
            ? {
                kind: 'table',
                caption: 'Evidence records',
                columns: ['What the evidence is', 'Where it is kept', 'Date', 'Observed or witnessed by'],
                columnWidths: [3, 2.4, 1.2, 2],
                rows: records.map((record) => [orNotGiven(record.what), orNotGiven(record.where), record.date ? formatDate(record.date) : 'Not given', orNotGiven(record.by)]),
              }
            : { kind: 'paragraph', text: 'No evidence recorded.' },
        );
      }
      if (!isPractical || (answer && hasText(answer.text))) {
        blocks.push({ kind: 'fields', rows: [{ label: isPractical ? 'Notes' : 'Answer', value: orNotGiven(answer?.text ?? '') }] });
      }
      for (const minimum of minimumsAt(unit, criterion.code)) {
        const given = data.minimums.find((entry) => entry.key === minimum.key);
        if (minimum.kind === 'amount') {
          blocks.push({ kind: 'fields', rows: [{ label: `${minimumLabel(minimum)} (“${minimum.quote}”)`, value: given?.amount.trim() ? `${given.amount.trim()} ${minimum.unitOfTime ?? ''}`.trim() : 'Not given' }] });
          continue;
        }
        const entries = given ? writtenEntries(given) : [];
        if (minimum.kind === 'prompt' && entries.length === 0) continue;
        blocks.push(
          entries.length
            ? { kind: 'table', caption: `${minimumLabel(minimum)} (“${minimum.quote}”)`, columns: ['No.', 'Entry'], columnWidths: [0.5, 9], rows: entries.map((entry, index) => [String(index + 1), entry.text.trim()]) }
            : { kind: 'paragraph', text: `${minimumLabel(minimum)} (“${minimum.quote}”): none given.` },
        );
      }
    }
  }
  return blocks;
}
