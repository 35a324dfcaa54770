import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../lib/dates';
import { fieldProblems, prospectName, questionTypes } from './calculations';
import { newProspect, newQuestion, type Prospect } from './model';

const prospect = (change: (p: Prospect) => void = () => {}) => {
  const p = newProspect();
  change(p);
  return p;
};

describe('fieldProblems', () => {
  it('finds nothing wrong in a blank document or one with only some dates given', () => {
    expect(fieldProblems({ prospects: [prospect(), prospect((p) => (p.framework.preparedDate = '2026-10-01'))] })).toEqual({});
  });

  it('explains a meeting before the prospect’s interest was confirmed, at the meeting date', () => {
    const problems = fieldProblems({ prospects: [prospect(), prospect((p) => Object.assign(p, { interestDate: '2026-10-10', meeting: { ...p.meeting, date: '2026-10-09' } }))] });
    expect(problems).toEqual({ 'prospects.1.meeting.date': expect.stringContaining('before their interest was confirmed on 10 October 2026') });
  });

  it('explains a confirmation dated after the meeting, and a framework prepared after it', () => {
    const p = prospect((x) => {
      x.meeting.date = '2026-10-14';
      x.meeting.confirmedDate = '2026-10-15';
      x.framework.preparedDate = '2026-10-20';
    });
    const problems = fieldProblems({ prospects: [p] });
    expect(problems['prospects.0.meeting.confirmedDate']).toBe('This is after the meeting on 14 October 2026: a meeting is confirmed before it takes place. Check the date.');
    expect(problems['prospects.0.framework.preparedDate']).toMatch(/prepare for the meeting in advance/);
  });

  it('accepts anything on or before the meeting day, whatever the dates (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (day, a, b, c) => {
        const meeting = addDays('2020-01-01', day);
        const p = prospect((x) => {
          x.meeting.date = meeting;
          x.interestDate = addDays(meeting, -a);
          x.meeting.confirmedDate = addDays(meeting, -b);
          x.framework.preparedDate = addDays(meeting, -c);
        });
        expect(fieldProblems({ prospects: [p] })).toEqual({});
        const late = prospect((x) => {
          x.meeting.date = meeting;
          x.meeting.confirmedDate = addDays(meeting, b + 1);
        });
        expect(Object.keys(fieldProblems({ prospects: [late] }))).toEqual(['prospects.0.meeting.confirmedDate']);
      }),
    );
  });
});

describe('questionTypes', () => {
  it('counts each kind of question once, only for questions written with their kind', () => {
    const p = prospect((x) => {
      x.framework.questions = [
        { ...newQuestion(), type: 'open', question: 'What happens now?' },
        { ...newQuestion(), type: 'open', question: 'And then?' },
        { ...newQuestion(), type: 'probing', question: '' },
        { ...newQuestion(), type: '', question: 'No kind chosen' },
        { ...newQuestion(), type: 'closed', question: 'Is Friday best?' },
      ];
    });
    expect(questionTypes(p)).toEqual(['open', 'closed']);
  });
});

describe('prospectName', () => {
  it('names an unnamed prospect by its place', () => {
    const list = [prospect((p) => (p.name = 'Harlow Dental')), prospect()];
    expect(prospectName(list, list[1]!.id)).toBe('Prospect 2');
  });
});
