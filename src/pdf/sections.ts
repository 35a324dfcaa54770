/**
 * The fixed sections of an evidence document around its blocks: the title, the learner's details,
 * the criteria, the completeness check, and the declaration with the assessor's sign-off. The title
 * and learner details are shared with a portfolio pack's cover.
 */
import type { CellDef, RowInput } from 'jspdf-autotable';
import { drawFieldsTable, drawTable } from './autotable';
import type { EvidenceDocument } from './evidence-document';
import type { ChecklistItem, LearnerDetails } from '../lib/evidence-types';
import { goodPracticeRules, requiredCount, requiredRules } from '../lib/checklist';
import { drawHeading, drawWrapped, ensureSpace, HEADING_BLOCK_HEIGHT } from './flow';
import {
  CONTENT_RIGHT,
  KEEP_WITH_NEXT,
  MARGIN,
  MET_GREEN,
  MUTED,
  NAVY,
  NOT_YET_AMBER,
  TABLE_HEAD_WITH_ROW,
  type Cursor,
} from './page-style';
import { layOutPanel, type PanelSpec } from './panels';
import { cleanText, displayDate, isBlank, singleLine } from './text';

const DECLARATION_TEXT = 'I confirm that this work is my own, and that it is authentic and current.';
/** Space between the learner's panel and the assessor's. */
const PANEL_GAP = 5;

/** The top of a first page: a small kicker, the title, an optional subtitle, a muted detail line and a rule. */
export function drawTitleBlock(cursor: Cursor, { title, subtitle, detail }: { title: string; subtitle?: string; detail: string }): void {
  const { pdf } = cursor;
  cursor.y += 2;
  drawWrapped(cursor, 'COURSEWORK EVIDENCE', { size: 8.5, style: 'bold', colour: MUTED });
  drawWrapped(cursor, title, { size: 20, style: 'bold', colour: NAVY });
  if (subtitle !== undefined) drawWrapped(cursor, subtitle, { size: 13 });
  drawWrapped(cursor, detail, { size: 10.5, colour: MUTED });

  cursor.y += 2.5;
  pdf.setDrawColor(...NAVY);
  pdf.setLineWidth(0.6);
  pdf.line(MARGIN, cursor.y, CONTENT_RIGHT, cursor.y);
  cursor.y += 2;
}

export function drawDocumentTitle(cursor: Cursor, doc: EvidenceDocument): void {
  drawTitleBlock(cursor, {
    title: singleLine(doc.worksheetTitle) || 'Worksheet',
    subtitle: isBlank(doc.documentName) ? undefined : singleLine(doc.documentName),
    detail: `Unit ${singleLine(doc.unit.code)}: ${singleLine(doc.unit.title)}`,
  });
}

export function drawLearnerDetails(cursor: Cursor, learner: LearnerDetails, date: string): void {
  drawHeading(cursor, 'Learner details');
  drawFieldsTable(cursor, [
    { label: 'Learner', value: learner.name },
    { label: 'Learner number', value: learner.learnerNumber },
    { label: 'Centre / training provider', value: learner.centre },
    { label: 'Assessor', value: learner.assessor },
    { label: 'Qualification', value: learner.qualification },
    { label: 'Date', value: isBlank(date) ? '' : displayDate(date) },
  ]);
}

export function drawCriteria(cursor: Cursor, doc: EvidenceDocument): void {
  drawHeading(cursor, 'Assessment criteria evidenced');
  const body: RowInput[] =
    doc.criteria.length === 0
      ? [[{ content: 'No criteria listed.', colSpan: 2, styles: { textColor: MUTED, fontStyle: 'normal' } }]]
      : doc.criteria.map((criterion) => [singleLine(criterion.code), cleanText(criterion.text).trim()]);
  drawTable(cursor, {
    head: [['Code', 'Assessment criterion']],
    body,
    columnStyles: { 0: { cellWidth: 24, fontStyle: 'bold', textColor: NAVY } },
  });
}

export function drawChecklist(cursor: Cursor, checklist: ChecklistItem[]): void {
  // The heading, its count line, the table head and a first row travel together.
  ensureSpace(cursor, KEEP_WITH_NEXT + TABLE_HEAD_WITH_ROW);
  drawHeading(cursor, 'Completeness check');
  if (checklist.length === 0) {
    drawWrapped(cursor, 'No checks recorded.', { size: 10, colour: MUTED });
    return;
  }
  // The spec's rules first, then good practice: only the former decide "complete".
  const required = requiredRules(checklist);
  const goodPractice = goodPracticeRules(checklist);
  const { met, total } = requiredCount(checklist);
  drawWrapped(cursor, goodPractice.length ? `${met} of ${total} checks the specification sets are met.` : `${met} of ${total} checks met.`, { size: 9.5, colour: MUTED });
  if (goodPractice.length) {
    const done = goodPractice.filter((item) => item.isMet).length;
    drawWrapped(cursor, `Good practice (shown, never needed to complete): ${done} of ${goodPractice.length} done.`, { size: 9.5, colour: MUTED });
  }
  cursor.y += 1;

  const hasDetail = checklist.some((item) => item.detail !== undefined && !isBlank(item.detail));
  const statusCell = (item: ChecklistItem): CellDef => ({
    content: item.isGoodPractice ? `Good practice: ${item.isMet ? 'done' : 'not yet'}` : item.isMet ? 'Met' : 'Not yet',
    styles: { fontStyle: 'bold', textColor: item.isMet ? MET_GREEN : item.isGoodPractice ? MUTED : NOT_YET_AMBER },
  });
  const checkCell = (item: ChecklistItem) => {
    const label = cleanText(item.label).trim();
    return item.source && !isBlank(item.source) ? `${label}\nFrom: ${cleanText(item.source).trim()}` : label;
  };
  drawTable(cursor, {
    head: [hasDetail ? ['Check', 'Status', 'Notes'] : ['Check', 'Status']],
    body: [...required, ...goodPractice].map((item) => {
      const row: Array<CellDef | string> = [checkCell(item), statusCell(item)];
      if (hasDetail) row.push(cleanText(item.detail ?? '').trim());
      return row;
    }),
    columnStyles: hasDetail ? { 0: { cellWidth: 80 }, 1: { cellWidth: 24 } } : { 1: { cellWidth: 30 } },
  });
}

const LEARNER_PANEL: PanelSpec = {
  title: 'Learner declaration',
  parts: [{ kind: 'text', text: DECLARATION_TEXT }, { kind: 'writeOn', wide: { label: 'Learner signature' }, narrow: { label: 'Date' } }],
};

function assessorPanel(assessor: string): PanelSpec {
  return {
    title: 'Assessor sign-off',
    parts: [
      { kind: 'writeOn', wide: { label: 'Assessor name', prefill: assessor }, narrow: { label: 'Date' } },
      { kind: 'outcome' },
      { kind: 'comments' },
    ],
  };
}

/** The declaration and the assessor's sign-off: one unbreakable block. */
export function drawDeclaration(cursor: Cursor, learner: LearnerDetails): void {
  const learnerPanel = layOutPanel(cursor.pdf, LEARNER_PANEL);
  const assessor = layOutPanel(cursor.pdf, assessorPanel(learner.assessor));
  // Reserve the whole block so the signatures are never separated from what they sign.
  ensureSpace(cursor, HEADING_BLOCK_HEIGHT + learnerPanel.height + PANEL_GAP + assessor.height);
  drawHeading(cursor, 'Declaration and assessor sign-off');
  learnerPanel.draw(cursor);
  cursor.y += PANEL_GAP;
  assessor.draw(cursor);
}
