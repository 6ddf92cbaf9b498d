import { describe, expect, it } from 'vitest';
import { buildContext, earliestEventMonth, matterNamedInReply, matterOf } from '../../../../../shared/drafting/suggest/context.ts';
import { parseQuestion } from '../../../../../shared/analysis/parse-question.ts';
import { COWIN_QUESTION_TEXT, COWIN_REPLY_TEXT } from '../../../../../shared/example/cowin-text.ts';

const question = parseQuestion(COWIN_QUESTION_TEXT, true).question;

describe('the matter, named as a reply names it', () => {
  it('takes the incident from the reply in its own words, to the end of its clause', () => {
    expect(matterNamedInReply(COWIN_REPLY_TEXT)).toBe('the cyber incident regarding CoWIN data in June 2023');
    expect(matterNamedInReply('The incident relating to the Jhansi hospital fire was inquired into by a committee.')).toBe('the incident relating to the Jhansi hospital fire');
  });

  it('is null when no reply names an incident, and the question\'s subject names the matter instead', () => {
    expect(matterNamedInReply('The matter is under investigation. Details will be laid on the Table of the House.')).toBeNull();
    expect(buildContext(question, 'The matter is under investigation.').matter).toBe(matterOf(question));
  });

  it('names it alike for every reply of the case: a reply that does not name it takes another reply\'s words', () => {
    expect(buildContext(question, 'The Ministry has lodged a complaint.', [COWIN_REPLY_TEXT]).matter).toBe('the cyber incident regarding CoWIN data in June 2023');
  });
});

describe('the period an application covers', () => {
  const key = (y: number, m: number): number => y * 12 + m - 1;

  it('reaches back as far as the question asks ("during the last three years"), from the answer', () => {
    // Review 11: "from 01.02.2024" against a part that asked for the last three years.
    expect(earliestEventMonth('2025-02-07', ['the number of doctors recruited during the last three years'])).toBe(key(2022, 2));
    expect(earliestEventMonth('2025-02-07', ['the funds released since 2019'])).toBe(key(2019, 1));
  });

  it('keeps the one-year default without such words, and never reaches back more than ten years', () => {
    expect(earliestEventMonth('2025-02-07', ['the number of doctors recruited'])).toBe(key(2024, 2));
    expect(earliestEventMonth('2025-02-07', ['the cases during the last twenty years', 'since 1990'])).toBe(key(2024, 2));
  });
});
