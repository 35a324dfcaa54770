/**
 * Draws the achievement logs (achievement-log.ts) on PDF pages through the shared pdf/ parts: a
 * unit's log (each AC under its LO with achieved, location, completion date and blank assessor
 * signature and date, then the learner's and assessor's declarations with comment boxes and the
 * IQA's sampling line) and the qualification log. Used alone (the log pages' downloads) and inside
 * a portfolio pack, whose locations carry the pack's pages.
 */
import type { jsPDF } from 'jspdf';
import type { CellDef, RowInput } from 'jspdf-autotable';
import { drawTable } from '../pdf/autotable';
import { mayNeedEmojiFont } from '../pdf/emoji-text';
import { addGap, drawHeading, drawWrapped, ensureSpace } from '../pdf/flow';
import { loadPdfFonts, type PdfFonts } from '../pdf/fonts';
import { drawRunningHeadersAndFooters } from '../pdf/furniture';
import { CONTENT_TOP, LABEL_FILL, MET_GREEN, MUTED, NAVY, NOT_YET_AMBER, type Cursor } from '../pdf/page-style';
import { layOutPanel, type PanelSpec } from '../pdf/panels';
import { createPdf, setPdfProperties, withMissingGlyphsMarked } from '../pdf/render-pdf';
import { drawLearnerDetails, drawTitleBlock } from '../pdf/sections';
import { cleanText, singleLine } from '../pdf/text';
import type { LearnerDetails } from '../lib/evidence-types';
import { achievedInWords, dateInWords, locationInWords, LOG_WORDS, type QualificationLog, type UnitLog } from './achievement-log';
import { QUADRANT_LABELS, QUADRANTS } from './units';

const LOG_FONT_SIZE = 8;
const PANEL_GAP = 5;

/** The log's signature and date columns are left blank for the assessor to write in. */
const BLANK: CellDef = { content: '' };

const outcomeRow = (text: string, span: number): RowInput => [{ content: text, colSpan: span, styles: { fontStyle: 'bold', textColor: NAVY, fillColor: LABEL_FILL } }];

/** A declaration with its write-on lines and a comments box, kept whole on one page. */
function drawPanel(cursor: Cursor, spec: PanelSpec): void {
  const panel = layOutPanel(cursor.pdf, spec);
  ensureSpace(cursor, panel.height);
  panel.draw(cursor);
  cursor.y += PANEL_GAP;
}

const iqaPanel: PanelSpec = {
  title: 'Internal quality assurer: sampling',
  parts: [
    { kind: 'text', text: LOG_WORDS.iqaSampling },
    { kind: 'writeOn', wide: { label: 'IQA name' }, narrow: { label: 'Date' } },
    { kind: 'writeOn', wide: { label: 'IQA signature' }, narrow: { label: 'Sampled: yes / no' } },
  ],
};

