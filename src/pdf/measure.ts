/** Text measured with the PDF's own fonts: the type in use, wrapping and shortening to a width. */
import type { jsPDF } from 'jspdf';
import { FONT, TEXT, type FontStyle, type Rgb } from './page-style';
import { cleanText, isBlank, singleLine } from './text';

export function setType(pdf: jsPDF, sizePt: number, style: FontStyle = 'normal', colour: Rgb = TEXT): void {
  pdf.setFont(FONT, style);
  pdf.setFontSize(sizePt);
  pdf.setTextColor(...colour);
}

/** Wraps text to a width, keeping the learner's own line breaks (a blank line stays blank). */
export function wrapText(pdf: jsPDF, text: string, width: number): string[] {
  return cleanText(text)
    .split('\n')
    .flatMap((line) => (isBlank(line) ? [''] : (pdf.splitTextToSize(line, width) as string[])));
}

/** Shortens text to fit a width, ending in an ellipsis; `force` adds one even if it already fits. */
export function ellipsize(pdf: jsPDF, text: string, width: number, force = false): string {
  if (!force && pdf.getTextWidth(text) <= width) return text;
  const characters = Array.from(text.trimEnd());
  while (characters.length > 0 && pdf.getTextWidth(`${characters.join('')}…`) > width) characters.pop();
  return `${characters.join('').trimEnd()}…`;
}

/** Wraps to at most `maxLines`, ending the last kept line in an ellipsis if text was cut. */
export function wrapLimited(pdf: jsPDF, text: string, width: number, maxLines: number): string[] {
  const lines = wrapText(pdf, singleLine(text), width);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = ellipsize(pdf, kept[maxLines - 1] ?? '', width, true);
  return kept;
}

/** Width of the longest word, in the current type. */
export function longestWordWidth(pdf: jsPDF, text: string): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => pdf.getTextWidth(word)));
}
