/**
 * Boxed panels to fill in by hand: a declaration with write-on lines, tick boxes and a comments box.
 * A panel is one spec of parts, and each part gives its height and its drawing together from one
 * measurement, so the room reserved for a panel is always the room it takes.
 */
import type { jsPDF } from 'jspdf';
import { baselineIn, lineHeight } from './layout';
import { ellipsize, setType, wrapText } from './measure';
import { CONTENT_WIDTH, MARGIN, MUTED, NAVY, RULE, TEXT, type Cursor } from './page-style';
import { isBlank, singleLine } from './text';

const PANEL_PADDING = 4;
const SIGNATURE_ROW = 13;
const OUTCOME_ROW = 10;
const OUTCOME_NOTE_ROW = 4;
/** Labels on the sign-off form share one width so the lines and tick boxes start in a column. */
const FORM_LABEL_WIDTH = 32;
const COMMENT_LINES = 6;
const COMMENT_LINE_GAP = 7.5;
const SUBHEADING_ROW = 7;
const PANEL_TEXT_SIZE = 10;
const PANEL_LEFT = MARGIN + PANEL_PADDING;
const PANEL_INNER = CONTENT_WIDTH - 2 * PANEL_PADDING;

/** One write-on line: its label, and text printed on it (e.g. the assessor's name) if known. */
export type WriteOn = { label: string; prefill?: string };

export type PanelPart =
  /** Wrapped text, e.g. what the learner declares. */
  | { kind: 'text'; text: string }
  /** A row of write-on lines: a wide one on the left (labels in a column), an optional narrow one on the right. */
  | { kind: 'writeOn'; wide: WriteOn; narrow?: WriteOn }
  /** Pass / Not yet achieved tick boxes. */
  | { kind: 'outcome' }
  /** "Comments" and a ruled box to write in. */
  | { kind: 'comments' };

export type PanelSpec = {
  title: string;
  parts: PanelPart[];
  /** Where the narrow write-on line starts and how wide it is, as fractions of the panel's inner width. */
  narrowColumn?: { at: number; width: number };
};

const DEFAULT_NARROW_COLUMN = { at: 0.68, width: 0.32 };

/** A part measured: its height, and how to draw it with its top at y. */
type LaidOutPart = { height: number; draw: (pdf: jsPDF, y: number) => void };

/** A panel measured once: its height, and how to draw it at the cursor (which moves below it). */
export type LaidOutPanel = { height: number; draw: (cursor: Cursor) => void };

function layOutPart(pdf: jsPDF, part: PanelPart, spec: PanelSpec): LaidOutPart {
  switch (part.kind) {
    case 'text': {
      setType(pdf, PANEL_TEXT_SIZE);
      const lines = wrapText(pdf, part.text, PANEL_INNER);
      const line = lineHeight(PANEL_TEXT_SIZE);
      return {
        height: lines.length * line,
        draw: (target, y) => {
          setType(target, PANEL_TEXT_SIZE, 'normal', TEXT);
          lines.forEach((text, index) => target.text(text, PANEL_LEFT, baselineIn(y + index * line, line, PANEL_TEXT_SIZE)));
        },
      };
    }
    case 'writeOn': {
      const narrow = spec.narrowColumn ?? DEFAULT_NARROW_COLUMN;
      return {
        height: SIGNATURE_ROW,
        draw: (target, y) => {
          drawWriteOnLine(target, part.wide.label, PANEL_LEFT, PANEL_INNER * 0.62, y, { prefill: part.wide.prefill, labelWidth: FORM_LABEL_WIDTH });
          if (part.narrow) drawWriteOnLine(target, part.narrow.label, PANEL_LEFT + PANEL_INNER * narrow.at, PANEL_INNER * narrow.width, y, { prefill: part.narrow.prefill });
        },
      };
    }
    case 'outcome':
      return { height: OUTCOME_ROW + OUTCOME_NOTE_ROW, draw: (target, y) => drawOutcome(target, PANEL_LEFT, y) };
    case 'comments':
      return {
        height: 6 + COMMENT_LINES * COMMENT_LINE_GAP + 2,
        draw: (target, y) => {
          setType(target, 9, 'normal', MUTED);
          target.text('Comments', PANEL_LEFT, y + 3.5);
          drawCommentsBox(target, PANEL_LEFT, y + 6, PANEL_INNER);
        },
      };
    default: {
      // A new kind of part with no height and drawing fails to compile here.
      const _exhaustive: never = part;
      return _exhaustive;
    }
  }
}

