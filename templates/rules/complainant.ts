/**
 * The complaint on an incident, and the First Information Report registered on it, are within the
 * special cognizance (Lok Sabha Rule 41(1), `parliament-procedure.md` §1.5) of the Minister whose
 * Ministry lodged the complaint: it holds the complaint, knows when and with whom it was lodged and
 * what was registered on it. A Ministry that only mentioned the complaint in its reply (MeitY, of
 * the Ministry of Health's complaint on CoWIN) does not, and the Table Office would send such a part
 * to the Minister concerned (review 4 of the example pack). What the police did on the FIR (arrests,
 * chargesheets) is the police's, and goes to Home Affairs first (`minister-concerned.ts`).
 *
 * The reply itself says who complained ("The MoHFW has lodged a complaint and F.I.R has been
 * registered", the Rajya Sabha reply of 21.07.2023 as MediaNama quotes it, §5.2).
 */
export const COMPLAINANT_RULE = {
  /** A part that asks about the complaint or the FIR on it. */
  asks: [/\bcomplaint\b/i, /\bFirst Information Report\b/i, /\bF\.?I\.?R\.?(?=\s|$|[,;.)])/],
  /** How a reply names who complained; the first group is the complainant as the reply writes it. */
  said: [
    // Case-sensitive: the name runs over capitalised words joined by "of", "and", "&".
    /\b(?:[Tt]he\s+)?([A-Z][\w&.-]*(?:\s+(?:of|and|&|[A-Z][\w&.-]*))*)\s+(?:has|had)\s+(?:lodged|filed|made)\s+a\s+complaint\b/,
    /\b[Cc]omplaint\s+(?:was|has\s+been)\s+(?:lodged|filed|made)\s+by\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+(?:of|and|&|[A-Z][\w&.-]*))*)/,
  ],
  source: 'Lok Sabha Rule 41(1) ("within the special cognizance of the Minister to whom it is addressed", parliament-procedure.md §1.5); that the complainant Ministry\'s Minister is the one concerned is this app\'s reading of the rule, applied by analogy in the Rajya Sabha: UNCONFIRMED',
  confirmed: false,
} as const;

/** Whether a notice part asks about the complaint or the FIR registered on it. */
export function asksAboutComplaint(part: string): boolean {
  return COMPLAINANT_RULE.asks.some((re) => re.test(part));
}
