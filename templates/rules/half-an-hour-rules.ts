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
export type HalfHourRecentRule = CitedFact & { readonly house: 'Lok Sabha' | 'Rajya Sabha'; readonly recentDays: number; readonly severity: Severity };
export type HalfHourReferenceRule = CitedFact & { readonly house: 'Lok Sabha'; readonly severity: Severity };
export type HalfHourSameHouseRule = CitedFact & { readonly house: 'Lok Sabha' | 'Rajya Sabha'; readonly severity: Severity };

export const HALF_HOUR_RECENT: HalfHourRecentRule = {
  id: 'half-hour-recent-rs',
  house: 'Rajya Sabha',
  recentDays: 90,
  // An error, not a warning: the Table Office would not admit the notice, so the app does not
  // offer it as a document to file (choice-availability.ts), and an existing draft shows it first.
  severity: 'error',
  cite: { key: 'cite.halfHourRecentRs', params: { rule: '60(1)', days: 90 } },
  source: 'http://rajyasabhahindi.nic.in/rshindi/rs_rule/halfanhour.asp (official Hindi text of Rule 60; parliament-procedure.md §2); the 90-day reading of "recently" is this app\'s',
  confirmed: false,
};

/**
 * The Lok Sabha's half-an-hour discussion on an answer that is not recent. The House's procedure
 * page speaks of "the answer given to a question … [that] needs elucidation on a matter of fact"
 * (parliament-procedure.md §1.6); Rule 55's own text is UNCONFIRMED in the app's sources. The
 * Rajya Sabha's Rule 60(1) says "recently", and so do State assemblies' rules modelled on the
 * Lok Sabha's (e.g. the Haryana Vidhan Sabha's page: "subject of a recent question oral or
 * written"; a SECONDARY source for the Lok Sabha). A Table Office reviewer read Rule 55(1) the
 * same way (review 16). So the app warns, with the same 90 days as its own reading, and does not
 * bar the notice as it does in the Rajya Sabha.
 */
export const HALF_HOUR_RECENT_LS: HalfHourRecentRule = {
  id: 'half-hour-recent-ls',
  house: 'Lok Sabha',
  recentDays: 90,
  severity: 'warning',
  cite: { key: 'cite.halfHourRecentLs', params: { days: 90 } },
  source: 'http://loksabhaph.nic.in/Questions/ProcedureForHalfAnHour.aspx (parliament-procedure.md §1.6); Rule 55 itself is UNCONFIRMED; "recent question" is the wording of RS Rule 60(1) and of http://haryanaassembly.gov.in/half-an-hour-discussion/ (SECONDARY for the Lok Sabha); the 90-day reading is this app\'s',
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

/**
 * A half-an-hour discussion arises from a question asked in the same House.
 * - Rajya Sabha Rule 60(1): "a question in the Rajya Sabha" (official Hindi text, as translated in
 *   parliament-procedure.md §2; the English text is UNCONFIRMED).
 * - Lok Sabha: the House's procedure page speaks of "the answer given to a question, Starred or
 *   Unstarred or Short Notice" and asks for its number and date of answer (§1.6), which are the
 *   House's own questions; Rule 55's text is UNCONFIRMED, so this is the app's reading.
 */
export const HALF_HOUR_SAME_HOUSE: ReadonlyArray<HalfHourSameHouseRule> = [
  {
    id: 'half-hour-same-house-rs',
    house: 'Rajya Sabha',
    severity: 'error',
    cite: { key: 'cite.halfHourSameHouseRs', params: { rule: '60(1)' } },
    source: 'http://rajyasabhahindi.nic.in/rshindi/rs_rule/halfanhour.asp (official Hindi text of Rule 60; parliament-procedure.md §2)',
    confirmed: false,
  },
  {
    id: 'half-hour-same-house-ls',
    house: 'Lok Sabha',
    severity: 'error',
    cite: { key: 'cite.halfHourSameHouseLs', params: {} },
    source: 'http://loksabhaph.nic.in/Questions/ProcedureForHalfAnHour.aspx (parliament-procedure.md §1.6); Rule 55 itself is UNCONFIRMED, so this is the app\'s reading of the procedure page',
    confirmed: false,
  },
];
