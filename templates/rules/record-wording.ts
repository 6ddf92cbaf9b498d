/**
 * What an RTI point on a part's own words must not ask: a ranking or an attribution. A Public
 * Information Officer gives information as it is held; he need not collate it into a ranking nor
 * interpret it ("The PIO need not create, interpret or answer hypotheticals": SC, Khanapuram
 * Gandaiah, 2010; "no duty to collect or collate": SC, CBSE v Aditya Bandopadhyay, CA 6454/2011;
 * `rti-law-and-anchors.md` A.6). Review 13: "the States with the highest recruitment of staff" and
 * "the reduction ... attributable to NHM initiatives" invite "not held" or "opinion, not information".
 *
 * Each rule rewrites the part's words into the records behind them: the figures State-wise, the
 * figures without the causal claim. `replace` follows String.prototype.replace.
 */
export type RecordWordingRule = {
  readonly id: string;
  readonly pattern: RegExp;
  readonly replace: string;
  /**
   * What a Hindi point adds after quoting the part's own words, which it must quote as the question
   * worded them (review 16): how the records are asked for instead.
   */
  readonly hiNote: string;
  readonly implements: string;
  readonly source: string;
};

const A6 = 'rti-law-and-anchors.md A.6 (SC, Khanapuram Gandaiah 2010; SC, CBSE v Aditya Bandopadhyay, CA 6454/2011)';
const IMPLEMENTS = 'Right to Information Act, 2005, s.2(f) and s.2(j): information as held, not created or interpreted';

export const RECORD_WORDING: ReadonlyArray<RecordWordingRule> = [
  {
    id: 'ranking-to-breakdown',
    // "the States with the highest recruitment of staff" -> "the recruitment of staff, State-wise".
    pattern: /^(?:the\s+)?(State|District|UT)s?\s+(?:with|having|showing)\s+the\s+(?:highest|lowest|maximum|minimum|most|least|best|worst)\s+(.+)$/i,
    replace: 'the $2, $1-wise',
    hiNote: 'जिस रूप में अभिलेखों में हैं, किसी क्रम के बिना',
    implements: IMPLEMENTS,
    source: A6,
  },
  {
    id: 'attribution-dropped',
    // "the reduction in maternal mortality attributable to NHM initiatives, year-wise" -> "the
    // reduction in maternal mortality, year-wise": the figures are held, the cause is an opinion.
    pattern: /\s+(?:attributable|attributed|owing)\s+to\s+[^,;]+/i,
    replace: '',
    hiNote: 'जिस रूप में अभिलेखों में हैं, किसी कारण से जोड़े बिना',
    implements: IMPLEMENTS,
    source: A6,
  },
];

/** The part's words as an RTI point may ask them. */
export function asRecords(topic: string): string {
  return RECORD_WORDING.reduce((t, r) => t.replace(r.pattern, r.replace), topic);
}

/** The Hindi notes of the rules that change the part's words (none when they stand as asked). */
export function recordWordingNotesHi(topic: string): ReadonlyArray<string> {
  return RECORD_WORDING.filter((r) => topic.replace(r.pattern, r.replace) !== topic).map((r) => r.hiNote);
}
