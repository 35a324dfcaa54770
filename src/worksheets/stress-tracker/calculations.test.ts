import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, datesFrom } from '../../lib/dates';
import { numberOrNull } from '../../lib/numbers';
import {
  compareFirstAndLastWeeks,
  compareMeasurements,
  coverage,
  dailyRows,
  emptyDraft,
  isAtLeastOneMonth,
  measurementProblems,
  measurementScore,
  onRatingScale,
  showsSustainedHighStress,
  techniqueMonth,
  trackingPeriod,
  trackingWeeks,
  validateCheckIn,
  weekChangeSentence,
} from './calculations';
import { createEmptyStress, type CheckIn, type StressData } from './model';
import { selfCheckScore } from './self-check';

const checkIn = (date: string, rating: number, extra: Partial<CheckIn> = {}): CheckIn => ({
  id: `c-${date}`,
  date,
  rating,
  zone: 'reacting',
  usedTechnique: true,
  minutes: 10,
  note: '',
  ...extra,
});

/** A tracker with an online questionnaire, a baseline, an optional retake and check-ins on the given dates. */
function tracker(baseline: string, retake: string, checkIns: CheckIn[] = []): StressData {
  const data = createEmptyStress();
  data.instrument = { kind: 'online', name: 'Stress test', link: '', max: '40', higherMeans: 'more-stress' };
  data.baseline = { ...data.baseline, date: baseline, score: '24' };
  data.retake = { ...data.retake, date: retake, score: retake ? '14' : '' };
  data.checkIns = checkIns;
  return data;
}

describe('typed numbers', () => {
  it('reads whole and decimal numbers and refuses anything else', () => {
    expect(numberOrNull(' 18 ')).toBe(18);
    expect(numberOrNull('18.5')).toBe(18.5);
    expect(numberOrNull('-2')).toBe(-2);
    for (const bad of ['', 'ten', '1e3', '12abc', 'Infinity', 'NaN']) expect(numberOrNull(bad)).toBeNull();
    // Changed with the one readNumber: "1,000" was refused here but read by every other worksheet.
    expect(numberOrNull('1,000')).toBe(1000);
  });
});

describe('scores', () => {
  it('totals the built-in self-check only when every statement is answered', () => {
    expect(selfCheckScore([3, 3, 2, 3, 2, 3, 2, 3])).toBe(21);
    expect(selfCheckScore([0, 0, 0, 0, 0, 0, 0, 0])).toBe(0);
    expect(selfCheckScore([4, 4, 4, 4, 4, 4, 4, 4])).toBe(32);
    expect(selfCheckScore([3, 3, 2, null, 2, 3, 2, 3])).toBeNull();
  });

  it('gives an online score out of its maximum, and nothing for a score above it', () => {
    const data = tracker('2027-03-01', '');
    expect(measurementScore(data.instrument, data.baseline)).toEqual({ score: 24, max: 40 });
    expect(measurementScore(data.instrument, { ...data.baseline, score: '41' })).toBeNull();
    expect(measurementScore({ ...data.instrument, max: 'forty' }, data.baseline)).toBeNull();
  });

  it('compares before and after in points and words, honouring which way the scale runs', () => {
    const data = tracker('2027-03-01', '2027-04-02');
    const result = compareMeasurements(data)!;
    expect(result.change).toBe(-10);
    expect(result.changePercentOfMax).toBe(-25);
    expect(result.direction).toBe('less-stress');
    expect(result.sentence).toBe(
      'The score fell by 10 points to 14 out of 40 (baseline 24): less stress on this questionnaire, where a higher score means more stress.',
    );
    data.instrument.higherMeans = 'less-stress';
    expect(compareMeasurements(data)!.direction).toBe('more-stress');
    data.retake.score = '24';
    expect(compareMeasurements(data)!.direction).toBe('no-change');
    data.retake.score = '';
    expect(compareMeasurements(data)).toBeNull();
  });

  it('draws a questionnaire score on the 0–10 daily scale, flipping scales where higher means calmer', () => {
    const data = tracker('2027-03-01', '');
    expect(onRatingScale(data, { score: 21, max: 32 })).toBe(6.6);
    data.instrument.higherMeans = 'less-stress';
    expect(onRatingScale(data, { score: 30, max: 40 })).toBe(2.5);
  });
});

