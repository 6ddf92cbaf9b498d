import { assertNever } from '../../shared/lib/assert-never.ts';

/**
 * The time limits the deadline engine applies, as data.
 *
 * Each rule names its section, the period, the source it was read from (see
 * /work/shared/docs/rti-law-and-anchors.md A.1 and parliament-procedure.md §4) and
 * whether the docs confirm it. The engine in `shared/deadlines/` reads the periods
 * from here, and a deadline is `confirmed` only if every rule it used is.
 */
export type DeadlinePeriod =
  | { readonly unit: 'days'; readonly amount: number }
  | { readonly unit: 'hours'; readonly amount: number }
  | { readonly unit: 'months'; readonly amount: number };

export type DeadlineRule = {
  /** The provision, as it appears in a `basis` string: "s.7(1)". */
  readonly section: string;
  readonly summary: string;
  readonly period: DeadlinePeriod | null;
  readonly source: string;
  readonly confirmed: boolean;
  readonly note?: string;
};

export const DEADLINE_RULES = {
  reply: {
    section: 's.7(1)',
    summary: 'The PIO decides the request within thirty days of its receipt.',
    period: { unit: 'days', amount: 30 },
    source: 'https://chandametta.kvs.ac.in/?p=7962',
    confirmed: true,
  },
  lifeOrLiberty: {
    section: 's.7(1) proviso',
    summary: 'Where the information concerns the life or liberty of a person, the reply is due within 48 hours of receipt.',
    period: { unit: 'hours', amount: 48 },
    source: 'https://www.theapprentice.in/rti-in-48-hours-life-liberty-under-section-7/',
    confirmed: true,
    note: 'Dates are tracked without times of day, so 48 hours is shown as the second day after receipt (the same time of day as receipt).',
  },
  apio: {
    section: 's.5(2) proviso',
    summary: 'Five days are added to the reply period when the request is given to an Assistant PIO.',
    period: { unit: 'days', amount: 5 },
    source: 'https://irrigation.kerala.gov.in/rti-general',
    confirmed: true,
  },
  thirdParty: {
    section: 's.11',
    summary: 'Where third-party information is involved, the decision is due within forty days of receipt.',
    period: { unit: 'days', amount: 40 },
    source: 'https://irrigation.kerala.gov.in/rti-general',
    confirmed: true,
  },
  combinedPeriods: {
    section: 's.5(2) with s.11 / s.7(1) proviso',
    summary: 'How the periods combine: the APIO\'s five days are added to the 48-hour and 40-day periods too; if a request is both life-or-liberty and third-party, the 48 hours govern.',
    period: null,
    source: 'rti-law-and-anchors.md A.1 (rows s.5(2), s.7(1), s.11 give each period alone, not how they combine)',
    confirmed: false,
  },
  feePause: {
    section: 's.7(3)(a)',
    summary: 'The period between the despatch of the further-fee intimation and the payment of the fee is excluded from the reply period.',
    period: null,
    source: 'https://aipeugrcspdiv.blogspot.com/2013/02/timely-intimation-about-payment-of.html',
    confirmed: true,
    note: 'Counted as the whole days from the intimation date to the payment date; each of several demands pauses the clock separately.',
  },
  deemedRefusal: {
    section: 's.7(2)',
    summary: 'No decision within the period is a deemed refusal; the applicant may appeal without any letter.',
    period: null,
    source: 'https://github.com/amara-source/rti-sahayak',
    confirmed: true,
  },
  transfer: {
    section: 's.6(3)',
    summary: 'A request for information held by another public authority is transferred within five days of receipt.',
    period: { unit: 'days', amount: 5 },
    source: 'https://chandametta.kvs.ac.in/?p=7962',
    confirmed: true,
  },
  transfereeReply: {
    section: 's.6(3) with s.7(1)',
    summary: 'After a transfer the reply period runs from the date the transferee public authority receives the request.',
    period: { unit: 'days', amount: 30 },
    source: 'rti-law-and-anchors.md A.1 row s.6(3) (quotes only the 5-day transfer limit, not when the transferee\'s clock starts)',
    confirmed: false,
  },
  firstAppeal: {
    section: 's.19(1)',
    summary: 'A first appeal lies within thirty days of the receipt of the decision, or of the expiry of the reply period.',
    period: { unit: 'days', amount: 30 },
    source: 'https://legalup.in/?p=1155',
    confirmed: true,
    note: 'The first appellate authority may admit a late appeal for sufficient cause.',
  },
  firstAppealDecision: {
    section: 's.19(6)',
    summary: 'The first appellate authority disposes of the appeal within thirty days of receipt, extendable to forty-five days with reasons recorded.',
    period: { unit: 'days', amount: 30 },
    source: 'https://legalup.in/?p=1155',
    confirmed: true,
  },
  firstAppealDecisionExtended: {
    section: 's.19(6)',
    summary: 'The outer limit for the first appellate order, where reasons for the extension are recorded.',
    period: { unit: 'days', amount: 45 },
    source: 'https://cic.gov.in/second-appeal-guidelines',
    confirmed: true,
  },
  secondAppeal: {
    section: 's.19(3)',
    summary: 'A second appeal lies to the Information Commission within ninety days of the date the first appellate decision should have been made or was received.',
    period: { unit: 'days', amount: 90 },
    source: 'https://cic.gov.in/second-appeal-guidelines',
    confirmed: true,
    note: 'Late appeals may be admitted for sufficient cause. Without an order the engine counts from the 30-day limit, the earlier of the two dates s.19(6) allows.',
  },
  /**
   * With no order, s.19(3) counts from "the date on which the decision should have been made", and
   * s.19(6) gives two such dates: the thirtieth day, or the forty-fifth where reasons for the
   * extension are recorded; the Commission's guidelines accept a second appeal "after forty-five
   * days after filing of First appeal". The tracker and the list of dates give the earlier last day
   * (the 30th day + 90), so nobody is told to wait past a date the law may set; an appeal's own
   * lateness check counts from the 45th day, so no appeal is called late that the Commission could
   * take as in time. Where both dates show, the documents say which is which (`list-of-dates.ts`,
   * `rti-second-appeal.ts`).
   */
  secondAppealWithoutOrder: {
    section: 's.19(3) with s.19(6)',
    summary: 'Without a first appellate order, the ninety days of s.19(3) run from the 30th day of s.19(6) (the earlier reading) or from the 45th day (the later reading, which the Commission\'s guidelines use).',
    period: null,
    source: 'https://legalup.in/?p=1155 (s.19(3), s.19(6)); https://cic.gov.in/second-appeal-guidelines ("can be filed after forty-five days after filing of First appeal")',
    // The two readings are each sourced; which one a Commission applies is not settled in the docs.
    confirmed: false,
  },
  assurance: {
    section: 'OAMS (ii)',
    summary: 'An assurance given to the Lok/Rajya Sabha is to be fulfilled within three months from the date of assurance.',
    period: { unit: 'months', amount: 3 },
    source: 'https://oams.nic.in/',
    confirmed: true,
    note: 'The Ministry may seek an extension from the Committee on Government Assurances (OAMS (iii)).',
  },
  answerDate: {
    section: 'LS r.34(1)(c)',
    summary: 'A question notice names the date on which the answer is desired; the question is answered on the date it is listed for.',
    period: null,
    source: 'http://parliamentofindia.nic.in/ls/rules/rulep7.html',
    confirmed: true,
  },
  postalAllowance: {
    section: 'receipt by post',
    summary: 'The reply clock runs from receipt; for a request sent by post, receipt is assumed a set number of days after posting unless the delivery date is recorded.',
    period: { unit: 'days', amount: 5 },
    source: 'rti-law-and-anchors.md A.6 ("the clock runs from receipt", rti-sahayak); the allowance itself has no source',
    confirmed: false,
  },
  countingConvention: {
    section: 'General Clauses Act 1897 s.9',
    summary: 'The day of receipt is excluded and the last day of the period included: "30 days from 3 Jan" ends on 2 Feb.',
    period: null,
    source: 'Not in /work/shared/docs; consistent with CIC "thirty days after filing" https://cic.gov.in/complaint-guidelines',
    confirmed: false,
  },
  holidayRollForward: {
    section: 'General Clauses Act 1897 s.10',
    summary: 'Optional: a period that ends on a day the office is closed ends on the next open day.',
    period: null,
    source: 'rti-law-and-anchors.md B.1 ("Whether a deadline falling on a holiday rolls forward is UNCONFIRMED for RTI, so make it a setting")',
    confirmed: false,
  },
} as const satisfies Record<string, DeadlineRule>;

export type DeadlineRuleId = keyof typeof DEADLINE_RULES;

export function periodDays(id: DeadlineRuleId): number {
  const rule: DeadlineRule = DEADLINE_RULES[id];
  if (!rule.period) throw new Error(`Deadline rule ${id} has no period`);
  switch (rule.period.unit) {
    case 'days': return rule.period.amount;
    case 'hours': return rule.period.amount / 24;
    case 'months': throw new Error(`Deadline rule ${id} is counted in months, not days`);
    default: return assertNever(rule.period, 'Unknown period unit');
  }
}

/** A period counted in calendar months (the assurance's three months, OAMS (ii)). */
export function periodMonths(id: DeadlineRuleId): number {
  const rule: DeadlineRule = DEADLINE_RULES[id];
  if (rule.period?.unit !== 'months') throw new Error(`Deadline rule ${id} is not counted in months`);
  return rule.period.amount;
}