/** Measures a panel; drawing it later uses these very measurements. */
export function layOutPanel(pdf: jsPDF, spec: PanelSpec): LaidOutPanel {
  const parts = spec.parts.map((part) => layOutPart(pdf, part, spec));
  let height = 2 * PANEL_PADDING + SUBHEADING_ROW;
  for (const part of parts) height += part.height;
  return {
    height,
    draw: (cursor) => {
      const { pdf: target } = cursor;
      const top = cursor.y;
      target.setDrawColor(...RULE);
      target.setLineWidth(0.3);
      target.roundedRect(MARGIN, top, CONTENT_WIDTH, height, 1.5, 1.5, 'S');
      let y = top + PANEL_PADDING;
      setType(target, 10.5, 'bold', NAVY);
      target.text(spec.title, PANEL_LEFT, baselineIn(y, SUBHEADING_ROW, 10.5));
      y += SUBHEADING_ROW;
      for (const part of parts) {
        part.draw(target, y);
        y += part.height;
      }
      cursor.y = top + height;
    },
  };
}

/** A label with a ruled line to write on, and optional printed text sitting on the line. */
function drawWriteOnLine(
  pdf: jsPDF,
  label: string,
  x: number,
  width: number,
  rowTop: number,
  { prefill = '', labelWidth = 0 }: { prefill?: string; labelWidth?: number } = {},
): void {
  const lineY = rowTop + SIGNATURE_ROW - 3;
  setType(pdf, 9, 'normal', MUTED);
  pdf.text(label, x, lineY);
  const lineStart = x + Math.max(labelWidth, pdf.getTextWidth(label) + 2);
  pdf.setDrawColor(...MUTED);
  pdf.setLineWidth(0.25);
  pdf.line(lineStart, lineY + 0.6, x + width, lineY + 0.6);
  if (!isBlank(prefill)) {
    setType(pdf, 10, 'normal', TEXT);
    pdf.text(ellipsize(pdf, singleLine(prefill), x + width - lineStart - 2), lineStart + 1.5, lineY - 0.8);
  }
}

/** Outcome tick boxes. The qualification is graded Pass only, so there are just two. */
function drawOutcome(pdf: jsPDF, left: number, top: number): void {
  const box = 4;
  const boxTop = top + (OUTCOME_ROW - box) / 2;
  const baseline = baselineIn(top, OUTCOME_ROW, 10);
  setType(pdf, 9, 'normal', MUTED);
  pdf.text('Outcome', left, baseline);
  let x = left + FORM_LABEL_WIDTH;
  pdf.setDrawColor(...TEXT);
  pdf.setLineWidth(0.3);
  for (const option of ['Pass', 'Not yet achieved']) {
    pdf.rect(x, boxTop, box, box, 'S');
    setType(pdf, 10, 'normal', TEXT);
    pdf.text(option, x + box + 2, baseline);
    x += box + 2 + pdf.getTextWidth(option) + 12;
  }
  setType(pdf, 8, 'normal', MUTED);
  pdf.text('Tick one: this qualification is graded Pass only.', left + FORM_LABEL_WIDTH, top + OUTCOME_ROW + 2.5);
}

function drawCommentsBox(pdf: jsPDF, left: number, top: number, width: number): void {
  const height = COMMENT_LINES * COMMENT_LINE_GAP + 2;
  pdf.setDrawColor(...RULE);
  pdf.setLineWidth(0.3);
  pdf.rect(left, top, width, height, 'S');
  pdf.setDrawColor(225, 229, 234);
  pdf.setLineWidth(0.2);
  for (let line = 1; line < COMMENT_LINES; line += 1) {
    const y = top + 1 + line * COMMENT_LINE_GAP;
    pdf.line(left + 3, y, left + width - 3, y);
  }
}
