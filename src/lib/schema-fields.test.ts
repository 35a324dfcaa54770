import { describe, expect, it } from 'vitest';
import { boundedText, dateOrEmpty, rowId } from './schema-fields';

describe('schema fields', () => {
  it('keeps text within its limit', () => {
    expect(boundedText(3).safeParse('abc').success).toBe(true);
    expect(boundedText(3).safeParse('abcd').success).toBe(false);
  });

  it('needs a row id that is not empty', () => {
    expect(rowId().safeParse('r1').success).toBe(true);
    expect(rowId().safeParse('').success).toBe(false);
  });

  it('takes a calendar date or nothing, and says so in words otherwise', () => {
    expect(dateOrEmpty().safeParse('').success).toBe(true);
    expect(dateOrEmpty().safeParse('2028-02-29').success).toBe(true);
    const bad = dateOrEmpty().safeParse('2027-02-29');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('Not a calendar date (yyyy-mm-dd)');
  });
});