/** One unit's log from the top of the PDF's current (blank) page; locations carry pages when the log is in a pack. */
export function drawUnitLog(pdf: jsPDF, log: UnitLog, learner: LearnerDetails, date: string): void {
  const cursor: Cursor = { pdf, y: CONTENT_TOP };
  drawTitleBlock(cursor, {
    title: 'Unit achievement log',
    subtitle: `Unit ${singleLine(log.unitCode)}: ${singleLine(log.unitTitle)}`,
    detail: `${log.achieved} of ${log.total} assessment criteria achieved${log.completedOn ? `; unit completed ${dateInWords(log.completedOn)}` : ''}. The assessor signs and dates each criterion as it is assessed.`,
  });
  drawLearnerDetails(cursor, learner, date);
  drawHeading(cursor, 'Assessment criteria: achievement and location of the evidence');
  const body: RowInput[] = log.outcomes.flatMap((outcome) => [
    outcomeRow(`Learning outcome ${outcome.number}: ${cleanText(outcome.text).trim()}`, 7),
    ...outcome.rows.map((row): RowInput => [
      singleLine(row.code),
      cleanText(row.text).trim(),
      { content: achievedInWords(row), styles: { fontStyle: 'bold', textColor: row.isAchieved ? MET_GREEN : NOT_YET_AMBER } },
      row.locations.length ? row.locations.map((location) => cleanText(locationInWords(location, row.code)).trim()).join('\n') : { content: 'No evidence yet', styles: { textColor: MUTED } },
      dateInWords(row.completedOn),
      BLANK,
      BLANK,
    ]),
  ]);
  drawTable(cursor, {
    head: [['AC', 'Assessment criterion', 'Achieved', 'Location of the evidence', 'Completion date', 'Assessor signature', 'Date']],
    body,
    alternateRowStyles: {},
    styles: { fontSize: LOG_FONT_SIZE },
    columnStyles: {
      0: { cellWidth: 10, fontStyle: 'bold', textColor: NAVY },
      1: { cellWidth: 36 },
      2: { cellWidth: 20 },
      4: { cellWidth: 23 },
      5: { cellWidth: 22 },
      6: { cellWidth: 15 },
    },
  });
  drawHeading(cursor, 'Declarations at the end of the unit');
  drawWrapped(cursor, 'Once all the assessment criteria of the unit have been completed, the assessor and the learner both complete these declarations and their comments boxes.', { size: 9, colour: MUTED });
  cursor.y += 2;
  drawPanel(cursor, {
    title: 'Learner declaration',
    parts: [
      { kind: 'text', text: LOG_WORDS.unitLearnerDeclaration },
      { kind: 'writeOn', wide: { label: 'Learner name', prefill: learner.name } },
      { kind: 'writeOn', wide: { label: 'Learner signature' }, narrow: { label: 'Date' } },
      { kind: 'comments' },
    ],
  });
  drawPanel(cursor, {
    title: 'Assessor declaration',
    parts: [
      { kind: 'text', text: LOG_WORDS.unitAssessorDeclaration },
      { kind: 'writeOn', wide: { label: 'Assessor name', prefill: learner.assessor } },
      { kind: 'writeOn', wide: { label: 'Assessor signature' }, narrow: { label: 'Date' } },
      { kind: 'comments' },
    ],
  });
  drawPanel(cursor, iqaPanel);
}

/** The qualification's log: every unit, with status, credits, the rules of combination and the assessor's declaration. */
export function drawQualificationLog(pdf: jsPDF, log: QualificationLog, learner: LearnerDetails, date: string): void {
  const cursor: Cursor = { pdf, y: CONTENT_TOP };
  drawTitleBlock(cursor, {
    title: 'Qualification achievement log',
    subtitle: singleLine(learner.qualification) || 'ISP Level 3 Qualifications in Professional Sales',
    detail: `Every unit of the qualification; optional units not taken are annotated. Credits of the units marked achieved: ${log.achievedCredits}.`,
  });
  drawLearnerDetails(cursor, learner, date);
  drawHeading(cursor, 'Units');
  const body: RowInput[] = QUADRANTS.flatMap((quadrant) => [
    outcomeRow(`${QUADRANT_LABELS[quadrant]} units`, 7),
    ...log.rows
      .filter((row) => row.unit.quadrant === quadrant)
      .map((row): RowInput => [
        singleLine(row.unit.code),
        cleanText(row.unit.title),
        String(row.unit.credit),
        row.note,
        dateInWords(row.completedOn),
        BLANK,
        BLANK,
      ]),
  ]);
  drawTable(cursor, {
    head: [['Unit', 'Title', 'Credits', 'Status and evidence', 'Completion date', 'Assessor signature', 'Date']],
    body,
    alternateRowStyles: {},
    styles: { fontSize: LOG_FONT_SIZE },
    columnStyles: {
      0: { cellWidth: 12, fontStyle: 'bold', textColor: NAVY },
      1: { cellWidth: 42 },
      2: { cellWidth: 16 },
      4: { cellWidth: 23 },
      5: { cellWidth: 22 },
      6: { cellWidth: 15 },
    },
  });
  drawHeading(cursor, 'Credits and the rules of combination');
  drawWrapped(cursor, `Credits of the units marked achieved: ${log.achievedCredits}.`, { size: 9.5 });
  for (const check of log.checks) {
    const verdict = check.isMet ? 'Rules met' : `Not yet: ${check.missing.join('; ')}`;
    drawWrapped(cursor, `${check.title}: ${verdict}.${check.notes.length ? ` ${check.notes.join(' ')}` : ''}`, { size: 9.5 });
  }
  drawWrapped(
    cursor,
    'Certificate: at least 13 credits (at most 36 counted), two Business, two Core and one Leadership or Self unit. Diploma: at least 37 credits, three Business, four Core, one Leadership and two Self units. Apprenticeship Diploma: the eleven prescribed units, 40 credits. The centre and the ISP confirm the award.',
    { size: 8.5, colour: MUTED },
  );
  addGap(cursor, 4);
  drawPanel(cursor, {
    title: 'Assessor declaration',
    parts: [
      { kind: 'text', text: LOG_WORDS.qualificationAssessorDeclaration },
      { kind: 'writeOn', wide: { label: 'Assessor name', prefill: learner.assessor } },
      { kind: 'writeOn', wide: { label: 'Assessor signature' }, narrow: { label: 'Date' } },
      { kind: 'comments' },
    ],
  });
  drawPanel(cursor, iqaPanel);
}

