import { describe, expect, it } from 'vitest';
import { lintHalfAnHour } from '../../../../shared/lint/lint-half-an-hour.ts';
import { englishText, messageTexts } from '../../../../shared/messages/texts.ts';
import { ENGINE_HI } from '../../../../shared/messages/catalogue-hi.ts';
import type { Message } from '../../../../shared/messages/message.ts';

const today = '2026-12-04';
const hindi = messageTexts('hi', ENGINE_HI);
const none: Message = { key: 'lint.halfHour.noReference', params: {} };

describe('lintHalfAnHour', () => {
  it('errs, citing Rajya Sabha Rule 60(1), when the answer is not recent (the CoWIN answer of 21.07.2023)', () => {
    const [f, ...rest] = lintHalfAnHour({ house: 'Rajya Sabha', noticeDate: today, answerDate: '21.07.2023', questionNumber: '' });
    expect(rest).toEqual([]);
    expect(f?.ruleId).toBe('half-hour-recent-rs');
    expect(f?.confirmed).toBe(false);
    expect(f?.severity).toBe('error');
    expect(englishText(f?.message ?? none)).toContain('given on 21.07.2023, 1232 days before this notice');
    expect(englishText(f?.cite ?? none)).toBe('Rajya Sabha Rule 60(1) (official Hindi text; "recently" read as 90 days by this app, not by the rule)');
    expect(hindi.text(f?.message ?? none)).toContain('21.07.2023 को');
  });

  it('passes a recent answer, in any typed form, and does not judge a date it cannot read', () => {
    for (const answerDate of ['2026-11-20', '20.11.2026', '20/11/2026', '[date of answer]']) {
      expect(lintHalfAnHour({ house: 'Rajya Sabha', noticeDate: today, answerDate, questionNumber: '12' })).toEqual([]);
    }
  });

  it('in the Lok Sabha, requires the question number and the date of answer', () => {
    expect(lintHalfAnHour({ house: 'Lok Sabha', noticeDate: today, answerDate: '2026-11-20', questionNumber: '[number]' }).map((f) => f.ruleId)).toEqual(['half-hour-reference-ls']);
    expect(lintHalfAnHour({ house: 'Lok Sabha', noticeDate: today, answerDate: '', questionNumber: '341' }).map((f) => f.ruleId)).toEqual(['half-hour-reference-ls']);
    expect(lintHalfAnHour({ house: 'Lok Sabha', noticeDate: today, answerDate: '20.11.2026', questionNumber: '341' })).toEqual([]);
  });

  it('in the Lok Sabha, warns (not errs) on an answer that is not recent, and says Rule 55 is unconfirmed (review 16, NHM 10)', () => {
    const [f, ...rest] = lintHalfAnHour({ house: 'Lok Sabha', noticeDate: today, answerDate: '07.02.2025', questionNumber: '712' });
    expect(rest).toEqual([]);
    expect(f?.ruleId).toBe('half-hour-recent-ls');
    expect(f?.severity).toBe('warning');
    expect(f?.confirmed).toBe(false);
    expect(englishText(f?.message ?? none)).toContain('given on 07.02.2025, 665 days before this notice');
    expect(englishText(f?.message ?? none)).toContain('A fresh question on what the answer left out is the safer course.');
    expect(englishText(f?.cite ?? none)).toMatch(/Rule 55's text not confirmed/);
    expect(hindi.text(f?.message ?? none)).toContain('07.02.2025 को');
    expect(hindi.text(f?.message ?? none)).not.toMatch(/[A-Za-z]/);
    expect(lintHalfAnHour({ house: 'Lok Sabha', noticeDate: today, answerDate: '2026-11-20', questionNumber: '341' })).toEqual([]);
  });
});
