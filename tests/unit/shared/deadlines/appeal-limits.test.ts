import { describe, expect, it } from 'vitest';
import { firstAppealLimit, secondAppealLimit } from '../../../../shared/deadlines/appeal-limits.ts';

describe('appeal time limits', () => {
  it('counts a first appeal on deemed refusal from the day the reply fell due (s.7(1) + s.19(1))', () => {
    const inTime = firstAppealLimit({ applicationDate: '05.01.2026', date: '2026-02-16' });
    expect(inTime).toMatchObject({ limit: '2026-03-06', filed: '2026-02-16', lateBy: -18, days: 30 });
    // Nine months after the application, as the review found the first appeal dated: time-barred.
    expect(firstAppealLimit({ applicationDate: '2026-01-05', date: '03/12/2026' })?.lateBy).toBe(272);
  });

  it('counts from the reply when there was one', () => {
    expect(firstAppealLimit({ applicationDate: '2026-01-05', replyDate: '2026-01-20', date: '2026-02-20' })).toMatchObject({ limit: '2026-02-19', lateBy: 1, from: 'the reply of 20.01.2026' });
  });

  it('counts a second appeal from the order, or from the outer 45 days of s.19(6) without one', () => {
    expect(secondAppealLimit({ firstAppealDate: '2026-02-16', date: '2026-07-01' })).toMatchObject({ limit: '2026-07-01', lateBy: 0 });
    expect(secondAppealLimit({ firstAppealDate: '2026-02-16', date: '2026-07-02' })?.lateBy).toBe(1);
    expect(secondAppealLimit({ firstAppealDate: '2026-02-16', faaOrderDate: '2026-03-01', date: '2026-06-01' })).toMatchObject({ limit: '2026-05-30', lateBy: 2 });
  });

  it('says nothing when a date it needs is missing', () => {
    expect(firstAppealLimit({ date: '2026-02-16' })).toBeNull();
    expect(secondAppealLimit({ firstAppealDate: '[date]', date: '2026-02-16' })).toBeNull();
    expect(firstAppealLimit({ applicationDate: '9999-12-31', date: '9999-12-31' })).toBeNull();
  });
});

describe('secondAppealLimit: the two readings of s.19(6) with no order (secondAppealWithoutOrder)', () => {
  it('counts the lateness from the 45th day, and gives the earlier last day, from the 30th, beside it', () => {
    // First appeal 16.02.2026: 30th day 18.03 + 90 = 16.06; 45th day 02.04 + 90 = 01.07.
    expect(secondAppealLimit({ firstAppealDate: '2026-02-16', date: '2026-06-20' })).toMatchObject({ limit: '2026-07-01', earlierReading: '2026-06-16', lateBy: -11 });
  });

  it('has no second reading once an order is recorded, nor for a first appeal', () => {
    expect(secondAppealLimit({ firstAppealDate: '2026-02-16', faaOrderDate: '2026-03-01', date: '2026-06-01' })?.earlierReading).toBeNull();
    expect(firstAppealLimit({ applicationDate: '2026-01-05', date: '2026-02-16' })?.earlierReading).toBeNull();
  });
});
