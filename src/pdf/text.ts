/**
 * Learner text as it should print, with no jsPDF: cleaning, one-line forms, glyph stand-ins and the
 * number and date forms an assessor reads. Pure, so tested directly.
 */
import { formatDate } from '../lib/dates';
import { NOT_GIVEN } from './page-style';

/**
 * Learner text as it should print: composed accents (so "ễ" uses the font's own glyph), one kind of
 * line break, tabs as spaces, and no control characters that would print as boxes.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, '    ')
    // eslint-disable-next-line no-control-regex -- matching control characters is the point: they would print as boxes
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

/**
 * Characters the font has no glyph for would silently vanish from the PDF. Emoji print from the
 * emoji font, through the stand-in `emojiStandIn` gives (see emoji-text.ts); anything else (Chinese,
 * …) prints as a visible "�", which tells the assessor something was there. Invisible joiners,
 * variation selectors and skin-tone modifiers just go.
 */
export function replaceMissingGlyphs(
  text: string,
  hasGlyph: (codePoint: number) => boolean,
  emojiStandIn: (codePoint: number) => string | undefined = () => undefined,
): string {
  return Array.from(text, (character) => {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint < 0x20 || hasGlyph(codePoint)) return character;
    if (/[\p{Cf}\p{M}\p{Emoji_Modifier}]/u.test(character)) return '';
    return emojiStandIn(codePoint) ?? '\ufffd';
  }).join('');
}

/** Every string anywhere in a plain-data value (a document, a pack) passed through `change`. */
export function mapStrings<T>(value: T, change: (text: string) => string): T {
  if (typeof value === 'string') return change(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => mapStrings(item, change)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, change)])) as T;
  }
  return value;
}

/** Text for places that hold one line (headings, labels, the running header). */
export function singleLine(text: string): string {
  return cleanText(text).replace(/\s*\n\s*/g, ' ').trim();
}

export function isBlank(text: string): boolean {
  return text.trim() === '';
}

export function displayDate(iso: string): string {
  return isBlank(iso) ? NOT_GIVEN : formatDate(iso.trim());
}

/** Up to two decimals, with thousands separated as a UK reader expects ("16,589", "4.25"). */
export function formatNumber(value: number): string {
  return Number(value.toFixed(2)).toLocaleString('en-GB', { maximumFractionDigits: 2 });
}
