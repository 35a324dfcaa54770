import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CRITERIA, newSource, SCORES, type Criterion, type Score, type Source } from './model';
import { BEST_COUNT, bestSources, choiceWorking, rankSources, sourceScore, TIE_RULE } from './reliability';

/** A source named `name` with scores in CRITERIA order (currency, accuracy, authority, relevance, sufficiency). */
function source(name: string, scores: readonly number[]): Source {
  const s = newSource();
  s.name = name;
  CRITERIA.forEach((c, i) => {
    s.scores[c] = { score: String(scores[i]) as Score, reason: `${name}: ${c}` };
  });
  return s;
}

describe('a source’s reliability score', () => {
  it('adds the five criteria out of 25, with the working', () => {
    expect(sourceScore(source('CRM', [5, 4, 4, 5, 4]))).toMatchObject({ total: 22, working: '5 + 4 + 4 + 5 + 4 = 22 of 25' });
  });

  it('is not given while any criterion is unscored', () => {
    const s = source('Forum', [3, 3, 3, 3, 3]);
    s.scores.authority.score = '';
    expect(sourceScore(s)).toBeNull();
  });
});

describe('the best three sources', () => {
  const five = [
    source('Trade magazine', [3, 3, 4, 4, 3]), // 17
    source('Our CRM', [5, 4, 4, 5, 4]), // 22
    source('ONS statistics', [3, 5, 5, 3, 4]), // 20
    source('Competitor website', [4, 2, 2, 4, 2]), // 14
    source('Trade association survey', [4, 4, 5, 4, 3]), // 20
  ];

  it('are the three highest totals, ranked, with the working for the one left out', () => {
    const ranked = rankSources(five);
    expect(ranked.map((r) => [r.rank, r.source.name, r.total, r.isChosen])).toEqual([
      [1, 'Our CRM', 22, true],
      [2, 'ONS statistics', 20, true],
      [3, 'Trade association survey', 20, true],
      [4, 'Trade magazine', 17, false],
      [5, 'Competitor website', 14, false],
    ]);
    expect(choiceWorking(ranked)).toBe('The highest source not chosen, Trade magazine, scores 17: 3 below the third chosen, Trade association survey (20).');
  });

  it('break a tie on accuracy, then currency, then the order listed, and say so', () => {
    const ranked = rankSources(five);
    // ONS and the survey both score 20: ONS is more accurate (5 against 4).
    expect(ranked[1]!.tieNote).toBe('Level with Trade association survey on 20: placed above it for higher accuracy (5 against 4).');
    const sameAccuracy = rankSources([source('A', [3, 4, 4, 4, 4]), source('B', [4, 4, 3, 4, 4])]);
    expect(sameAccuracy.map((r) => r.source.name)).toEqual(['B', 'A']);
    expect(sameAccuracy[0]!.tieNote).toContain('higher currency (4 against 3)');
    const identical = rankSources([source('First', [4, 4, 4, 4, 4]), source('Second', [4, 4, 4, 4, 4])]);
    expect(identical.map((r) => r.source.name)).toEqual(['First', 'Second']);
    expect(identical[0]!.tieNote).toContain('as it is listed first');
  });

  it('say when the third is chosen over the fourth by the tie rule', () => {
    const ranked = rankSources([source('A', [5, 5, 5, 5, 5]), source('B', [4, 4, 4, 4, 4]), source('C', [3, 4, 4, 4, 4]), source('D', [4, 3, 4, 4, 4])]);
    expect(ranked.map((r) => r.source.name)).toEqual(['A', 'B', 'C', 'D']);
    expect(choiceWorking(ranked)).toBe(`D scores 19, the same as C: C is chosen by the tie rule. ${TIE_RULE}`);
  });

  it('leave out sources not yet named or scored', () => {
    const partly = source('Half done', [4, 4, 4, 4, 4]);
    partly.scores.sufficiency.score = '';
    expect(bestSources([...five, partly, newSource()]).map((s) => s.name)).toEqual(['Our CRM', 'ONS statistics', 'Trade association survey']);
  });

  const scoresArb = fc.array(fc.constantFrom(...SCORES), { minLength: 5, maxLength: 5 });
  const sourcesArb = fc.array(scoresArb, { minLength: 0, maxLength: 12 }).map((all) => all.map((scores, i) => source(`S${i}`, scores.map(Number))));

  it('are never outscored by a source not chosen, whatever the scores (property)', () => {
    fc.assert(
      fc.property(sourcesArb, (sources) => {
        const ranked = rankSources(sources);
        const chosen = ranked.filter((r) => r.isChosen);
        const rest = ranked.filter((r) => !r.isChosen);
        expect(chosen).toHaveLength(Math.min(BEST_COUNT, sources.length));
        for (const c of chosen) for (const r of rest) expect(c.total).toBeGreaterThanOrEqual(r.total);
      }),
    );
  });

  it('are the same whatever order equal sources arrive in, once the listed order is fixed (property: a stable rule)', () => {
    fc.assert(
      fc.property(sourcesArb, (sources) => {
        const first = rankSources(sources).map((r) => r.source.id);
        expect(rankSources(sources).map((r) => r.source.id)).toEqual(first);
        // A tie is broken only by accuracy, currency or listing order: each pair in order obeys the rule.
        const ranked = rankSources(sources);
        const score = (s: Source, c: Criterion) => Number(s.scores[c].score);
        for (let i = 1; i < ranked.length; i += 1) {
          const [a, b] = [ranked[i - 1]!, ranked[i]!];
          const key = (r: typeof a) => [r.total, score(r.source, 'accuracy'), score(r.source, 'currency'), -r.index];
          const [ka, kb] = [key(a), key(b)];
          const firstDifference = ka.findIndex((v, j) => v !== kb[j]);
          expect(firstDifference).toBeGreaterThanOrEqual(0);
          expect(ka[firstDifference]!).toBeGreaterThan(kb[firstDifference]!);
        }
      }),
    );
  });
});
