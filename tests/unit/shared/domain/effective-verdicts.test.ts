import { describe, expect, it } from 'vitest';
import { effectiveVerdicts, openPartLabels } from '../../../../shared/domain/effective-verdicts.ts';
import { buildCowinCase } from '../../../../shared/example/cowin-case.ts';
import type { PartVerdict } from '../../../../shared/domain/analysis.ts';

const verdict = (label: string, status: PartVerdict['status'], needsCheck: boolean): PartVerdict => ({ label, status, reason: 'r', evidence: [], confidence: needsCheck ? 0.4 : 0.9, needsCheck });

describe('effective verdicts and open parts', () => {
  it('keeps an unsure "answered" among the parts to follow up until the user confirms it', () => {
    const c = buildCowinCase('2026-12-03T10:00:00.000Z', [verdict('a', 'answered', true), verdict('b', 'answered', false), verdict('c', 'partial', false), verdict('d', 'unanswered', false)]);
    expect(effectiveVerdicts(c).map((v) => v.needsCheck)).toEqual([true, false, false, false]);
    expect(openPartLabels(c)).toEqual(['a', 'c', 'd']);
    const confirmed = { ...c, analysis: { ...c.analysis, overrides: [{ label: 'a', status: 'answered' as const, reason: 'read it: the plan is given', at: '2026-12-03T10:05:00.000Z' }] } };
    expect(effectiveVerdicts(confirmed)[0]?.needsCheck).toBe(false);
    expect(openPartLabels(confirmed)).toEqual(['c', 'd']);
  });
});