describe('bad questionnaire input', () => {
  const today = '2027-04-10';
  it('explains a retake before the baseline, on the same day, or in the future', () => {
    expect(measurementProblems(tracker('2027-03-10', '2027-03-01'), today)['retake.date']).toBe(
      'The retake (1 March 2027) is before the baseline (10 March 2027). The retake comes after using the technique.',
    );
    expect(measurementProblems(tracker('2027-03-10', '2027-03-10'), today)['retake.date']).toMatch(/same day/);
    expect(measurementProblems(tracker('2027-03-10', '2027-04-11'), today)['retake.date']).toBe(
      'Sunday 11 April 2027 is in the future. Record the retake on or after the day you take it.',
    );
    expect(measurementProblems(tracker('2027-03-10', '2027-04-10'), today)).toEqual({});
  });

  it('explains scores that are not numbers or exceed the maximum', () => {
    const data = tracker('2027-03-10', '2027-04-10');
    data.baseline.score = 'about 20';
    data.retake.score = '45';
    const problems = measurementProblems(data, today);
    expect(problems['baseline.score']).toBe('“about 20” is not a score: enter a number, e.g. 18.');
    expect(problems['retake.score']).toBe('45 is more than the questionnaire’s maximum of 40. Check the score or the maximum.');
    data.instrument.max = '0';
    expect(measurementProblems(data, today)['instrument.max']).toMatch(/not a maximum score/);
  });
});

describe('the one-month rule', () => {
  it('needs the retake on or after the same date a month later', () => {
    expect(isAtLeastOneMonth('2027-03-10', '2027-04-10')).toBe(true);
    expect(isAtLeastOneMonth('2027-03-10', '2027-04-09')).toBe(false);
  });

  it('clamps at month ends and leap years', () => {
    expect(isAtLeastOneMonth('2027-01-31', '2027-02-28')).toBe(true);
    expect(isAtLeastOneMonth('2027-01-31', '2027-02-27')).toBe(false);
    expect(isAtLeastOneMonth('2028-01-31', '2028-02-28')).toBe(false);
    expect(isAtLeastOneMonth('2028-01-31', '2028-02-29')).toBe(true);
    expect(isAtLeastOneMonth('2027-12-31', '2028-01-31')).toBe(true);
    expect(isAtLeastOneMonth('2027-12-31', '2028-01-30')).toBe(false);
  });

  it('counts calendar days across the clock changes (UK clocks go forward 28 March 2027, back 31 October 2027)', () => {
    expect(isAtLeastOneMonth('2027-03-15', '2027-04-15')).toBe(true);
    expect(isAtLeastOneMonth('2027-03-15', '2027-04-14')).toBe(false);
    expect(isAtLeastOneMonth('2027-10-20', '2027-11-20')).toBe(true);
    expect(isAtLeastOneMonth('2027-10-20', '2027-11-19')).toBe(false);
  });

  it('is never met by a missing or nonsense date', () => {
    expect(isAtLeastOneMonth('', '2027-04-10')).toBe(false);
    expect(isAtLeastOneMonth('2027-03-10', '2027-02-30')).toBe(false);
  });
});

