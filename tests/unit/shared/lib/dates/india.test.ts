import { describe, expect, it } from 'vitest';
import { indiaDate, parseTypedDate } from '../../../../../shared/lib/dates/index.ts';

describe('indiaDate', () => {
  it('is the day in India, which starts at 18:30 UTC the evening before', () => {
    expect(indiaDate('2026-12-03T18:29:59.999Z')).toBe('2026-12-03');
    expect(indiaDate('2026-12-03T18:30:00.000Z')).toBe('2026-12-04');
    // Exported at 01:00 IST: the document is dated that day, not yesterday (the UTC date).
    expect(indiaDate(new Date('2026-12-03T19:30:00.000Z'))).toBe('2026-12-04');
    expect(indiaDate('2026-12-31T23:00:00+00:00')).toBe('2027-01-01');
  });

  it('takes a plain date as the day it names', () => {
    expect(indiaDate('2026-02-28')).toBe('2026-02-28');
  });
});

describe('parseTypedDate', () => {
  it('reads the forms people type, and the app prints', () => {
    expect(parseTypedDate('2026-12-15')).toBe('2026-12-15');
    expect(parseTypedDate('15.12.2026')).toBe('2026-12-15');
    expect(parseTypedDate('15/12/2026')).toBe('2026-12-15');
    expect(parseTypedDate(' 5-1-2026 ')).toBe('2026-01-05');
  });

  it('refuses what is not a real date', () => {
    expect(parseTypedDate('31.02.2026')).toBeNull();
    expect(parseTypedDate('[a sitting day of the next session]')).toBeNull();
    expect(parseTypedDate('12/2026')).toBeNull();
  });
});
