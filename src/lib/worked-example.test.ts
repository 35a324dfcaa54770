import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { answersByPath, exampleLikeness, isStillWorkedExample, workedExampleNotice } from './worked-example';

const example = {
  organisation: { name: 'Brightwave', sector: 'Solar' },
  scale: 'Scored 1 to 5',
  forces: [
    { id: 'a', factor: 'Grants end', rating: 4 },
    { id: 'b', factor: 'New rival', rating: 3 },
  ],
  summary: 'Grants matter most.',
};
const empty = { organisation: { name: '', sector: '' }, scale: 'Scored 1 to 5', forces: [], summary: '' };

describe('answersByPath', () => {
  it('keys rows by their id and leaves out ids, empty text, choices, dates and numbers', () => {
    const answers = answersByPath({ rows: [{ id: 'x', text: 'Hi', note: ' ', kind: 'threat', when: '2026-01-02', score: 4 }], top: 'T' });
    expect([...answers.entries()]).toEqual([
      ['.rows[#x].text', 'Hi'],
      ['.top', 'T'],
    ]);
  });
});

describe('exampleLikeness', () => {
  it('counts every answer of an untouched example, leaving out what a blank document holds too', () => {
    // 2 organisation answers + 2 factors + summary = 5; the default scale is not an answer, nor a rating.
    expect(exampleLikeness(structuredClone(example), example, empty)).toEqual({ unchanged: 5, total: 5 });
  });

  it('still counts the answers when rows are reordered or one is added', () => {
    const reordered = { ...example, forces: [example.forces[1], { id: 'c', factor: 'Mine', rating: 2 }, example.forces[0]] };
    expect(exampleLikeness(reordered, example, empty)).toEqual({ unchanged: 5, total: 5 });
  });

  it('drops each answer the learner rewrote', () => {
    const edited = structuredClone(example);
    edited.organisation.name = 'Acme Ltd';
    edited.summary = 'My own summary';
    edited.forces[0]!.factor = 'Interest rates';
    expect(exampleLikeness(edited, example, empty)).toEqual({ unchanged: 2, total: 5 });
  });

  it('finds nothing of the example in a blank document', () => {
    expect(exampleLikeness(empty, example, empty)).toEqual({ unchanged: 0, total: 5 });
  });

  it('never counts more unchanged answers than the example has', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (data, exampleData) => {
        const { unchanged, total } = exampleLikeness(data, exampleData);
        expect(unchanged).toBeGreaterThanOrEqual(0);
        expect(unchanged).toBeLessThanOrEqual(total);
      }),
    );
  });
});

describe('isStillWorkedExample', () => {
  it('is the example while more than half its answers are unchanged', () => {
    expect(isStillWorkedExample({ unchanged: 5, total: 5 })).toBe(true);
    expect(isStillWorkedExample({ unchanged: 4, total: 7 })).toBe(true);
    expect(isStillWorkedExample({ unchanged: 3, total: 7 })).toBe(false);
    expect(isStillWorkedExample({ unchanged: 2, total: 4 })).toBe(false);
    expect(isStillWorkedExample({ unchanged: 0, total: 0 })).toBe(false);
    expect(isStillWorkedExample(undefined)).toBe(false);
  });
});

describe('workedExampleNotice', () => {
  it('says whether the example is wholly or partly unchanged', () => {
    expect(workedExampleNotice({ unchanged: 5, total: 5 })).toContain('worked example, unchanged.');
    expect(workedExampleNotice({ unchanged: 5, total: 7 })).toContain('with 5 of its 7 answers unchanged');
  });
});