describe('tracking period and coverage', () => {
  it('runs from the baseline to the retake: 27 of 31 days logged', () => {
    const days = datesFrom('2027-03-01', '2027-03-31');
    const missed = new Set(['2027-03-05', '2027-03-12', '2027-03-13', '2027-03-20']);
    const data = tracker('2027-03-01', '2027-03-31', days.filter((d) => !missed.has(d)).map((d) => checkIn(d, 5)));
    expect(trackingPeriod(data, '2027-04-20')).toEqual({ start: '2027-03-01', end: '2027-03-31', isFinished: true });
    const result = coverage(data, '2027-04-20')!;
    expect(result.label).toBe('27 of 31 days logged');
    expect(result.missed).toEqual([...missed]);
  });

  it('runs to today while the retake is still to come, across the spring clock change', () => {
    const data = tracker('2027-03-25', '', [checkIn('2027-03-27', 6), checkIn('2027-03-28', 6), checkIn('2027-03-29', 5)]);
    expect(coverage(data, '2027-03-30')!.label).toBe('3 of 6 days logged');
  });

  it('gives the same coverage and averages in any time zone, across the autumn clock change', () => {
    const original = process.env.TZ;
    try {
      const results = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'].map((tz) => {
        process.env.TZ = tz;
        const data = tracker('2027-10-25', '2027-11-07', datesFrom('2027-10-25', '2027-11-07').filter((_, i) => i % 3 !== 1).map((d, i) => checkIn(d, i % 10)));
        return { coverage: coverage(data, '2027-11-20')!.label, rows: dailyRows(data, '2027-11-20') };
      });
      expect(results[0]!.coverage).toBe('9 of 14 days logged'); // days 2, 5, 8, 11 and 14 left out
      for (const r of results) expect(r).toEqual(results[0]);
    } finally {
      process.env.TZ = original;
    }
  });

  it('handles a month end and a leap day', () => {
    const data = tracker('2028-02-27', '2028-03-02', datesFrom('2028-02-27', '2028-03-02').map((d) => checkIn(d, 4)));
    expect(coverage(data, '2028-03-10')!.label).toBe('5 of 5 days logged');
  });

  it('starts at the first check-in when there is no baseline date, and counts check-ins outside the period', () => {
    const data = tracker('', '', [checkIn('2027-05-02', 3), checkIn('2027-05-04', 3)]);
    expect(coverage(data, '2027-05-04')).toMatchObject({ label: '2 of 3 days logged', outside: 0 });
    const withBaseline = tracker('2027-05-03', '', [checkIn('2027-05-02', 3), checkIn('2027-05-04', 3)]);
    expect(coverage(withBaseline, '2027-05-04')).toMatchObject({ label: '1 of 2 days logged', outside: 1 });
  });

  it('ignores a future retake and says one day in the singular', () => {
    const data = tracker('2027-05-04', '2027-06-30', [checkIn('2027-05-04', 3)]);
    expect(trackingPeriod(data, '2027-05-04')).toEqual({ start: '2027-05-04', end: '2027-05-04', isFinished: false });
    expect(coverage(data, '2027-05-04')!.label).toBe('1 of 1 day logged');
  });

  it('has nothing to report before anything is dated', () => {
    expect(coverage(createEmptyStress(), '2027-05-04')).toBeNull();
    expect(dailyRows(createEmptyStress(), '2027-05-04')).toEqual([]);
  });

  it('coverage never exceeds the days in the period, whatever is logged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 80 }),
        fc.uniqueArray(fc.integer({ min: -10, max: 100 }), { maxLength: 60 }),
        (length, offsets) => {
          const start = '2027-10-01';
          const data = tracker(start, addDays(start, length), offsets.map((o) => checkIn(addDays(start, o), 5)));
          const result = coverage(data, '2028-01-31')!;
          expect(result.total).toBe(length + 1);
          expect(result.logged + result.missed.length).toBe(result.total);
          expect(result.logged).toBe(offsets.filter((o) => o >= 0 && o <= length).length);
          expect(result.outside).toBe(offsets.length - result.logged);
        },
      ),
    );
  });
});

