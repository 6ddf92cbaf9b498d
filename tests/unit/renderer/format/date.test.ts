import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../../../../renderer/src/format/date.ts';

const pad = (n: number) => String(n).padStart(2, '0');

describe('dates as Indian offices write them', () => {
  it('writes a calendar date as dd.mm.yyyy', () => {
    expect(formatDate('2023-07-21')).toBe('21.07.2023');
    expect(formatDate('2015-12-10')).toBe('10.12.2015');
    expect(formatDate(' 2024-01-05 ')).toBe('05.01.2024');
  });

  it('writes a timestamp as the local day it fell on', () => {
    const iso = '2023-07-21T18:45:00.000Z';
    const local = new Date(iso);
    expect(formatDate(iso)).toBe(`${pad(local.getDate())}.${pad(local.getMonth() + 1)}.${local.getFullYear()}`);
    expect(formatDateTime(iso)).toBe(`${formatDate(iso)}, ${pad(local.getHours())}:${pad(local.getMinutes())}`);
  });

  it('leaves anything that is not a date as it was, so it is seen', () => {
    expect(formatDate('')).toBe('');
    expect(formatDate('21.07.2023')).toBe('21.07.2023');
    expect(formatDate('soon')).toBe('soon');
    expect(formatDateTime('2023-07-21')).toBe('21.07.2023');
    expect(formatDateTime('2023-13-45T99:99')).toBe('2023-13-45T99:99');
  });
});
