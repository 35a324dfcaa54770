/** Converting what inputs hold to what the schema stores. No React. */

/** A number input's text as a number, or null when empty or not a number (the field then shows why). */
export function toNumberOrNull(value: unknown): number | null {
  if (value === '' || value === null || value === undefined) return null;
  // An input gives text (or a number, set by code); nothing else is a number.
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return Number.isFinite(n) ? n : null;
}

/** A score select's value ('' or '0'–'5') as a number or null. */
export const toScore = (value: unknown): number | null => (value === '' || value === null || value === undefined ? null : Number(value));

/** Attributes every numeric input shares: a number keyboard on phones and any decimal accepted (and then explained). */
export const NUMBER_INPUT = { type: 'number', inputMode: 'decimal', step: 'any' } as const;