describe('7-day average', () => {
  it('averages the ratings logged in the seven days ending each day, skipping missed days', () => {
    const data = tracker('2027-03-01', '2027-03-10', [
      checkIn('2027-03-01', 8),
      checkIn('2027-03-02', 6),
      checkIn('2027-03-04', 4),
      checkIn('2027-03-08', 2),
      checkIn('2027-03-09', 1),
    ]);
    const rows = dailyRows(data, '2027-03-20');
    expect(rows.map((r) => r.rating)).toEqual([8, 6, null, 4, null, null, null, 2, 1, null]);
    expect(rows[0]!.average).toBe(8);
    expect(rows[3]!.average).toBe(6); // (8 + 6 + 4) / 3
    expect(rows[6]!.average).toBe(6); // 1–7 March
    expect(rows[7]!.average).toBe(4); // 2–8 March: (6 + 4 + 2) / 3
    expect(rows[9]!.average).toBe(7 / 3); // 4–10 March: (4 + 2 + 1) / 3
  });

  it('is empty (not zero) for a window with no ratings', () => {
    const data = tracker('2027-03-01', '2027-03-12', [checkIn('2027-03-01', 8)]);
    expect(dailyRows(data, '2027-03-20')[8]!.average).toBeNull();
  });

  it('always lies between the lowest and highest rating in its window', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }), { minLength: 2, maxLength: 60 }), (ratings) => {
        const start = '2027-10-20';
        const checkIns = ratings.flatMap((r, i) => (r === null ? [] : [checkIn(addDays(start, i), r)]));
        const rows = dailyRows(tracker(start, addDays(start, ratings.length - 1), checkIns), '2028-06-01');
        expect(rows.length).toBe(ratings.length);
        rows.forEach((row, i) => {
          const window = ratings.slice(Math.max(0, i - 6), i + 1).filter((r): r is number => r !== null);
          if (window.length === 0) expect(row.average).toBeNull();
          else {
            expect(row.average!).toBeGreaterThanOrEqual(Math.min(...window) - 1e-9);
            expect(row.average!).toBeLessThanOrEqual(Math.max(...window) + 1e-9);
          }
        });
      }),
    );
  });
});

describe('first and last weeks', () => {
  it('compares the first seven days with the last seven', () => {
    const checkIns = [
      checkIn('2027-03-01', 8),
      checkIn('2027-03-02', 7, { usedTechnique: false, minutes: null }),
      checkIn('2027-03-07', 6, { minutes: 15 }),
      checkIn('2027-03-08', 9), // neither week
      checkIn('2027-03-25', 4),
      checkIn('2027-03-31', 2, { minutes: 5 }),
    ];
    const result = compareFirstAndLastWeeks(tracker('2027-03-01', '2027-03-31', checkIns), '2027-04-05');
    expect(result.status).toBe('ready');
    if (result.status !== 'ready') return;
    expect(result.first).toEqual({ from: '2027-03-01', to: '2027-03-07', daysLogged: 3, averageRating: 7, daysTechniqueUsed: 2, minutesUsed: 25 });
    expect(result.last).toEqual({ from: '2027-03-25', to: '2027-03-31', daysLogged: 2, averageRating: 3, daysTechniqueUsed: 2, minutesUsed: 15 });
    expect(result.change).toBe(-4);
    expect(weekChangeSentence(result)).toBe('Average daily rating fell from 7 in the first week to 3 in the last (down 4).');
  });

  it('waits for two weeks of tracking', () => {
    const result = compareFirstAndLastWeeks(tracker('2027-03-01', '', [checkIn('2027-03-01', 8)]), '2027-03-13');
    expect(result).toEqual({ status: 'too-short', message: 'The first and last weeks can be compared once you have tracked for 14 days (13 so far).' });
    expect(weekChangeSentence(result)).toBe(result.status === 'too-short' ? result.message : '');
  });

  it('has no change when a week has no ratings', () => {
    const result = compareFirstAndLastWeeks(tracker('2027-03-01', '2027-03-20', [checkIn('2027-03-01', 8)]), '2027-04-01');
    expect(result.status === 'ready' && result.change).toBeNull();
    expect(weekChangeSentence(result)).toBe('The first or last week has no ratings, so the weeks cannot be compared.');
  });
});

