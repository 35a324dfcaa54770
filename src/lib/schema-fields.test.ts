import { describe, expect, it } from 'vitest';
import { boundedText, rowId } from './schema-fields';

describe('schema fields', () => {
  it('keeps text within its limit', () => {
    expect(boundedText(3).safeParse('abc').success).toBe(true);
    expect(boundedText(3).safeParse('abcd').success).toBe(false);
  });

  it('needs a row id that is not empty', () => {
    expect(rowId().safeParse('r1').success).toBe(true);
    expect(rowId().safeParse('').success).toBe(false);
  });

});
