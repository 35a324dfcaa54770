import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellKey, createEmptyDecision, type DecisionData } from './model';
import {
  evaluateMatrix,
  fallText,
  rankTotals,
  riseText,
  scoreProblem,
  verdict,
  weightedTotals,
  weightProblem,
  weightSensitivity,
} from './calculations';
import { formatNumber, numberOrNull } from '../../lib/numbers';

/** A matrix from names, weights and a score table, as the learner would type it. */
function matrix(optionNames: string[], criteria: Array<[string, string]>, scores: string[][], scale: DecisionData['scale'] = '1-5') {
  const data = createEmptyDecision();
  data.scale = scale;
  data.options = optionNames.map((name, i) => ({ id: `o${i}`, name, description: '' }));
  data.criteria = criteria.map(([name, weight], j) => ({ id: `c${j}`, name, weight, meaning: '' }));
  data.options.forEach((o, i) =>
    data.criteria.forEach((c, j) => {
      data.cells[cellKey(o.id, c.id)] = { score: scores[i]?.[j] ?? '', note: '' };
    }),
  );
  return data;
}

const complete = (data: DecisionData) => {
  const result = evaluateMatrix(data);
  if (result.status !== 'complete') throw new Error(`Expected a complete matrix, got: ${result.problems.join(' | ')}`);
  return result;
};

// Worked example: weights 5, 3, 2 (shares 50 %, 30 %, 20 %).
// A = 0.5×4 + 0.3×3 + 0.2×5 = 3.9; B = 0.5×3 + 0.3×5 + 0.2×4 = 3.8; C = 0.5×5 + 0.3×2 + 0.2×2 = 3.5.
const worked = () =>
  matrix(
    ['A', 'B', 'C'],
    [
      ['Cost', '5'],
      ['Speed', '3'],
      ['Ease', '2'],
    ],
    [
      ['4', '3', '5'],
      ['3', '5', '4'],
      ['5', '2', '2'],
    ],
  );

/** The oracle for the property test: the single best option, or null when two or more share the top total. */
function winnerIndex(scores: number[][], weights: number[]): number | null {
  const ranked = rankTotals(weightedTotals(scores, weights));
  const top = ranked[0];
  return top && !top.isTied ? top.index : null;
}

describe('reading typed numbers', () => {
  it('reads plain numbers and refuses anything else', () => {
    expect(numberOrNull(' 3 ')).toBe(3);
    expect(numberOrNull('0.25')).toBe(0.25);
    expect(numberOrNull('.5')).toBe(0.5);
    expect(numberOrNull('')).toBeNull();
    expect(numberOrNull('3a')).toBeNull();
    expect(numberOrNull('1e3')).toBeNull();
    expect(numberOrNull('Infinity')).toBeNull();
  });
  it('checks scores against the chosen scale', () => {
    expect(scoreProblem('5', '1-5')).toBeNull();
    expect(scoreProblem('', '1-5')).toBeNull();
    expect(scoreProblem('6', '1-5')).toBe('Use a whole number from 1 to 5.');
    expect(scoreProblem('0', '1-5')).toBe('Use a whole number from 1 to 5.');
    expect(scoreProblem('0', '0-10')).toBeNull();
    expect(scoreProblem('2.5', '1-10')).toBe('Use a whole number from 1 to 10.');
    expect(scoreProblem('three', '1-5')).toBe('Use a whole number from 1 to 5.');
  });
  it('accepts zero and decimal weights but not negative or non-numbers', () => {
    expect(weightProblem('0')).toBeNull();
    expect(weightProblem('0.3')).toBeNull();
    expect(weightProblem('-1')).toBe('A weight cannot be negative.');
    expect(weightProblem('high')).toBe('Use a number, such as 3 or 0.25.');
  });
});

