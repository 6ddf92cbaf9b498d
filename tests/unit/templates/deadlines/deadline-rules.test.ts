import { describe, expect, it } from 'vitest';
import { DEADLINE_RULES, periodDays, type DeadlineRule } from '../../../../templates/deadlines/deadline-rules.ts';

const rules: ReadonlyArray<[string, DeadlineRule]> = Object.entries(DEADLINE_RULES);

describe('deadline rules as data', () => {
  it('gives every rule a section, a summary and a source', () => {
    for (const [id, rule] of rules) {
      expect(rule.section.trim(), id).not.toBe('');
      expect(rule.summary.length, id).toBeGreaterThan(20);
      expect(rule.source.trim(), id).not.toBe('');
    }
  });

  it('cites a URL for every confirmed rule', () => {
    for (const [id, rule] of rules) {
      if (rule.confirmed) expect(rule.source, id).toMatch(/^https?:\/\//);
    }
  });

  it('carries the periods of the Act and OAMS (rti-law-and-anchors.md A.1, parliament-procedure.md §4)', () => {
    expect(periodDays('reply')).toBe(30);
    expect(periodDays('lifeOrLiberty')).toBe(2);
    expect(DEADLINE_RULES.lifeOrLiberty.period).toEqual({ unit: 'hours', amount: 48 });
    expect(periodDays('apio')).toBe(5);
    expect(periodDays('thirdParty')).toBe(40);
    expect(periodDays('transfer')).toBe(5);
    expect(periodDays('firstAppeal')).toBe(30);
    expect(periodDays('firstAppealDecision')).toBe(30);
    expect(periodDays('firstAppealDecisionExtended')).toBe(45);
    expect(periodDays('secondAppeal')).toBe(90);
    expect(DEADLINE_RULES.assurance.period).toEqual({ unit: 'months', amount: 3 });
    expect(() => periodDays('assurance')).toThrow(/months/);
    expect(() => periodDays('feePause')).toThrow(/no period/);
  });

  it('marks as unconfirmed what the docs do not confirm', () => {
    const unconfirmed = rules.filter(([, rule]) => !rule.confirmed).map(([id]) => id).sort();
    // Which reading of s.19(6) a Commission applies to a second appeal with no order is not settled in the docs.
    expect(unconfirmed).toEqual(['combinedPeriods', 'countingConvention', 'holidayRollForward', 'postalAllowance', 'secondAppealWithoutOrder', 'transfereeReply']);
  });
});
