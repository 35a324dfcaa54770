import { describe, expect, it } from 'vitest';
import { dateOrEmpty } from './date-schema';

describe('dateOrEmpty', () => {
  it('accepts a calendar date or nothing yet', () => {
    expect(dateOrEmpty.safeParse('2026-02-28').success).toBe(true);
    expect(dateOrEmpty.safeParse('').success).toBe(true);
  });

  it('refuses a date that is not on the calendar, or not yyyy-mm-dd, with a plain message', () => {
    for (const bad of ['2026-02-30', '28/02/2026', 'soon']) {
      const result = dateOrEmpty.safeParse(bad);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Not a calendar date (yyyy-mm-dd)');
    }
  });
});
