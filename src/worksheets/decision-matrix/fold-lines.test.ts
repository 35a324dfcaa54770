import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDecisionExample } from './example';
import { criterionLine, weightShare } from './fold-lines';

const criterion = (name: string, weight: string, meaning = 'Higher is better') => ({ name, weight, meaning });

describe('a criterion’s share of all the weight', () => {
  it('divides by the valid weights only: 5 of 5 + 4 + 3 + 4 + 2 = 18 is 27.8 %', () => {
    expect(weightShare(['5', '4', '3', '4', '2'], 0)).toBeCloseTo(5 / 18, 10);
    expect(weightShare(['5', 'lots', '3'], 0)).toBeCloseTo(5 / 8, 10);
  });

  it('cannot be worked out for a blank, a word, a negative or when every weight is zero', () => {
    expect(weightShare(['', '4'], 0)).toBeNull();
    expect(weightShare(['high', '4'], 0)).toBeNull();
    expect(weightShare(['-1', '4'], 0)).toBeNull();
    expect(weightShare(['0', '0'], 0)).toBeNull();
  });

  it('sums to 1 over the criteria whenever any weight is above zero', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 10 }), (values) => {
        fc.pre(values.some((v) => v > 0));
        const weights = values.map(String);
        const total = weights.reduce((sum, _, i) => sum + (weightShare(weights, i) ?? 0), 0);
        expect(total).toBeCloseTo(1, 9);
      }),
    );
  });
});

describe('a finished criterion folded to one line', () => {
  it('gives its name, weight and share once it is named, weighted and explained', () => {
    const criteria = [criterion('Faster quotes', '5'), criterion('Cost', '4'), criterion('Time', '3'), criterion('Root cause', '4'), criterion('Ease', '2')];
    expect(criterionLine(criteria, 0)).toBe('Faster quotes: weight 5 (27.8 % of all the weight).');
    expect(criterionLine(criteria, 4)).toBe('Ease: weight 2 (11.1 % of all the weight).');
  });

  it('stays open while the name, a valid weight or what it measures is missing', () => {
    expect(criterionLine([criterion('', '5')], 0)).toBeNull();
    expect(criterionLine([criterion('Cost', '')], 0)).toBeNull();
    expect(criterionLine([criterion('Cost', 'five')], 0)).toBeNull();
    expect(criterionLine([criterion('Cost', '5', '  ')], 0)).toBeNull();
    expect(criterionLine([], 0)).toBeNull();
  });

  it('folds every criterion of the worked example', () => {
    const { data } = createDecisionExample();
    data.criteria.forEach((_, i) => expect(criterionLine(data.criteria, i)).toMatch(/: weight \d+ \(\d+(\.\d)? % of all the weight\)\.$/));
  });
});
