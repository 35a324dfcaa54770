import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_UNIT_OUTLINES, outlineOf } from '../../lib/spec/outlines';
import { claimedCriteria, criteriaOfUnit, insertionIndex, knowledgeCriteria, observedCriteria } from './criteria';
import { LIST_LIMITS } from './model';

const L3C3 = outlineOf('L3C3')!;

describe('the AC a testimony evidences', () => {
  it('reads the chosen AC in the unit’s order with the spec’s wording, leaving out codes the unit does not have', () => {
    const data = { unit: 'L3C3', observed: [{ code: '3.3', account: 'Closed it.' }, { code: '9.9', account: 'Stray' }, { code: '2.2', account: '' }] };
    expect(claimedCriteria(data)).toEqual([
      { code: '2.2', text: 'Conduct sales negotiations with customers' },
      { code: '3.3', text: 'Close the sale with customers' },
    ]);
    expect(observedCriteria(data).map((c) => `LO${c.outcome.number} ${c.code} ${c.account}`)).toEqual(['LO2 2.2 ', 'LO3 3.3 Closed it.']);
  });

  it('claims nothing until a unit is chosen', () => {
    expect(claimedCriteria({ unit: '', observed: [{ code: '2.2', account: 'x' }] })).toEqual([]);
  });

  it('finds the chosen AC under a knowledge (“Understand…”) outcome', () => {
    expect(knowledgeCriteria({ unit: 'L3C3', observed: [{ code: '1.1', account: '' }, { code: '2.2', account: '' }] })).toEqual(['1.1']);
  });

  it('places a newly ticked AC where the unit’s order puts it', () => {
    const observed = [{ code: '2.2' }, { code: '3.3' }];
    expect(insertionIndex(L3C3, observed, '1.1')).toBe(0);
    expect(insertionIndex(L3C3, observed, '2.4')).toBe(1);
    expect(insertionIndex(L3C3, observed, '3.4')).toBe(2);
    expect(insertionIndex(L3C3, observed, '2.2')).toBe(-1);
    expect(insertionIndex(L3C3, observed, '7.1')).toBe(-1);
  });

  it('keeps any unit’s AC in the spec’s order, whatever order they are ticked in (property)', () => {
    const unit = fc.constantFrom(...ALL_UNIT_OUTLINES);
    fc.assert(
      fc.property(
        unit.chain((u) => fc.tuple(fc.constant(u), fc.shuffledSubarray(criteriaOfUnit(u).map((c) => c.code)))),
        ([u, ticked]) => {
          const observed: Array<{ code: string; account: string }> = [];
          for (const code of ticked) observed.splice(insertionIndex(u, observed, code), 0, { code, account: '' });
          const order = criteriaOfUnit(u).map((c) => c.code);
          expect(observed.map((o) => o.code)).toEqual(order.filter((code) => ticked.includes(code)));
          expect(claimedCriteria({ unit: u.code, observed }).map((c) => c.code)).toEqual(observed.map((o) => o.code));
        },
      ),
    );
  });

  it('lets every AC of the largest unit be chosen', () => {
    expect(Math.max(...ALL_UNIT_OUTLINES.map((u) => criteriaOfUnit(u).length))).toBeLessThanOrEqual(LIST_LIMITS.observed);
  });
});
