import { describe, expect, it } from 'vitest';
import { ALL_UNIT_OUTLINES } from './outlines';
import { UNIT_REFS, unitTitleRef } from './unit-titles';

describe('the unit-title table', () => {
  it('has every outline’s code and title, in the outlines’ order', () => {
    expect(UNIT_REFS).toEqual(ALL_UNIT_OUTLINES.map((outline) => ({ code: outline.code, title: outline.title })));
  });

  it('finds a unit by its code', () => {
    expect(unitTitleRef('L3B2')).toEqual({ code: 'L3B2', title: 'Understand Organisations' });
  });
});
