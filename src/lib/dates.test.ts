import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addMonths,
  dateOrNotGiven,
  datesFrom,
  daysBetween,
  daysInMonth,
  formatDate,
  formatDateTime,
  formatDayMonth,
  formatShortDate,
  formatWeekdayDate,
  isIsoDate,
  parseIsoDate,
  todayIso,
  tryDaysBetween,
  weekdayIndex,
  weeksBetween,
  weekStart,
} from './dates';


describe('dates for people', () => {
  it('formats dates and times the way UK readers expect', () => {
    expect(formatDate('2026-11-23')).toBe('23 November 2026');
    expect(formatDateTime(new Date(2026, 10, 23, 14, 5).toISOString())).toBe('23 November 2026, 14:05');
  });

  it('gives back text it cannot read as a date, rather than "Invalid Date"', () => {
    expect(formatDate('not a date')).toBe('not a date');
    expect(formatDateTime('')).toBe('');
  });

  it('gives today in the learner’s own time zone', () => {
    expect(todayIso(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

// Moved from stress-tracker/calendar-dates.test.ts when that module became this one.

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe('calendar dates', () => {
  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-04-31')).toBe(false);
    expect(isIsoDate('2027-13-01')).toBe(false);
    expect(isIsoDate('2027-3-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(parseIsoDate('2027-03-28')).toEqual({ year: 2027, month: 3, day: 28 });
  });

  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2027, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2027, 12)).toBe(31);
  });

  it('counts days across month ends, year ends and leap days', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(daysBetween('2027-01-01', '2027-12-31')).toBe(364);
    expect(daysBetween('2028-01-01', '2028-12-31')).toBe(365);
  });

  it('is not moved by clock changes or the time zone', () => {
    // UK clocks go forward on 28 March 2027 and back on 31 October 2027; Sydney and Los Angeles change on other days.
    for (const tz of ['Europe/London', 'America/Los_Angeles', 'Australia/Sydney', 'Pacific/Kiritimati', 'UTC']) {
      process.env.TZ = tz;
      expect(addDays('2027-03-27', 1)).toBe('2027-03-28');
      expect(addDays('2027-03-28', 1)).toBe('2027-03-29');
      expect(daysBetween('2027-03-20', '2027-04-05')).toBe(16);
      expect(daysBetween('2027-10-25', '2027-11-08')).toBe(14);
      expect(datesFrom('2027-10-30', '2027-11-01')).toEqual(['2027-10-30', '2027-10-31', '2027-11-01']);
      expect(weekdayIndex('2027-03-28')).toBe(6); // a Sunday
    }
  });

  it('adds calendar months, clamping to the last day of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', 1)).toBe('2027-04-30');
    expect(addMonths('2027-11-30', 1)).toBe('2027-12-30');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
    expect(addMonths('2027-02-28', 1)).toBe('2027-03-28');
    expect(addMonths('2027-01-15', -1)).toBe('2026-12-15');
  });

  it('names days the UK way', () => {
    expect(formatWeekdayDate('2027-03-01')).toBe('Monday 1 March 2027');
    expect(formatWeekdayDate('not a date')).toBe('not a date');
  });

  it('adding then subtracting days always returns the same date, and daysBetween agrees', () => {
    const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: -2000, max: 2000 }), (iso, n) => {
        const moved = addDays(iso, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(addDays(moved, -n)).toBe(iso);
        expect(daysBetween(iso, moved)).toBe(n);
        expect(datesFrom(iso, moved).length).toBe(n >= 0 ? n + 1 : 0);
      }),
    );
  });

  it('one month later is always 28 to 31 days later and never in the month after next', () => {
    const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, (iso) => {
        const later = addMonths(iso, 1);
        const gap = daysBetween(iso, later);
        expect(gap).toBeGreaterThanOrEqual(28);
        expect(gap).toBeLessThanOrEqual(31);
        const [y, m] = iso.split('-').map(Number) as [number, number];
        expect(later.slice(0, 7)).toBe(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`);
      }),
    );
  });
});

describe('one date module for every worksheet', () => {
  it('formats the four ways the worksheets show a date', () => {
    expect(formatDate('2027-03-01')).toBe('1 March 2027');
    expect(formatWeekdayDate('2027-03-01')).toBe('Monday 1 March 2027');
    expect(formatDayMonth('2027-09-03')).toBe('3 Sep');
    // "Sep", never Intl's "Sept", so a chart reads the same in every browser.
    expect(formatShortDate('2027-09-03')).toBe('3 Sep 27');
    expect(formatShortDate('2000-01-09')).toBe('9 Jan 00');
  });

  it('shows an impossible date as typed rather than rolling it into the next month', () => {
    for (const format of [formatDate, formatWeekdayDate, formatDayMonth, formatShortDate]) expect(format('2027-02-30')).toBe('2027-02-30');
  });

  it('counts days and weeks between typed dates, or null when one is not a date', () => {
    expect(tryDaysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(tryDaysBetween('', '2028-03-01')).toBeNull();
    expect(weeksBetween('2027-03-01', '2027-03-14')).toBe(1);
    expect(weeksBetween('2027-03-01', '2027-03-15')).toBe(2);
    expect(weeksBetween('2027-03-15', '2027-03-01')).toBe(-2);
    expect(weeksBetween('2027-02-30', '2027-03-01')).toBeNull();
    expect(() => daysBetween('2027-02-30', '2027-03-01')).toThrow();
  });

  it('every real date formats to words and every day-count agrees with the months it crosses', () => {
    const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(date, fc.integer({ min: -40, max: 40 }), (iso, months) => {
        const parts = parseIsoDate(iso)!;
        expect(formatDate(iso)).toBe(`${parts.day} ${formatWeekdayDate(iso).split(' ').slice(2).join(' ')}`);
        const later = addMonths(iso, months);
        // Adding months back and forth lands within the clamp of a month end, never further.
        expect(Math.abs(tryDaysBetween(addMonths(later, -months), iso)!)).toBeLessThanOrEqual(3);
        expect(weeksBetween(iso, addDays(iso, months * 7))).toBe(months);
      }),
    );
  });
});

describe('weekStart', () => {
  it('gives the Monday of the week, across a month and a year end', () => {
    expect(weekStart('2027-03-01')).toBe('2027-03-01'); // a Monday
    expect(weekStart('2027-03-07')).toBe('2027-03-01'); // its Sunday
    expect(weekStart('2027-03-08')).toBe('2027-03-08');
    expect(weekStart('2027-01-01')).toBe('2026-12-28'); // a Friday
  });

  it('is always a Monday at most six days before', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 20_000 }), (offset) => {
        const day = addDays('2000-01-01', offset);
        const monday = weekStart(day);
        expect(weekdayIndex(monday)).toBe(0);
        expect(daysBetween(monday, day)).toBeGreaterThanOrEqual(0);
        expect(daysBetween(monday, day)).toBeLessThanOrEqual(6);
      }),
    );
  });
});

describe('dateOrNotGiven', () => {
  it('formats a date and says when none is given', () => {
    expect(dateOrNotGiven('2027-03-01')).toBe('1 March 2027');
    expect(dateOrNotGiven('  ')).toBe('Not given');
    expect(dateOrNotGiven('next week')).toBe('next week');
  });
});
