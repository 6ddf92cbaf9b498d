import type { CitedFact, Severity } from './fact.ts';

/**
 * What a half-an-hour discussion notice must meet beyond a question's own rules.
 *
 * - Rajya Sabha Rule 60(1): the discussion is on a matter "which has recently been the subject of
 *   a question in the Rajya Sabha" (the official Hindi text, as translated in
 *   parliament-procedure.md §2; the English text is UNCONFIRMED). The rule gives no number of days:
 *   `recentDays` is this app's reading (a session seldom runs longer, so an answer of an earlier
 *   session is flagged), shown as such, never as the rule's.
 * - Lok Sabha, procedure for Half-an-Hour Discussions (official page): the notice "must give the
 *   Question number … with its date of answer" (parliament-procedure.md §1.6; linter table row 24).
 */
export type HalfHourRecentRule = CitedFact & { readonly house: 'Rajya Sabha'; readonly recentDays: number; readonly severity: Severity };
export type HalfHourReferenceRule = CitedFact & { readonly house: 'Lok Sabha'; readonly severity: Severity };

export const HALF_HOUR_RECENT: HalfHourRecentRule = {
  id: 'half-hour-recent-rs',
  house: 'Rajya Sabha',
  recentDays: 90,
  severity: 'warning',
  cite: { key: 'cite.halfHourRecentRs', params: { rule: '60(1)', days: 90 } },
  source: 'http://rajyasabhahindi.nic.in/rshindi/rs_rule/halfanhour.asp (official Hindi text of Rule 60; parliament-procedure.md §2); the 90-day reading of "recently" is this app\'s',
  confirmed: false,
};

export const HALF_HOUR_REFERENCE: HalfHourReferenceRule = {
  id: 'half-hour-reference-ls',
  house: 'Lok Sabha',
  severity: 'error',
  cite: { key: 'cite.halfHourReferenceLs', params: {} },
  source: 'http://loksabhaph.nic.in/Questions/ProcedureForHalfAnHour.aspx (parliament-procedure.md §1.6; linter table row 24)',
  confirmed: true,
};
