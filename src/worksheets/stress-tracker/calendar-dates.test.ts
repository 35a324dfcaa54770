import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, addMonths, datesFrom, daysBetween, daysInMonth, isIsoDate, longDate, parseIsoDate, weekdayIndex } from './calendar-dates';

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
    expect(longDate('2027-03-01')).toBe('Monday 1 March 2027');
    expect(longDate('not a date')).toBe('not a date');
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
