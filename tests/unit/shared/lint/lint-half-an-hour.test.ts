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
});
