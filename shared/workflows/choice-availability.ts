import type { Case } from '../domain/case.ts';
import type { IsoDate } from '../lib/dates/index.ts';
import type { Finding } from '../lint/finding.ts';
import { lintHalfAnHour } from '../lint/lint-half-an-hour.ts';
import { msg } from '../messages/message.ts';
import { HALF_HOUR_RECENT, HALF_HOUR_RECENT_LS, HALF_HOUR_SAME_HOUSE } from '../../templates/rules/half-an-hour-rules.ts';
import type { DraftChoice } from './draft-choices.ts';

/**
 * Why a choice of document cannot give this case a notice the House would admit, or null when it
 * can. The form says why and offers nothing to file, as the Table Office would answer it:
 * - a half-an-hour discussion arises from a question asked in the same House (RS Rule 60(1); the
 *   Lok Sabha's procedure page), so the other House's notice is not offered;
 * - in the Rajya Sabha, the question must be recent (Rule 60(1)), read as the rule data's days.
 * Other kinds are always available: their own checks run on the draft. Never throws.
 */
export function choiceBar(choice: DraftChoice, c: Case, today: IsoDate): Finding | null {
  if (choice.kind !== 'half-an-hour-notice' || !choice.house) return null;
  const q = c.question;
  if (!q) return null;
  if (q.house !== null && q.house !== choice.house) {
    const rule = HALF_HOUR_SAME_HOUSE.find((r) => r.house === choice.house);
    if (!rule) return null;
    return {
      ruleId: rule.id,
      severity: rule.severity,
      cite: rule.cite,
      message: msg(choice.house === 'Rajya Sabha' ? 'lint.halfHour.otherHouseRs' : 'lint.halfHour.otherHouseLs'),
      detail: null,
      source: rule.source,
      confirmed: rule.confirmed,
    };
  }
  if (q.date === null) return null;
  const findings = lintHalfAnHour({ house: choice.house, noticeDate: today, answerDate: q.date, questionNumber: q.number ?? '' });
  const stale = findings.find((f) => f.ruleId === HALF_HOUR_RECENT.id);
  // No notice exists yet: the form counts from today ("… days ago"), not "before this notice".
  return stale ? { ...stale, message: { ...stale.message, key: 'lint.halfHour.notRecentToday' } } : null;
}

/**
 * What the user should know before drafting a choice the House may still admit: a Lok Sabha
 * half-an-hour notice on an answer that is not recent (half-an-hour-rules.ts: Rule 55's text is
 * unconfirmed, so the app warns where the Rajya Sabha bars). Null when there is nothing to say,
 * and whenever `choiceBar` bars the choice. Never throws.
 */
export function choiceCaution(choice: DraftChoice, c: Case, today: IsoDate): Finding | null {
  if (choice.kind !== 'half-an-hour-notice' || choice.house !== 'Lok Sabha') return null;
  const q = c.question;
  if (!q || q.date === null || choiceBar(choice, c, today) !== null) return null;
  const stale = lintHalfAnHour({ house: choice.house, noticeDate: today, answerDate: q.date, questionNumber: q.number ?? '' }).find((f) => f.ruleId === HALF_HOUR_RECENT_LS.id);
  return stale ? { ...stale, message: { ...stale.message, key: 'lint.halfHour.notRecentLsToday' } } : null;
}
