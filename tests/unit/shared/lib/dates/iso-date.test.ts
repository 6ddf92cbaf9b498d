import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays, addMonthsClamped, daysBetween, formatDisplayDate, fromDayNumber, parseIsoDate, toDayNumber, weekday,
} from '../../../../../shared/lib/dates/index.ts';

describe('addDays', () => {
  it.each([
    // 3 Jan + 28 = 31 Jan; + 2 more = 2 Feb
    ['2026-01-03', 30, '2026-02-02'],
    // 15 Dec + 16 = 31 Dec; + 14 = 14 Jan next year
    ['2026-12-15', 30, '2027-01-14'],
    // 2028 is a leap year: 28 Feb + 1 = 29 Feb
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    // 2027 is not: 28 Feb + 1 = 1 Mar
    ['2027-02-28', 1, '2027-03-01'],
    // 2100 is divisible by 100 but not 400: not leap
    ['2100-02-28', 1, '2100-03-01'],
    // 2000 is divisible by 400: leap
    ['2000-02-28', 1, '2000-02-29'],
    // 31 Dec + 1 = 1 Jan
    ['2026-12-31', 1, '2027-01-01'],
    // going back: 1 Mar 2028 - 1 = 29 Feb 2028
    ['2028-03-01', -1, '2028-02-29'],
  ])('%s + %i days = %s', (from, days, expected) => {
    expect(addDays(from, days)).toBe(expected);
  });

  it('agrees with UTC Date arithmetic over four centuries', () => {
    fc.assert(fc.property(fc.integer({ min: -80_000, max: 80_000 }), (dayNumber) => {
      const viaDate = new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
      expect(fromDayNumber(dayNumber)).toBe(viaDate);
      expect(toDayNumber(viaDate)).toBe(dayNumber);
    }));
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-01-10', '2026-01-25')).toBe(15);
    expect(daysBetween('2026-01-25', '2026-01-10')).toBe(-15);
    // 2028 has 366 days
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });
});

describe('addMonthsClamped', () => {
  it.each([
    // 30 Nov + 3 months: 30 Feb does not exist, so the last day of Feb
    ['2026-11-30', 3, '2027-02-28'],
    ['2027-11-30', 3, '2028-02-29'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-10-15', 3, '2027-01-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-08-31', 3, '2026-11-30'],
  ])('%s + %i months = %s', (from, months, expected) => {
    expect(addMonthsClamped(from, months)).toBe(expected);
  });
});

describe('parseIsoDate', () => {
  it('accepts real dates and rejects impossible ones', () => {
    expect(parseIsoDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ['2027-02-29', '2026-02-30', '2026-13-01', '2026-04-31', '26-01-01', '2026-1-1', '2026-01-01T00:00:00Z', '']) {
      expect(parseIsoDate(bad), bad).toBeNull();
    }
  });

  it('reads back every date the arithmetic returns, past year 9999 and before year 0', () => {
    // A period added to a typed 31.12.9999 used to end in "10000-01-30", which addDays then refused.
    expect(addDays('9999-12-31', 30)).toBe('10000-01-30');
    expect(addDays(addDays('9999-12-31', 30), 1)).toBe('10000-01-31');
    expect(addDays('0000-01-01', -1)).toBe('-0001-12-31');
    expect(addDays('-0001-12-31', 1)).toBe('0000-01-01');
    for (const from of ['9999-12-31', '0000-01-01', '2026-12-04']) {
      for (const days of [-800_000, -366, -1, 0, 1, 30, 366, 800_000]) {
        expect(addDays(addDays(from, days), -days), `${from} ${days}`).toBe(from);
      }
    }
  });

  it('throws when arithmetic is asked of a non-date (a bug, not user input)', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(/Not an ISO date/);
  });
});

describe('weekday and display', () => {
  it('knows the day of the week', () => {
    // 1 Jan 2026 was a Thursday, so 3 Jan a Saturday and 1 Feb (31 days on) a Sunday
    expect(weekday('2026-01-01')).toBe(4);
    expect(weekday('2026-01-03')).toBe(6);
    expect(weekday('2026-02-01')).toBe(0);
  });

  it('formats dates the way the working strings show them', () => {
    expect(formatDisplayDate('2026-02-02')).toBe('2 Feb 2026');
    expect(formatDisplayDate('2028-12-31')).toBe('31 Dec 2028');
  });
});