describe('weighted totals and ranking (worked numbers)', () => {
  it('normalises the weights and totals each option on the scale of the scores', () => {
    const result = complete(worked());
    expect(result.weights.map((w) => w.share)).toEqual([0.5, 0.3, 0.2]);
    expect(result.results.map((r) => [r.name, Number(r.total.toFixed(10)), r.rank, r.isTied])).toEqual([
      ['A', 3.9, 1, false],
      ['B', 3.8, 2, false],
      ['C', 3.5, 3, false],
    ]);
    const b = result.results[1]!;
    expect(b.contributions.map((c) => Number(c.toFixed(10)))).toEqual([1.5, 1.5, 0.8]);
  });

  it('reports no clear winner when the margin is under 10 % of the winner’s score', () => {
    const result = complete(worked());
    expect(result.winner?.name).toBe('A');
    expect(result.margin).toBeCloseTo(0.1, 10);
    expect(result.isClearWinner).toBe(false);
    expect(result.isFragile).toBe(true);
    expect(verdict(result)).toBe(
      'No clear winner: “A” scores highest with 3.9 out of 5, but only 0.1 ahead of “B” (2.6 % of its score); a margin under 10 % is too small to call.',
    );
  });

  it('calls a clear winner when the margin is 10 % or more', () => {
    // Equal weights: A = 4.5, B = 3, C = 2. Margin 1.5 is 33 % of 4.5.
    const result = complete(matrix(['A', 'B', 'C'], [['X', '1'], ['Y', '1']], [['5', '4'], ['3', '3'], ['2', '2']]));
    expect(result.isClearWinner).toBe(true);
    expect(verdict(result)).toBe('“A” scores highest with 4.5 out of 5, 1.5 ahead of “B” (33.3 % of its score).');
  });

  it('flags ties, gives tied options the same rank and names no winner when the top is tied', () => {
    const result = complete(matrix(['A', 'B', 'C'], [['X', '2'], ['Y', '1']], [['3', '5'], ['4', '3'], ['5', '1']]));
    // A = (6+5)/3, B = (8+3)/3, C = (10+1)/3: all 11/3.
    expect(result.results.map((r) => [r.name, r.rank, r.isTied])).toEqual([
      ['A', 1, true],
      ['B', 1, true],
      ['C', 1, true],
    ]);
    expect(result.winner).toBeNull();
    expect(result.isClearWinner).toBe(false);
    expect(result.sensitivity).toEqual([]);
    expect(verdict(result)).toBe('No clear winner: “A”, “B” and “C” tie at the top with 3.67 out of 5.');
  });

  it('ranks a tie below the top as 2, 2, 4', () => {
    expect(rankTotals([9, 5, 5, 1]).map((r) => [r.index, r.rank, r.isTied])).toEqual([
      [0, 1, false],
      [1, 2, true],
      [2, 2, true],
      [3, 4, false],
    ]);
  });

  it('treats totals equal but for floating-point rounding as a tie', () => {
    // 0.1 × 3 + 0.2 × 3 is 0.9000000000000001 in floating point; 0.3 × 3 is 0.8999999999999999.
    expect(rankTotals([0.1 * 3 + 0.2 * 3, 0.3 * 3]).every((r) => r.isTied && r.rank === 1)).toBe(true);
  });
});