describe('tracking weeks', () => {
  const weeksOf = (baseline: string, retake: string, checkIns: CheckIn[] = []) =>
    trackingWeeks(tracker(baseline, retake, checkIns), '2028-01-01').map((w) => [w.from, w.to, w.checkIns]);

  it('cuts a 31-day month into four weeks, the last one ten days long', () => {
    expect(weeksOf('2027-03-01', '2027-03-31', [checkIn('2027-03-30', 4)])).toEqual([
      ['2027-03-01', '2027-03-07', 0],
      ['2027-03-08', '2027-03-14', 0],
      ['2027-03-15', '2027-03-21', 0],
      ['2027-03-22', '2027-03-31', 1],
    ]);
  });

  it('gives a stub of four or more days a week of its own', () => {
    expect(weeksOf('2027-03-01', '2027-03-11').map(([from, to]) => `${from}–${to}`)).toEqual(['2027-03-01–2027-03-07', '2027-03-08–2027-03-11']);
    expect(weeksOf('2027-03-01', '2027-03-03')).toEqual([['2027-03-01', '2027-03-03', 0]]);
  });
});

describe('sustained high stress', () => {
  const today = '2027-03-20';
  it('shows after five high check-ins within the last fourteen days', () => {
    const high = ['2027-03-07', '2027-03-10', '2027-03-12', '2027-03-15', '2027-03-19'].map((d) => checkIn(d, 8));
    expect(showsSustainedHighStress(high, today)).toBe(true);
    expect(showsSustainedHighStress(high.slice(1), today)).toBe(false);
  });

  it('counts the injured and ill zones as high whatever the rating', () => {
    const days = ['2027-03-15', '2027-03-16', '2027-03-17', '2027-03-18', '2027-03-19'];
    expect(showsSustainedHighStress(days.map((d) => checkIn(d, 3, { zone: 'injured' })), today)).toBe(true);
    expect(showsSustainedHighStress(days.map((d) => checkIn(d, 6, { zone: 'reacting' })), today)).toBe(false);
  });

  it('ignores old high days', () => {
    const old = ['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-06'].map((d) => checkIn(d, 9));
    expect(showsSustainedHighStress(old, today)).toBe(false);
  });
});

describe('the quick check-in form', () => {
  const today = '2027-03-20';
  const draft = { ...emptyDraft(today), rating: '6', zone: 'reacting' as const };
  const existing = [checkIn('2027-03-19', 5)];

  it('accepts a complete check-in and trims the note', () => {
    expect(validateCheckIn({ ...draft, usedTechnique: true, minutes: '10', note: ' ok ' }, existing, today)).toEqual({
      ok: true,
      checkIn: { date: today, rating: 6, zone: 'reacting', usedTechnique: true, minutes: 10, note: 'ok' },
    });
  });

  it('refuses ratings outside the scale in plain English', () => {
    const errorFor = (rating: string) => {
      const result = validateCheckIn({ ...draft, rating }, existing, today);
      return result.ok ? null : result.errors.rating;
    };
    expect(errorFor('11')).toBe('11 is outside the scale: enter 0 (no stress) to 10 (the most stressed).');
    expect(errorFor('-1')).toMatch(/outside the scale/);
    expect(errorFor('6.5')).toBe('Enter a whole number from 0 to 10.');
    expect(errorFor('high')).toBe('Enter a whole number from 0 to 10.');
    expect(errorFor('')).toBe('Give your stress rating today, from 0 to 10.');
    expect(errorFor('0')).toBeNull();
    expect(errorFor('10')).toBeNull();
  });

  it('refuses future and duplicated dates, but lets an edited check-in keep its own date', () => {
    const future = validateCheckIn({ ...draft, date: '2027-03-21' }, existing, today);
    expect(!future.ok && future.errors.date).toBe('Sunday 21 March 2027 is in the future. You can log today or an earlier day.');
    const duplicate = validateCheckIn({ ...draft, date: '2027-03-19' }, existing, today);
    expect(!duplicate.ok && duplicate.errors.date).toBe('You already logged Friday 19 March 2027. Edit that check-in in the list below instead.');
    expect(validateCheckIn({ ...draft, date: '2027-03-19' }, existing, today, existing[0]!.id).ok).toBe(true);
    const unreal = validateCheckIn({ ...draft, date: '2027-02-30' }, existing, today);
    expect(!unreal.ok && unreal.errors.date).toBe('Enter a real date, e.g. 2027-03-01.');
  });

  it('needs a zone, and minutes when the technique was used', () => {
    const result = validateCheckIn({ ...draft, zone: '', usedTechnique: true, minutes: '0' }, existing, today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.zone).toBe('Choose where you are on the stress continuum today.');
    expect(result.errors.minutes).toBe('Enter the minutes as a whole number from 1 to 600.');
    expect(validateCheckIn({ ...draft, usedTechnique: false, minutes: 'ignored' }, existing, today)).toMatchObject({ ok: true, checkIn: { minutes: null } });
  });
});

