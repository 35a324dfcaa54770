import { describe, expect, it } from 'vitest';
import { dateOrEmpty, rowIdSchema, textUpTo } from './row-schema';

describe('row schema pieces', () => {
  it('takes text up to its limit, empty included, and refuses more', () => {
    expect(textUpTo(3).safeParse('').success).toBe(true);
    expect(textUpTo(3).safeParse('abc').success).toBe(true);
    expect(textUpTo(3).safeParse('abcd').success).toBe(false);
  });

  it('needs a row id that is not empty', () => {
    expect(rowIdSchema.safeParse('a1').success).toBe(true);
    expect(rowIdSchema.safeParse('').success).toBe(false);
  });

  it('takes a calendar date or empty, and refuses a day that does not exist', () => {
    expect(dateOrEmpty.safeParse('').success).toBe(true);
    expect(dateOrEmpty.safeParse('2026-02-28').success).toBe(true);
    expect(dateOrEmpty.safeParse('2026-02-30').success).toBe(false);
    expect(dateOrEmpty.safeParse('28/02/2026').success).toBe(false);
  });
});
