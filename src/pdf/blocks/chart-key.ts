/** The key under a chart: "Key:" then each group or series with its sample, wrapping onto rows. */
import type { jsPDF } from 'jspdf';
import { baselineIn, lineHeight, placeInRows, type RowPlacement } from '../layout';
import { ellipsize, setType } from '../measure';
import { CONTENT_RIGHT, CONTENT_WIDTH, MARGIN, NAVY } from '../page-style';

/** Chart labels and key names share one size. */
export const CHART_LABEL_SIZE = 8.5;
/** A key's rows: one line of label type with generous leading. */
export const KEY_ROW_HEIGHT = lineHeight(CHART_LABEL_SIZE, 1.6);

/** Width of the bold "Key:" that starts every chart key, with its gap. */
function keyLabelWidth(pdf: jsPDF): number {
  setType(pdf, CHART_LABEL_SIZE, 'bold');
  return pdf.getTextWidth('Key:') + 3;
}

/** Writes the bold "Key:" at the start of a key's first row. */
export function drawKeyLabel(pdf: jsPDF, top: number): void {
  setType(pdf, CHART_LABEL_SIZE, 'bold', NAVY);
  pdf.text('Key:', MARGIN, baselineIn(top, KEY_ROW_HEIGHT, CHART_LABEL_SIZE));
}

/**
 * Key items after "Key:", each a sample `sampleWidth` wide and its name, left to right, wrapping onto
 * further rows when the line is full. Names too long for a row are shortened.
 */
export function keyLayout(pdf: jsPDF, names: string[], sampleWidth: number): { items: Array<RowPlacement & { name: string }>; height: number } {
  const keyWidth = keyLabelWidth(pdf);
  setType(pdf, CHART_LABEL_SIZE);
  const shortened = names.map((name) => ellipsize(pdf, name, CONTENT_WIDTH - keyWidth - sampleWidth - 2));
  const widths = shortened.map((name) => sampleWidth + 1.5 + pdf.getTextWidth(name) + 6);
  const { places, rows } = placeInRows(widths, MARGIN + keyWidth, CONTENT_RIGHT + 6);
  return { items: places.map((place, index) => ({ ...place, name: shortened[index] ?? '' })), height: rows * KEY_ROW_HEIGHT };
}

