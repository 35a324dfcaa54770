/**
 * The colours of a chart's series, in order, on screen and in the PDF alike, so the second
 * objective (or the 7-day average) is the same colour in both. Dark enough for a line or bar on
 * white (3:1, WCAG non-text contrast); every series is also told apart by dash, point or label.
 */
export const SERIES_COLOURS = ['#1f4e79', '#b3261e', '#1b6e3a', '#8a6100', '#5b2c83', '#00626f', '#595959'] as const;

/** A reference line (a baseline, a retake, a target): dark grey on screen and in the PDF, told apart by its dash and its name. */
export const REFERENCE_LINE_COLOUR = '#373737';

/** '#1b6e3a' → [27, 110, 58]; null for anything else. */
export function rgbOfHex(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  return match ? [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)] : null;
}

/** WCAG contrast ratio of a colour against white. */
export function contrastOnWhite(hex: string): number {
  const rgb = rgbOfHex(hex);
  if (!rgb) return 1;
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05);
}
