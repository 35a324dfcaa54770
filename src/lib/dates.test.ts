import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, todayIso } from './dates';

describe('dates', () => {
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
