import type { Case } from '../domain/case.ts';
import type { Question } from '../domain/question.ts';
import type { IsoDate } from '../lib/dates/index.ts';
import type { Finding } from '../lint/finding.ts';
import { lintHalfAnHour } from '../lint/lint-half-an-hour.ts';
import { msg } from '../messages/message.ts';
import { HALF_HOUR_RECENT, HALF_HOUR_RECENT_LS, HALF_HOUR_SAME_HOUSE } from '../../templates/rules/half-an-hour-rules.ts';
import type { DraftChoice } from './draft-choices.ts';

/** What the new-draft form says of a choice before it is drafted: a bar, a caution, or neither. */
export type ChoiceFindings = { readonly bar: Finding | null; readonly caution: Finding | null };

const NOTHING: ChoiceFindings = { bar: null, caution: null };

/**
 * Worked out once for both, as the form shows one or the other. Never throws.
 * - `bar`: why the choice cannot give this case a notice the House would admit. The form says why
 *   and offers nothing to file, as the Table Office would answer it: a half-an-hour discussion
 *   arises from a question asked in the same House (RS Rule 60(1); the Lok Sabha's procedure
 *   page), so the other House's notice is not offered; in the Rajya Sabha, the question must be
 *   recent (Rule 60(1)), read as the rule data's days.
 * - `caution`: what the user should know before drafting a choice the House may still admit: a
 *   half-an-hour notice on an answer that is not recent where the rule data makes that a warning,
 *   not a bar (the Lok Sabha: half-an-hour-rules.ts, Rule 55's text is unconfirmed). Never beside
 *   a bar.
 * Other kinds get neither: their own checks run on the draft.
 */
export function choiceFindings(choice: DraftChoice, c: Case, today: IsoDate): ChoiceFindings {
  const q = c.question;
  if (choice.kind !== 'half-an-hour-notice' || !choice.house || !q) return NOTHING;
  const other = otherHouseBar(choice.house, q);
  if (other !== null) return { bar: other, caution: null };
  const stale = notRecent(choice.house, q, today);
  return { bar: stale?.severity === 'error' ? stale : null, caution: stale?.severity === 'warning' ? stale : null };
}

/** A half-an-hour discussion arises from a question asked in the same House. */
function otherHouseBar(house: 'Lok Sabha' | 'Rajya Sabha', q: Question): Finding | null {
  if (q.house === null || q.house === house) return null;
  const rule = HALF_HOUR_SAME_HOUSE.find((r) => r.house === house);
  if (!rule) return null;
  return {
    ruleId: rule.id,
    severity: rule.severity,
    cite: rule.cite,
    message: msg(house === 'Rajya Sabha' ? 'lint.halfHour.otherHouseRs' : 'lint.halfHour.otherHouseLs'),
    detail: null,
    source: rule.source,
    confirmed: rule.confirmed,
  };
}

/** The House's recency finding on the answer, counted from today (no notice exists yet); its severity is the rule data's. */
function notRecent(house: 'Lok Sabha' | 'Rajya Sabha', q: Question, today: IsoDate): Finding | null {
  if (q.date === null) return null;
  return lintHalfAnHour({ house, noticeDate: today, answerDate: q.date, questionNumber: q.number ?? '', beforeDrafting: true })
    .find((f) => f.ruleId === HALF_HOUR_RECENT.id || f.ruleId === HALF_HOUR_RECENT_LS.id) ?? null;
}