describe('bad input gives plain messages and no ranking', () => {
  const problemsOf = (data: DecisionData) => {
    const result = evaluateMatrix(data);
    expect(result.status).toBe('incomplete');
    return result.status === 'incomplete' ? result.problems : [];
  };

  it('names a score outside the scale', () => {
    const data = worked();
    data.cells[cellKey('o1', 'c2')] = { score: '7', note: '' };
    expect(problemsOf(data)).toEqual(['The score of “B” on “Ease” is “7”. Use a whole number from 1 to 5.']);
  });

  it('names missing cells and counts them', () => {
    const data = worked();
    data.cells[cellKey('o0', 'c0')] = { score: ' ', note: '' };
    delete data.cells[cellKey('o2', 'c1')];
    expect(problemsOf(data)).toEqual(['2 cells have no score yet: “A” on “Cost” and “C” on “Speed”.']);
  });

  it('asks for a weight that is empty and explains one that is not a number', () => {
    const data = worked();
    data.criteria[0]!.weight = '';
    data.criteria[1]!.weight = 'lots';
    expect(problemsOf(data)).toEqual(['Give “Cost” a weight.', 'The weight of “Speed” is “lots”. Use a number, such as 3 or 0.25.']);
  });

  it('refuses all-zero weights', () => {
    const data = worked();
    data.criteria.forEach((c) => (c.weight = '0'));
    expect(problemsOf(data)).toEqual(['All the weights are zero: give at least one criterion a weight above zero.']);
  });

  it('refuses duplicate option and criterion names, whatever their case', () => {
    const data = worked();
    data.options[2]!.name = ' a ';
    data.criteria[2]!.name = 'cost';
    expect(problemsOf(data)).toEqual([
      'Two options are called “A”: give each option a different name.',
      'Two criteria are called “Cost”: give each criterion a different name.',
    ]);
  });

  it('needs two options, a criterion and names', () => {
    expect(problemsOf(createEmptyDecision())).toEqual(['Add at least two options to compare.', 'Add at least one criterion with a weight.']);
    const data = worked();
    data.options[1]!.name = '';
    expect(problemsOf(data)).toEqual(['Give Option 2 a name.']);
  });
});

describe('sensitivity (worked numbers)', () => {
  const sensitivity = () => complete(worked()).sensitivity;

  it('finds where raising or lowering the biggest weight changes the winner', () => {
    // Cost (now 5): B draws level at 4 (A = 19 + 4×4 = 35, B = 23 + 4×3 = 35); C at 9 (55 each).
    const cost = sensitivity()[0]!;
    expect(cost.down).toMatchObject({ weight: 4, rivals: ['B'] });
    expect(cost.down!.share).toBeCloseTo(4 / 9, 12);
    expect(cost.up).toMatchObject({ weight: 9, rivals: ['C'] });
    expect(cost.isFragile).toBe(false);
  });

  it('says when no move in a direction can change the winner and flags a fragile weight', () => {
    // Speed (now 3, share 30 %): B draws level at 3.5 (share 33.3 %), under five points away.
    const speed = sensitivity()[1]!;
    expect(speed.up).toMatchObject({ weight: 3.5, rivals: ['B'] });
    expect(speed.down).toBeNull();
    expect(speed.isFragile).toBe(true);
    // Ease (now 2): A scores best on it, so raising it never hurts A; at 1, B draws level.
    const ease = sensitivity()[2]!;
    expect(ease.up).toBeNull();
    expect(ease.down).toMatchObject({ weight: 1, rivals: ['B'] });
    expect([riseText(ease), fallText(ease)]).toEqual(['Any rise: winner unchanged', 'to 1 (11.1 %): “B” draws level']);
  });

  it('reports that a criterion every option scores the same on cannot change the winner', () => {
    const result = complete(matrix(['A', 'B'], [['X', '1'], ['Same', '4']], [['5', '3'], ['2', '3']]));
    const same = result.sensitivity[1]!;
    expect(same.up).toBeNull();
    expect(same.down).toBeNull();
    expect([riseText(same), fallText(same)]).toEqual(['Any rise: winner unchanged', 'Down to 0: winner unchanged']);
  });

  it('does not count a fall to zero as a change when no other criterion has weight', () => {
    const result = complete(matrix(['A', 'B'], [['X', '2'], ['Y', '0']], [['5', '1'], ['3', '5']]));
    expect(result.sensitivity[0]!.down).toBeNull();
    // Raising Y from 0: A = (10 + y) / (2 + y), B = (6 + 5y) / (2 + y): level at y = 1.
    expect(result.sensitivity[1]!.up).toMatchObject({ weight: 1, rivals: ['B'] });
  });
});

