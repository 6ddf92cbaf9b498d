import { describe, expect, it } from 'vitest';
import type { Draft } from '../../../../shared/domain/draft.ts';
import { lintDraft, storedQuestions } from '../../../../shared/workflows/draft-lint.ts';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { indiaDate } from '../../../../shared/lib/dates/index.ts';

const notice = (fields: { [key: string]: string }): Draft => ({
  id: 'n', kind: 'pq-notice', title: 't', language: 'en', createdAt: '', updatedAt: '', forParts: [],
  fields: { house: 'Lok Sabha', ministry: 'Health and Family Welfare', ...fields },
  points: ['the date on which the APIs of the CoWIN portal were deactivated'],
});

const ids = (d: Draft, now?: Date): ReadonlyArray<string> => {
  const lint = lintDraft(d, { today: indiaDate(now ?? new Date('2026-12-01T06:00:00Z')) });
  return lint.kind === 'question' ? lint.findings.map((f) => f.finding.ruleId) : [];
};

describe('lintDraft', () => {
  it('runs the notice-period check on dates typed as dd.mm.yyyy, dd/mm/yyyy or yyyy-mm-dd', () => {
    for (const [date, desired] of [['2026-12-01', '2026-12-10'], ['01.12.2026', '10.12.2026'], ['01/12/2026', '10/12/2026']] as const) {
      expect(ids(notice({ date, desiredDate: desired }))).toContain('pq-notice-period-ls');
      expect(ids(notice({ date, desiredDate: desired.replace('10', '28') }))).not.toContain('pq-notice-period-ls');
    }
  });

  it('dates an undated notice today in India', () => {
    // 20:00 UTC on 1 December is 01:30 on 2 December in India: only 14 clear days to 17 December.
    expect(ids(notice({ desiredDate: '17.12.2026' }), new Date('2026-12-01T20:00:00Z'))).toContain('pq-notice-period-ls');
    expect(ids(notice({ desiredDate: '17.12.2026' }), new Date('2026-12-01T12:00:00Z'))).not.toContain('pq-notice-period-ls');
  });

  it('checks a half-an-hour notice: a Rajya Sabha answer that is not recent, a Lok Sabha notice without the question number', () => {
    const halfHour = (fields: { [key: string]: string }): Draft => ({ ...notice(fields), kind: 'half-an-hour-notice' });
    expect(ids(halfHour({ house: 'Rajya Sabha', questionDate: '2023-07-21' }))).toEqual(['half-hour-recent-rs']);
    expect(ids(halfHour({ house: 'Rajya Sabha', questionDate: '2026-11-20' }))).toEqual([]);
    expect(ids(halfHour({ questionDate: '2026-11-20' }))).toEqual(['half-hour-reference-ls']);
    expect(ids(halfHour({ questionDate: '20.11.2026', questionNumber: '341' }))).toEqual([]);
  });
});

describe('storedQuestions: what a new notice must not repeat', () => {
  it('leaves out a part the reply did not answer at all, which may be asked again, and keeps the rest', () => {
    const c = exampleCase('2026-12-03T10:00:00.000Z');
    const all = (c.question?.parts ?? []).map((p) => p.label);
    expect(storedQuestions(c)[0]?.parts.map((p) => p.label)).toEqual(all);
    const marked = { ...c, analysis: { ...c.analysis, overrides: [...c.analysis.overrides, { label: 'b', status: 'unanswered' as const, reason: 'Nothing on who is responsible.', at: '2026-12-03T10:00:00.000Z' }] } };
    expect(storedQuestions(marked)[0]?.parts.map((p) => p.label)).toEqual(all.filter((l) => l !== 'b'));
  });

  it('keeps a part the analyser alone calls unanswered when the reply has a passage or a heading on it (review 16, NHM 08)', () => {
    const c = exampleCase('2026-12-03T10:00:00.000Z');
    const all = (c.question?.parts ?? []).map((p) => p.label);
    const asAnalysed = (label: string) => ({ ...c, analysis: { ...c.analysis, overrides: [], parts: c.analysis.parts.map((v) => (v.label === label ? { ...v, status: 'unanswered' as const, evidence: v.evidence } : v)) } });
    // (a) with its passage: the Table Office reads it as answered.
    expect(storedQuestions(asAnalysed('a'))[0]?.parts.map((p) => p.label)).toEqual(all);
  });
});
