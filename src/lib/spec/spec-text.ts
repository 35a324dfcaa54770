import type { SpecCorrection } from './unit-spec';

/**
 * Reading the specification's extracted text, for the fidelity test and the tools that check the
 * unit data against it. Pure: given the seed file's lines, no file access here.
 */

/** One space between words; bullets (including the PDF's private-use bullet glyphs) and tabs gone. */
export function normalise(text: string): string {
  return text
    .replace(/[\uF000-\uF0FF•▪◦●]/g, ' ')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/** The unit headings ("L3B2 Understand Organisations" alone on a line; the contents table has tabs). */
export function unitHeadings(lines: readonly string[]): Array<{ line: number; code: string; title: string }> {
  return lines.flatMap((text, index) => {
    const match = /^(L[234][BCLS]\d) ([^\t]+?)\s*$/.exec(text);
    return match?.[1] && match[2] && !text.includes('\t') ? [{ line: index + 1, code: match[1], title: match[2] }] : [];
  });
}

/** The AC codes printed in a unit's table (from its heading to "Additional Information"). */
export function specCodesInTable(lines: readonly string[], startLine: number): string[] {
  const codes: string[] = [];
  for (let index = startLine; index < lines.length; index++) {
    const text = lines[index] ?? '';
    if (/^\s*Addit/i.test(text)) break;
    for (const match of text.matchAll(/(?<![\w.])(\d\.\d{1,2})(?![\w.])/g)) if (match[1]) codes.push(match[1]);
  }
  return codes;
}

/** The lines with each correction's `reads` replaced by its `reading`. */
export function withCorrections(lines: readonly string[], corrections: readonly SpecCorrection[]): string[] {
  const result = lines.map(normalise);
  for (const { line, reads, reading } of corrections) {
    result[line - 1] = (result[line - 1] ?? '').replace(normalise(reads), normalise(reading));
  }
  return result;
}

/**
 * Whether `text` is spread over `lines` in order: each line holds the next run of its words (the
 * longest that fits). Returns what is left unmatched: '' when every word was found and every line
 * gave some; otherwise the words from where it failed, or a note of a line that gave none.
 */
export function matchOnLines(text: string, lines: readonly string[]): string {
  let words = normalise(text).split(' ').filter(Boolean);
  for (const [index, raw] of lines.entries()) {
    const line = normalise(raw);
    let taken = 0;
    for (let count = words.length; count > 0; count--) {
      if (line.includes(words.slice(0, count).join(' '))) {
        taken = count;
        break;
      }
    }
    if (taken === 0) return words.length ? words.join(' ') : `(listed line ${index + 1} of ${lines.length} adds nothing)`;
    words = words.slice(taken);
  }
  return words.join(' ');
}
