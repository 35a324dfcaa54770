import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sameContent } from './same-content';

describe('sameContent', () => {
  it('ignores the order keys were written in, at any depth', () => {
    expect(sameContent({ a: 1, rows: [{ id: 'x', text: 'hi' }] }, { rows: [{ text: 'hi', id: 'x' }], a: 1 })).toBe(true);
  });

  it('sees a changed value, a missing key and a reordered list', () => {
    expect(sameContent({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameContent({ a: 1, b: 2 }, { a: 1 })).toBe(false);
    expect(sameContent([1, 2], [2, 1])).toBe(false);
    expect(sameContent({ a: [] }, { a: {} })).toBe(false);
    expect(sameContent(null, {})).toBe(false);
  });

  it('treats a key holding undefined as absent, as JSON does', () => {
    expect(sameContent({ a: 1, b: undefined }, { a: 1 })).toBe(true);
  });

  it('agrees with JSON text for values written the same way', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (a, b) => {
        expect(sameContent(a, JSON.parse(JSON.stringify(a)))).toBe(true);
        if (JSON.stringify(a) !== JSON.stringify(b)) expect(sameContent(a, b)).toBe(sameContent(JSON.parse(JSON.stringify(a)), b));
      }),
    );
  });
});
