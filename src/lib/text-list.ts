/** Lists in words for messages: "a, b and c". One place, so every message reads the same way. */

export type ListOptions = {
  /** "and" (default) or "or": "a, b or c". */
  conjunction?: 'and' | 'or';
  /** Name at most this many; the rest are counted: "a, b, c and 2 more". */
  limit?: number;
  /** The words for the rest when `limit` cuts the list short (default "2 more"), e.g. (n) => `${n} more weeks`. */
  more?: (count: number) => string;
};

/** ['a', 'b', 'c'] → "a, b and c"; one item is itself; none is "". No Oxford comma (UK style). */
export function listInWords(items: readonly string[], { conjunction = 'and', limit, more = (n) => `${n} more` }: ListOptions = {}): string {
  const shown = limit !== undefined && items.length > limit ? items.slice(0, Math.max(0, limit)) : items;
  const rest = items.length - shown.length;
  const parts = rest > 0 ? [...shown, more(rest)] : shown;
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts.at(-1)}`;
}

/** An answer as an export prints it: trimmed, or "Not given" when left empty. */
export const orNotGiven = (value: string) => (value.trim() ? value.trim() : 'Not given');

/**
 * An answer shortened for a one-line summary (a folded item): on one line, at most `max`
 * characters, cut at a word with "…" where it is longer.
 */
export function shortText(value: string, max = 60): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= max) return oneLine;
  const cut = oneLine.slice(0, max - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

/** A folded row's line when every answer in `required` is written, else null: the row is not finished. */
export const lineWhenWritten = (required: ReadonlyArray<string | undefined>, line: () => string): string | null =>
  required.every((value) => (value ?? '').trim() !== '') ? line() : null;
