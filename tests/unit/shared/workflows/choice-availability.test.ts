import { describe, expect, it } from 'vitest';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { choiceFindings } from '../../../../shared/workflows/choice-availability.ts';
import { DRAFT_CHOICES, findChoice } from '../../../../shared/workflows/draft-choices.ts';
import { englishText } from '../../../../shared/messages/texts.ts';
import type { Case } from '../../../../shared/domain/case.ts';

const NOW = '2026-12-04T06:00:00.000Z';
const TODAY = '2026-12-04';

function withQuestion(c: Case, change: Partial<NonNullable<Case['question']>>): Case {
  if (!c.question) throw new Error('the example has a question');
  return { ...c, question: { ...c.question, ...change } };
}

/** A finding's message in English; a missing finding reads as the reference check's message, which no assertion below expects. */
const messageOf = (f: { readonly message: Parameters<typeof englishText>[0] } | null): string => englishText(f?.message ?? { key: 'lint.halfHour.noReference', params: {} });

const hahRs = findChoice('hah-rs');
const hahLs = findChoice('hah-ls');

describe('choiceFindings, bar: documents the House would not admit are not offered', () => {
  it('bars a Rajya Sabha half-an-hour notice on an answer of 21.07.2023 (Rule 60(1): a recent question)', () => {
    const c = withQuestion(exampleCase(NOW), { house: 'Rajya Sabha', date: '2023-07-21' });
    const bar = hahRs ? choiceFindings(hahRs, c, TODAY).bar : null;
    expect(bar?.ruleId).toBe('half-hour-recent-rs');
    expect(bar?.severity).toBe('error');
    expect(messageOf(bar)).toMatch(/^The answer was given on 21.07.2023, 1232 days ago..*ask a fresh question/);
  });

  it('offers it on a recent Rajya Sabha answer', () => {
    const c = withQuestion(exampleCase(NOW), { house: 'Rajya Sabha', date: '2026-11-27' });
    expect(hahRs ? choiceFindings(hahRs, c, TODAY).bar : 'missing').toBeNull();
  });

  it('bars a half-an-hour notice in the other House, whichever House asked', () => {
    const rs = withQuestion(exampleCase(NOW), { house: 'Rajya Sabha', date: '2026-11-27' });
    const ls = withQuestion(exampleCase(NOW), { house: 'Lok Sabha', date: '2026-11-27' });
    expect(hahLs ? choiceFindings(hahLs, rs, TODAY).bar?.ruleId : 'missing').toBe('half-hour-same-house-ls');
    expect(hahRs ? choiceFindings(hahRs, ls, TODAY).bar?.ruleId : 'missing').toBe('half-hour-same-house-rs');
    expect(hahLs ? choiceFindings(hahLs, ls, TODAY).bar : 'missing').toBeNull();
  });

  it('has no Lok Sabha recency bar (Rule 55 is UNCONFIRMED), and never bars the other kinds', () => {
    const old = withQuestion(exampleCase(NOW), { house: 'Lok Sabha', date: '2009-12-11' });
    expect(hahLs ? choiceFindings(hahLs, old, TODAY).bar : 'missing').toBeNull();
    for (const choice of DRAFT_CHOICES.filter((k) => k.kind !== 'half-an-hour-notice')) {
      expect(choiceFindings(choice, withQuestion(old, { house: 'Rajya Sabha' }), TODAY).bar, choice.id).toBeNull();
    }
  });

  it('does not judge a question with no House or no date', () => {
    const c = withQuestion(exampleCase(NOW), { house: null, date: null });
    expect(hahRs ? choiceFindings(hahRs, c, TODAY).bar : 'missing').toBeNull();
  });
});

describe('choiceFindings, caution: a notice the House may still admit, with a warning first', () => {
  it('warns on a Lok Sabha half-an-hour notice on an answer older than 90 days, counted from today, and never bars it', () => {
    const c = withQuestion(exampleCase(NOW), { house: 'Lok Sabha', date: '2025-02-07' });
    const caution = hahLs ? choiceFindings(hahLs, c, TODAY).caution : null;
    expect(caution?.ruleId).toBe('half-hour-recent-ls');
    expect(caution?.severity).toBe('warning');
    expect(messageOf(caution)).toMatch(/^The answer was given on 07.02.2025, 665 days ago\./);
    expect(hahLs ? choiceFindings(hahLs, c, TODAY).bar : 'missing').toBeNull();
  });

  it('says nothing on a recent answer, on a barred choice, or for the other kinds', () => {
    const recent = withQuestion(exampleCase(NOW), { house: 'Lok Sabha', date: '2026-11-27' });
    expect(hahLs ? choiceFindings(hahLs, recent, TODAY).caution : 'missing').toBeNull();
    const rs = withQuestion(exampleCase(NOW), { house: 'Rajya Sabha', date: '2023-07-21' });
    expect(hahLs ? choiceFindings(hahLs, rs, TODAY).caution : 'missing').toBeNull();
    expect(hahRs ? choiceFindings(hahRs, rs, TODAY).caution : 'missing').toBeNull();
    const old = withQuestion(exampleCase(NOW), { house: 'Lok Sabha', date: '2009-12-11' });
    for (const choice of DRAFT_CHOICES.filter((k) => k.kind !== 'half-an-hour-notice')) expect(choiceFindings(choice, old, TODAY).caution, choice.id).toBeNull();
  });
});
