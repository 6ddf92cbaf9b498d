import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../../../shared/lib/dates/index.ts';

describe('dates as Indian offices write them', () => {
  it('writes a calendar date as dd.mm.yyyy', () => {
    expect(formatDate('2023-07-21')).toBe('21.07.2023');
    expect(formatDate('2015-12-10')).toBe('10.12.2015');
    expect(formatDate(' 2024-01-05 ')).toBe('05.01.2024');
  });

  it('writes a typed date in the same form', () => {
    expect(formatDate('15/12/2026')).toBe('15.12.2026');
    expect(formatDate('5-1-2026')).toBe('05.01.2026');
    expect(formatDate('31/02/2026')).toBe('31/02/2026');
  });

  it('writes a timestamp as the day and time it was in India, whatever the machine zone', () => {
    // 18:45 UTC is 00:15 IST the next day.
    expect(formatDate('2023-07-21T18:45:00.000Z')).toBe('22.07.2023');
    expect(formatDateTime('2023-07-21T18:45:00.000Z')).toBe('22.07.2023, 00:15');
    expect(formatDateTime('2023-07-21T10:00:00+05:30')).toBe('21.07.2023, 10:00');
  });

  it('leaves anything that is not a date as it was, so it is seen', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('21.07.2023')).toBe('21.07.2023');
    expect(formatDate('soon')).toBe('soon');
    expect(formatDateTime('2023-07-21')).toBe('21.07.2023');
    expect(formatDateTime('2023-13-45T99:99')).toBe('2023-13-45T99:99');
  });
});
