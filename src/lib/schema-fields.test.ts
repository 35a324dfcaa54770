import { describe, expect, it } from 'vitest';
import { boundedText, rowId, rowRef, rowSchema, textUpTo } from './schema-fields';

describe('schema fields', () => {
  it('keeps text within its limit', () => {
    expect(boundedText(3).safeParse('abc').success).toBe(true);
    expect(boundedText(3).safeParse('abcd').success).toBe(false);
  });

  it('needs a row id that is not empty', () => {
    expect(rowId().safeParse('r1').success).toBe(true);
    expect(rowId().safeParse('').success).toBe(false);
  });

  it('lets a reference to another row be empty while none is chosen, and keeps it short', () => {
    expect(rowRef().safeParse('').success).toBe(true);
    expect(rowRef().safeParse('x'.repeat(101)).success).toBe(false);
  });

  it('gives a model’s text its longest limit unless a shorter one is asked for', () => {
    const text = textUpTo(5);
    expect(text().safeParse('abcde').success).toBe(true);
    expect(text().safeParse('abcdef').success).toBe(false);
    expect(text(2).safeParse('abc').success).toBe(false);
  });

  it('makes a row of its id and the model’s own fields, in that order', () => {
    const Row = rowSchema({ name: boundedText(10) });
    expect(Object.keys(Row.parse({ name: 'Ann', id: 'r1' }))).toEqual(['id', 'name']);
    expect(Row.safeParse({ id: '', name: 'Ann' }).success).toBe(false);
  });
});