describe('sensitivity when several options draw level at once', () => {
  it('names every option that draws level, not only the first', () => {
    // W = (5 + 1) / 2 = 3; A, B and C each (1 + 4) / 2 = 2.5. Raising Y to y: W = (5 + y) / (1 + y),
    // A = B = C = (1 + 4y) / (1 + y): all three level with W at y = 4 / 3.
    const result = complete(matrix(['W', 'A', 'B', 'C'], [['X', '1'], ['Y', '1']], [['5', '1'], ['1', '4'], ['1', '4'], ['1', '4']]));
    const y = result.sensitivity[1]!;
    expect(y.up).toMatchObject({ rivals: ['A', 'B', 'C'] });
    expect(y.up!.weight).toBeCloseTo(4 / 3, 12);
    expect(riseText(y)).toBe('to 1.33 (57.1 %): “A”, “B” and “C” draw level');
  });

  it('names only the options that draw level first when others cross later', () => {
    const result = complete(matrix(['W', 'A', 'B'], [['X', '1'], ['Y', '1']], [['5', '1'], ['1', '4'], ['1', '3']]));
    // A crosses at y = 4 / 3 (W: 5 + y = A: 1 + 4y), B only later at y = 2 (5 + y = 1 + 3y).
    expect(result.sensitivity[1]!.up).toMatchObject({ rivals: ['A'] });
    expect(riseText(result.sensitivity[1]!)).toBe('to 1.33 (57.1 %): “A” draws level');
  });
});

// Random matrices: 2–6 options, 1–5 criteria, whole scores 1–5, whole weights 0–10 (not all zero).
const randomMatrix = fc
  .record({ options: fc.integer({ min: 2, max: 6 }), criteria: fc.integer({ min: 1, max: 5 }) })
  .chain(({ options, criteria }) =>
    fc.record({
      scores: fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: criteria, maxLength: criteria }), { minLength: options, maxLength: options }),
      weights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: criteria, maxLength: criteria }).filter((w) => w.some((x) => x > 0)),
    }),
  );

const nearlyLevel = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const withWeight = (weights: number[], k: number, x: number) => weights.map((w, j) => (j === k ? x : w));

