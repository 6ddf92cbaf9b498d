import { daysBetween, parseTypedDate, type IsoDate } from '../lib/dates/index.ts';
import { HALF_HOUR_RECENT, HALF_HOUR_RECENT_LS, HALF_HOUR_REFERENCE } from '../../templates/rules/half-an-hour-rules.ts';
import type { Finding } from './finding.ts';
import { dateParam, msg } from '../messages/message.ts';

/** A value still to be filled in: empty, or a bracketed placeholder ("[number]"). */
const unfilled = (v: string): boolean => v.trim() === '' || /^\[.*\]$/.test(v.trim());

/**
 * The checks a half-an-hour discussion notice needs beyond its points: that the answer it arises
 * from is recent (RS Rule 60(1), a bar; in the Lok Sabha a warning, Rule 55 being unconfirmed); in the Lok Sabha, that it names the question's
 * number and date of answer (the House's procedure page). Dates as typed (15.12.2026, 15/12/2026 or
 * ISO); a date that is not one is not judged. `beforeDrafting`: no notice exists yet (the
 * new-draft form), so the age is counted from today ("… days ago"), not "before this notice".
 * Never throws.
 */
export function lintHalfAnHour(input: { house: 'Lok Sabha' | 'Rajya Sabha'; noticeDate: IsoDate; answerDate: string; questionNumber: string; beforeDrafting?: boolean }): ReadonlyArray<Finding> {
  const findings: Finding[] = [];
  const answered = parseTypedDate(input.answerDate.trim());
  if (answered !== null) {
    // The Rajya Sabha's rule bars an answer that is not recent; the Lok Sabha's is read the same
    // way but its text is unconfirmed, so there it is a warning (half-an-hour-rules.ts).
    const rule = input.house === 'Rajya Sabha' ? HALF_HOUR_RECENT : HALF_HOUR_RECENT_LS;
    const days = daysBetween(answered, input.noticeDate);
    if (days > rule.recentDays) {
      findings.push({
        ruleId: rule.id,
        severity: rule.severity,
        cite: rule.cite,
        message: msg(notRecentKey(input.house, input.beforeDrafting === true), { date: dateParam(answered), count: days, limit: rule.recentDays }),
        detail: null,
        source: rule.source,
        confirmed: rule.confirmed,
      });
    }
  }
  if (input.house === 'Lok Sabha' && (unfilled(input.questionNumber) || answered === null)) {
    const rule = HALF_HOUR_REFERENCE;
    findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      cite: rule.cite,
      message: msg('lint.halfHour.noReference'),
      detail: null,
      source: rule.source,
      confirmed: rule.confirmed,
    });
  }
  return findings;
}

function notRecentKey(house: 'Lok Sabha' | 'Rajya Sabha', beforeDrafting: boolean): 'lint.halfHour.notRecent' | 'lint.halfHour.notRecentToday' | 'lint.halfHour.notRecentLs' | 'lint.halfHour.notRecentLsToday' {
  if (house === 'Rajya Sabha') return beforeDrafting ? 'lint.halfHour.notRecentToday' : 'lint.halfHour.notRecent';
  return beforeDrafting ? 'lint.halfHour.notRecentLsToday' : 'lint.halfHour.notRecentLs';
}
