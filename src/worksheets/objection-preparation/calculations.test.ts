import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { concernFrequencies, frequencyText, mindsetDateProblem, readTimes, timesProblem, TIMES_MAX } from './calculations';
import { createObjectionPreparationExample } from './example';
import { newProspect, type Concern, type PreviousObjection } from './model';

const concern = (id: string, name = id): Concern => ({ id, concern: name, response: '' });
const said = (concernId: string, times: string, text = `objection for ${concernId}`): PreviousObjection => ({ id: `${concernId}-${times}-${text}`, said: text, sourceId: '', times, concernId });

describe('reading how many times an objection came up', () => {
  it('reads whole numbers as learners type them', () => {
    expect(readTimes('3')).toEqual({ ok: true, value: 3 });
    expect(readTimes(' 12 ')).toEqual({ ok: true, value: 12 });
    expect(readTimes('1,200')).toEqual({ ok: true, value: 1200 });
    expect(readTimes('4 times')).toEqual({ ok: true, value: 4 });
  });

  it('refuses anything else with a plain reason', () => {
    expect(readTimes('')).toEqual({ ok: false, reason: 'Enter how many times it came up, for example 3.' });
    expect(readTimes('lots')).toEqual({ ok: false, reason: '“lots” is not a number: enter how many times it came up, for example 3.' });
    expect(readTimes('0')).toMatchObject({ ok: false, reason: expect.stringContaining('at least once') });
    expect(readTimes('-2')).toMatchObject({ ok: false, reason: expect.stringContaining('at least once') });
    expect(readTimes('2.5')).toMatchObject({ ok: false, reason: expect.stringContaining('whole number') });
    expect(readTimes(String(TIMES_MAX + 1))).toMatchObject({ ok: false, reason: expect.stringContaining('check the number') });
    expect(readTimes('9'.repeat(400))).toMatchObject({ ok: false });
  });

  it('says nothing about a row not started, and explains a count that does not read', () => {
    expect(timesProblem({ said: '', times: '' })).toBeUndefined();
    expect(timesProblem({ said: 'Too dear', times: '' })).toMatch(/Enter how many times/);
    expect(timesProblem({ said: 'Too dear', times: '2' })).toBeUndefined();
  });
});

