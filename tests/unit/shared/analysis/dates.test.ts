import { describe, expect, it } from 'vitest';
import { assuranceDueBy } from '../../../../shared/analysis/assurance.ts';
import { findDate } from '../../../../shared/analysis/dates.ts';

describe('findDate', () => {
  it.each([
    ['TO BE ANSWERED ON 07.02.2025', '2025-02-07'],
    ['TO BE ANSWERED ON THE 11TH FEBRUARY, 2025', '2025-02-11'],
    ['TO BE ANSWERED ON WEDNESDAY, 22NDDECEMBER, 2021', '2021-12-22'],
    ['TO BE ANSWERED ON MONDAY, December 01, 2025/ AGRAHAYANA 10, 1947', '2025-12-01'],
    ['TO BE ANSWERED ON 22-12-2021', '2021-12-22'],
    ['(ANSWERED ON 25.03.2026)', '2026-03-25'],
    ['ANSWERED ON 31.02.2025', null],
    ['no date here', null],
  ])('%s -> %s', (text, iso) => {
    expect(findDate(text)).toBe(iso);
  });
});

describe('assurance due date: date of answer + 3 calendar months, clamped to month end', () => {
  it.each([
    ['2025-02-07', '2025-05-07'],
    ['2024-11-30', '2025-02-28'],
    ['2023-11-30', '2024-02-29'],
    ['2025-10-31', '2026-01-31'],
    ['2025-12-15', '2026-03-15'],
    ['2025-05-31', '2025-08-31'],
    ['2025-03-31', '2025-06-30'],
  ])('%s -> %s', (from, due) => {
    expect(assuranceDueBy(from)).toBe(due);
  });

  it('is null without a date of answer, and for a malformed date', () => {
    expect(assuranceDueBy(null)).toBeNull();
    expect(assuranceDueBy('2025-02-30')).toBeNull();
    expect(assuranceDueBy('07.02.2025')).toBeNull();
  });
});
