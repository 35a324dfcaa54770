import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from '../../lib/dates';
import { fieldProblems, timeline, timelineSpan } from './calculations';
import { createCommunicationPlanExample } from './example';
import { newActivity, newAudience, type Activity } from './model';

const activity = (id: string, date: string, channel = `Channel ${id}`): Activity => ({ ...newActivity(id), date, channel });

describe('the timeline', () => {
  it('puts dated activities in date order, same-day ones as entered, undated last, and leaves out blank rows', () => {
    const entries = timeline([activity('a', '2027-03-01'), activity('b', ''), newActivity('blank'), activity('c', '2027-01-11'), activity('d', '2027-03-01')]);
    expect(entries.map((e) => [e.activity.id, e.number])).toEqual([
      ['c', 4],
      ['a', 1],
      ['d', 5],
      ['b', 2],
    ]);
  });

  it('gives the span of the worked example in words', () => {
    expect(timelineSpan(createCommunicationPlanExample().data.activities)).toEqual({
      first: '2027-01-11',
      last: '2027-03-01',
      days: 49,
      sentence: '5 dated activities from 11 January 2027 to 1 March 2027, over 7 weeks.',
    });
  });

  it('says one day, a few days, and weeks and days, and nothing without a date', () => {
    expect(timelineSpan([activity('a', '2027-01-11')])?.sentence).toBe('1 dated activity on 11 January 2027.');
    expect(timelineSpan([activity('a', '2027-01-11'), activity('b', '2027-01-13')])?.sentence).toBe('2 dated activities from 11 January 2027 to 13 January 2027, over 3 days.');
    expect(timelineSpan([activity('a', '2027-01-11'), activity('b', '2027-01-19')])?.sentence).toMatch(/over 1 week and 1 day\.$/);
    expect(timelineSpan([activity('a', ''), newActivity('b')])).toBeNull();
  });

  it('is a reordering of the written activities, dated ones ascending then undated ones (property)', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2026-01-01', n));
    const row = fc.record({ date: fc.oneof(day, fc.constant(''), fc.constant('2027-02-30')), channel: fc.constantFrom('', 'Email', 'Call') });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const activities = rows.map((r, i) => activity(`id${i}`, r.date, r.channel));
        const entries = timeline(activities);
        const written = activities.filter((a) => a.date !== '' || a.channel !== '');
        expect(entries.map((e) => e.activity.id).sort()).toEqual(written.map((a) => a.id).sort());
        const dated = entries.filter((e) => isIsoDate(e.activity.date));
        expect(entries.slice(0, dated.length)).toEqual(dated);
        for (let i = 1; i < dated.length; i += 1) {
          const [before, after] = [dated[i - 1]!, dated[i]!];
          expect(before.activity.date <= after.activity.date).toBe(true);
          if (before.activity.date === after.activity.date) expect(before.number).toBeLessThan(after.number);
        }
        const span = timelineSpan(activities);
        expect(span === null).toBe(dated.length === 0);
        if (span) expect(span.sentence).not.toMatch(/NaN|undefined|Infinity/);
      }),
    );
  });
});

describe('the messages at each field', () => {
  const none = { audiences: [], plan: { audienceId: '', aim: '' }, activities: [], actions: [] };

  it('finds an audience named twice, whatever the case or spacing, at the second one', () => {
    const audiences = [{ ...newAudience('a'), name: 'Dental practices' }, { ...newAudience('b'), name: 'Venues' }, { ...newAudience('c'), name: '  dental   PRACTICES ' }];
    expect(fieldProblems({ ...none, audiences })).toEqual({ 'audiences.2.name': 'Audience 1 has this name too: give each audience a name of its own.' });
  });

  it('finds a chosen audience that has gone or lost its name, and a date that is not a calendar date', () => {
    const audiences = [{ ...newAudience('a'), name: '' }];
    const problems = fieldProblems({
      audiences,
      plan: { audienceId: 'a', aim: '' },
      activities: [activity('x', '275760-01-01'), activity('y', '2027-01-11')],
      actions: [{ id: 'z', action: 'Call', audience: 'customers', byWhen: '2027-13-01', measure: '' }],
    });
    expect(Object.keys(problems)).toEqual(['plan.audienceId', 'activities.0.date', 'actions.0.byWhen']);
    expect(problems['activities.0.date']).toMatch(/^This is not a calendar date/);
  });

  it('finds nothing wrong in the worked example or an empty plan', () => {
    expect(fieldProblems(createCommunicationPlanExample().data)).toEqual({});
    expect(fieldProblems(none)).toEqual({});
  });
});