describe('properties', () => {
  it('multiplying every weight by the same positive number changes no total and no ranking', () => {
    fc.assert(
      fc.property(randomMatrix, fc.double({ min: 0.001, max: 1000, noNaN: true }), ({ scores, weights }, factor) => {
        const before = rankTotals(weightedTotals(scores, weights));
        const after = rankTotals(weightedTotals(scores, weights.map((w) => w * factor)));
        expect(after.map((r) => [r.index, r.rank, r.isTied])).toEqual(before.map((r) => [r.index, r.rank, r.isTied]));
      }),
    );
  });

  it('every total lies on the scale and is the sum of its criterion parts', () => {
    fc.assert(
      fc.property(randomMatrix, ({ scores, weights }) => {
        const data = matrix(
          scores.map((_, i) => `Option ${i}`),
          weights.map((w, j) => [`Criterion ${j}`, String(w)]),
          scores.map((row) => row.map(String)),
        );
        const result = complete(data);
        for (const r of result.results) {
          expect(r.total).toBeGreaterThanOrEqual(1 - 1e-9);
          expect(r.total).toBeLessThanOrEqual(5 + 1e-9);
          expect(r.contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(r.total, 9);
          expect(formatNumber(r.total)).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
    );
  });

  it('the reported threshold really changes the winner, and nothing short of it does', () => {
    fc.assert(
      fc.property(randomMatrix, ({ scores, weights }) => {
        const winner = winnerIndex(scores, weights);
        if (winner === null) return;
        weights.forEach((w, k) => {
          const s = weightSensitivity(scores, weights, k, winner);
          const nudge = (x: number) => 1e-6 * Math.max(1, x);
          for (const t of [s.up, s.down]) {
            if (!t) continue;
            const totals = weightedTotals(scores, withWeight(weights, k, t.weight));
            const top = Math.max(...totals);
            // Every option named draws level with the winner there; every option not named stays behind.
            expect(totals.map((total, i) => i !== winner && nearlyLevel(total, totals[winner]!))).toEqual(totals.map((_, i) => t.rivalIndexes.includes(i)));
            expect(nearlyLevel(totals[winner]!, top)).toBe(true);
          }
          if (s.up) {
            expect(s.up.weight).toBeGreaterThan(w);
            expect(winnerIndex(scores, withWeight(weights, k, s.up.weight))).not.toBe(winner);
            expect(winnerIndex(scores, withWeight(weights, k, s.up.weight + nudge(s.up.weight)))).not.toBe(winner);
            expect(winnerIndex(scores, withWeight(weights, k, s.up.weight - nudge(s.up.weight)))).toBe(winner);
          }
          if (s.down) {
            expect(s.down.weight).toBeLessThan(w);
            expect(winnerIndex(scores, withWeight(weights, k, s.down.weight))).not.toBe(winner);
            if (s.down.weight > 0) {
              expect(winnerIndex(scores, withWeight(weights, k, s.down.weight - nudge(s.down.weight)))).not.toBe(winner);
            }
            expect(winnerIndex(scores, withWeight(weights, k, s.down.weight + nudge(s.down.weight)))).toBe(winner);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  it('agrees with a brute-force search over the weight', () => {
    const STEP = 0.1;
    // Above any crossing these matrices can have: a score gap of at most 4 times at most 40 of other weight.
    const CEILING = 170;
    // An independent winner: the strict maximum of the totals, or none on a tie.
    const bruteWinner = (scores: number[][], weights: number[]) => {
      const totals = weightedTotals(scores, weights);
      const best = Math.max(...totals);
      const top = totals.flatMap((t, i) => (Math.abs(t - best) <= 1e-9 * Math.max(1, best) ? [i] : []));
      return top.length === 1 ? top[0]! : null;
    };
    let crossingsFound = 0;
    fc.assert(
      fc.property(randomMatrix, ({ scores, weights }) => {
        const winner = bruteWinner(scores, weights);
        if (winner === null) return;
        weights.forEach((w, k) => {
          const othersSum = weights.reduce((sum, x, j) => (j === k ? sum : sum + x), 0);
          const changesAt = (x: number) => bruteWinner(scores, withWeight(weights, k, x)) !== winner;
          let firstUp: number | null = null;
          for (let x = w; x <= CEILING; x += STEP) {
            if (changesAt(x)) {
              firstUp = x;
              break;
            }
          }
          let firstDown: number | null = null;
          for (let x = w; x >= (othersSum === 0 ? STEP : 0) - 1e-12; x -= STEP) {
            if (changesAt(Math.max(0, x))) {
              firstDown = Math.max(0, x);
              break;
            }
          }
          const s = weightSensitivity(scores, weights, k, winner);
          if (firstUp !== null || firstDown !== null) crossingsFound += 1;
          if (firstUp === null) expect(s.up).toBeNull();
          else {
            expect(s.up).not.toBeNull();
            expect(s.up!.weight).toBeLessThanOrEqual(firstUp + 1e-9);
            expect(s.up!.weight).toBeGreaterThan(firstUp - STEP - 1e-9);
          }
          if (firstDown === null) expect(s.down).toBeNull();
          else {
            expect(s.down).not.toBeNull();
            expect(s.down!.weight).toBeGreaterThanOrEqual(firstDown - 1e-9);
            expect(s.down!.weight).toBeLessThan(firstDown + STEP + 1e-9);
          }
        });
      }),
      { numRuns: 80 },
    );
    // The search is not vacuous: many random matrices do have a weight that changes the winner.
    expect(crossingsFound).toBeGreaterThan(20);
  }, 30_000);
});