describe('weekChangeSentence adds up as printed', () => {
  it('takes the change between the rounded averages it shows', () => {
    const week = (averageRating: number) => ({ averageRating }) as never;
    const sentence = weekChangeSentence({ status: 'ready', first: week(7.14), last: week(4.26), change: 4.26 - 7.14 } as never);
    // 7.14 → 7.1 and 4.26 → 4.3: the sentence says down 2.8, not the unrounded 2.9.
    expect(sentence).toBe('Average daily rating fell from 7.1 in the first week to 4.3 in the last (down 2.8).');
  });
});

describe('daily use of the technique over a calendar month (L3S2 assessor guidance, LO2)', () => {
  const tracker = (start: string, dates: string[], used = true): StressData => ({
    ...createEmptyStress(),
    plan: { ...createEmptyStress().plan, startDate: start },
    checkIns: dates.map((d) => checkIn(d, 5, { usedTechnique: used })),
  });

  it('counts the days the technique was used out of the month’s days, from the plan’s start', () => {
    const march = datesFrom('2027-03-01', '2027-03-31').filter((d) => d !== '2027-03-09' && d !== '2027-03-17');
    const month = techniqueMonth(tracker('2027-03-01', march), '2027-04-02')!;
    expect([month.from, month.to, month.usedDays, month.totalDays]).toEqual(['2027-03-01', '2027-03-31', 29, 31]);
    expect(month.notUsed).toEqual(['2027-03-09', '2027-03-17']);
    expect(month.label).toBe('Technique used on 29 of the month’s 31 days (1 March 2027 to 31 March 2027)');
  });

  it('is a calendar month, not 28 days: from 31 January it runs to 27 February', () => {
    const month = techniqueMonth(tracker('2027-01-31', []), '2027-03-10')!;
    expect([month.from, month.to, month.totalDays, month.usedDays]).toEqual(['2027-01-31', '2027-02-27', 28, 0]);
    expect(techniqueMonth(tracker('2028-02-01', []), '2028-03-10')!.totalDays).toBe(29);
  });

  it('does not count a check-in where the technique was not used', () => {
    const month = techniqueMonth(tracker('2027-03-01', ['2027-03-01', '2027-03-02'], false), '2027-03-03')!;
    expect(month.usedDays).toBe(0);
  });

  it('starts from the first day the technique was used when the plan has no start date', () => {
    const month = techniqueMonth(tracker('', ['2027-05-04', '2027-05-05']), '2027-05-06')!;
    expect([month.from, month.to, month.usedDays]).toEqual(['2027-05-04', '2027-06-03', 2]);
    expect(techniqueMonth(tracker('', []), '2027-05-06')).toBeNull();
  });

  it('the days used and not used always add up to the month’s 28–31 days (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.array(fc.integer({ min: -5, max: 40 }), { maxLength: 40 }), fc.boolean(), (offset, days, used) => {
        const start = addDays('2026-01-01', offset);
        const dates = [...new Set(days.map((d) => addDays(start, d)))];
        const month = techniqueMonth(tracker(start, dates, used), addDays(start, 60))!;
        expect(month.totalDays).toBeGreaterThanOrEqual(28);
        expect(month.totalDays).toBeLessThanOrEqual(31);
        expect(month.usedDays + month.notUsed.length).toBe(month.totalDays);
        expect(month.usedDays).toBe(used ? dates.filter((d) => d >= month.from && d <= month.to).length : 0);
      }),
    );
  });
});