describe('how often each common concern came up', () => {
  it('adds up the worked example: value 9 + 5, disruption 6 + 4, compliance 4', () => {
    const summary = concernFrequencies(createObjectionPreparationExample().data);
    expect(summary.total).toBe(28);
    expect(summary.rows.map((r) => [r.concern.concern, r.times, r.share, r.objections, r.rank])).toEqual([
      ['Not convinced the cost is worth it', 14, 0.5, 2, 1],
      ['Afraid the change will disrupt the business', 10, 10 / 28, 2, 2],
      ['Worried about data protection and compliance', 4, 4 / 28, 1, 3],
    ]);
    expect(frequencyText(summary.rows[0]!, summary.total)).toBe('14 of 28 (50 %)');
    expect(frequencyText(summary.rows[2]!, summary.total)).toBe('4 of 28 (14 %)');
  });

  it('ranks concerns that came up equally often together (1, 1, 3), keeping the learner’s order', () => {
    const summary = concernFrequencies({ concerns: [concern('a'), concern('b'), concern('c')], previous: [said('c', '5'), said('a', '2'), said('b', '5')] });
    expect(summary.rows.map((r) => [r.concern.id, r.rank])).toEqual([
      ['b', 1],
      ['c', 1],
      ['a', 3],
    ]);
  });

  it('leaves out, and counts apart, objections not grouped or whose count does not read', () => {
    const summary = concernFrequencies({
      concerns: [concern('a')],
      previous: [said('a', '3'), said('', '2'), said('gone', '4'), said('a', 'two'), { ...said('a', '7'), said: '  ' }],
    });
    expect(summary).toMatchObject({ total: 3, ungrouped: 2, unreadable: 1 });
    expect(summary.rows[0]).toMatchObject({ times: 3, share: 1, objections: 1 });
  });

  it('gives a share of 0, not NaN, while nothing is counted, and skips unnamed concerns', () => {
    const summary = concernFrequencies({ concerns: [concern('a'), concern('b', ' ')], previous: [] });
    expect(summary.rows).toEqual([{ concern: concern('a'), times: 0, share: 0, objections: 0, rank: 1 }]);
    expect(frequencyText(summary.rows[0]!, 0)).toBe('0');
  });

  it('for any objections typed: counts add up, shares make 100 %, the order and ranks agree, and every number is finite', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const times = fc.oneof(fc.integer({ min: -5, max: 50 }).map(String), fc.string({ maxLength: 6 }), fc.constantFrom('', '2.5', '1,000', '3 times'));
    const entry = fc.record({ concernId: fc.constantFrom(...ids, '', 'gone'), times, said: fc.constantFrom('', 'Too dear', 'Not now') });
    fc.assert(
      fc.property(fc.subarray(ids), fc.array(entry, { maxLength: 30 }), (named, entries) => {
        const previous = entries.map((e, i) => ({ id: `p${i}`, sourceId: '', ...e }));
        const summary = concernFrequencies({ concerns: named.map((id) => concern(id)), previous });
        const recorded = previous.filter((p) => p.said.trim());
        const readable = recorded.filter((p) => readTimes(p.times).ok);
        const grouped = readable.filter((p) => named.includes(p.concernId));
        expect(summary.rows).toHaveLength(named.length);
        expect(summary.total).toBe(grouped.reduce((sum, p) => sum + (readTimes(p.times) as { value: number }).value, 0));
        expect(summary.unreadable).toBe(recorded.length - readable.length);
        expect(summary.ungrouped).toBe(readable.length - grouped.length);
        expect(summary.rows.reduce((sum, r) => sum + r.times, 0)).toBe(summary.total);
        const shares = summary.rows.reduce((sum, r) => sum + r.share, 0);
        expect(summary.total > 0 ? Math.abs(shares - 1) < 1e-9 : shares === 0).toBe(true);
        for (const [i, row] of summary.rows.entries()) {
          expect(Number.isFinite(row.share) && row.share >= 0 && row.share <= 1).toBe(true);
          if (i > 0) expect(row.times).toBeLessThanOrEqual(summary.rows[i - 1]!.times);
          expect(row.rank).toBe(1 + summary.rows.filter((other) => other.times > row.times).length);
          expect(frequencyText(row, summary.total)).not.toMatch(/NaN|Infinity/);
        }
      }),
    );
  });
});

describe('a positive mindset is created before the meeting', () => {
  const prospect = { ...newProspect(), id: 'p1', name: 'Harlow Dental', meetingDate: '2026-10-14' };
  it('explains a technique dated after the meeting it prepared for', () => {
    expect(mindsetDateProblem({ date: '2026-10-15', prospectId: 'p1' }, [prospect])).toBe(
      'This is after the meeting with Harlow Dental on 14 October 2026: the unit asks for a positive mindset created before the meeting. Check the date, or the meeting it was for.',
    );
  });
  it('accepts the same day or earlier, and says nothing while a date or the meeting is missing', () => {
    expect(mindsetDateProblem({ date: '2026-10-14', prospectId: 'p1' }, [prospect])).toBeUndefined();
    expect(mindsetDateProblem({ date: '2026-10-01', prospectId: 'p1' }, [prospect])).toBeUndefined();
    expect(mindsetDateProblem({ date: '', prospectId: 'p1' }, [prospect])).toBeUndefined();
    expect(mindsetDateProblem({ date: '2026-10-20', prospectId: '' }, [prospect])).toBeUndefined();
    expect(mindsetDateProblem({ date: '2026-10-20', prospectId: 'p1' }, [{ ...prospect, meetingDate: '' }])).toBeUndefined();
  });
});