export type LogPart = { kind: 'qualification'; log: QualificationLog } | { kind: 'unit'; log: UnitLog };

/** Draws each part from a new page (the first on the PDF's current page when `startOnNewPage` is false). */
export function drawLogParts(pdf: jsPDF, parts: readonly LogPart[], learner: LearnerDetails, date: string, { startOnNewPage }: { startOnNewPage: boolean }): void {
  parts.forEach((part, index) => {
    if (startOnNewPage || index > 0) pdf.addPage('a4', 'portrait');
    if (part.kind === 'unit') drawUnitLog(pdf, part.log, learner, date);
    else drawQualificationLog(pdf, part.log, learner, date);
  });
}

const partTitle = (part: LogPart) => (part.kind === 'unit' ? `Achievement log · Unit ${part.log.unitCode}` : 'Qualification achievement log');

/** A log (or several) as its own PDF, every page numbered. */
export function buildLogPdf(parts: readonly LogPart[], learner: LearnerDetails, date: string, fonts: PdfFonts): jsPDF {
  const pdf = createPdf(fonts);
  const marked = withMissingGlyphsMarked({ parts, learner }, pdf);
  const starts: number[] = [];
  marked.parts.forEach((part, index) => {
    if (index > 0) pdf.addPage('a4', 'portrait');
    starts.push(pdf.getNumberOfPages());
    drawLogParts(pdf, [part], marked.learner, date, { startOnNewPage: false });
  });
  drawRunningHeadersAndFooters(pdf, (page) => {
    const index = starts.filter((start) => start <= page).length - 1;
    const part = marked.parts[Math.max(index, 0)];
    return { header: part ? partTitle(part) : 'Achievement log', learnerName: marked.learner.name, date };
  });
  const first = marked.parts[0];
  setPdfProperties(pdf, { title: first ? partTitle(first) : 'Achievement log', subject: 'Achievement log', author: marked.learner.name });
  return pdf;
}

/** Loads the fonts (once per session) and returns the log's PDF. */
export async function renderLogPdf(parts: readonly LogPart[], learner: LearnerDetails, date: string): Promise<Blob> {
  const fonts = await loadPdfFonts({ withEmoji: mayNeedEmojiFont({ parts, learner }) });
  return buildLogPdf(parts, learner, date, fonts).output('blob');
}
