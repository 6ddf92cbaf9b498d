/**
 * Expressions that constitute a government assurance.
 *
 * Items 1–28 are the Lok Sabha standard list, MoPA Manual Annex 3, verbatim
 * ("As approved by the Committee on Government Assurances of the Lok Sabha at its
 * sitting held on 9.4.1954"), quoted in parliament-procedure.md §4. Item 29 onward
 * and the Rajya Sabha list are UNCONFIRMED there, so nothing from them is here;
 * the extra entries below are marked `confirmed: false`.
 *
 * An assurance must be fulfilled "within a period of three months from the date of
 * assurance" (OAMS, parliament-procedure.md §4); `shared/analysis/assurance.ts`
 * computes the due date. `pattern` runs on one lower-cased sentence.
 */
export type AssuranceExpression = {
  readonly id: string;
  /** Item number on the Lok Sabha list in Annex 3, or null when not from it. */
  readonly item: number | null;
  readonly text: string;
  readonly pattern: RegExp;
  readonly source: string;
  readonly confirmed: boolean;
};

const ANNEX_3 = 'MoPA Manual Annex 3, Lok Sabha list (http://mpa.nic.in/mpa/manual/Manual_English/Annexure/annex-03.htm), parliament-procedure.md §4';

export const ASSURANCE_EXPRESSIONS = [
  { id: 'ls-annex3-01', item: 1, text: 'The matter is under consideration.', pattern: /\b(matter|proposal|issue|request) (is|are) (still )?under (active )?consideration\b/, source: `${ANNEX_3}, item 1`, confirmed: true },
  { id: 'ls-annex3-02', item: 2, text: 'I shall look into it.', pattern: /\b(i|we) (shall|will) look into it\b/, source: `${ANNEX_3}, item 2`, confirmed: true },
  { id: 'ls-annex3-03', item: 3, text: 'Enquiries are being made.', pattern: /\benquiries are being made\b/, source: `${ANNEX_3}, item 3`, confirmed: true },
  { id: 'ls-annex3-04', item: 4, text: "I shall inform the Hon'ble Member.", pattern: /\b(i|we) (shall|will) inform the (hon'?ble )?members?\b/, source: `${ANNEX_3}, item 4`, confirmed: true },
  { id: 'ls-annex3-05', item: 5, text: 'This is primarily the concern of State Government but I shall look into it.', pattern: /\bprimarily the concern of (the )?state governments?\b[^.]{0,40}\blook into\b/, source: `${ANNEX_3}, item 5`, confirmed: true },
  { id: 'ls-annex3-06', item: 6, text: 'I shall write to the State Governments.', pattern: /\b(i|we) (shall|will) write to the state governments?\b/, source: `${ANNEX_3}, item 6`, confirmed: true },
  { id: 'ls-annex3-07', item: 7, text: "I assure the House all suggestions by Hon'ble Member will be carefully considered.", pattern: /\bsuggestions\b[^.]{0,60}\bwill be carefully considered\b/, source: `${ANNEX_3}, item 7`, confirmed: true },
  { id: 'ls-annex3-08', item: 8, text: 'I shall study the conditions on the spot during my tour.', pattern: /\bstudy the conditions on the spot\b/, source: `${ANNEX_3}, item 8`, confirmed: true },
  { id: 'ls-annex3-09', item: 9, text: 'I shall consider the matter.', pattern: /\b(i|we) (shall|will) consider the matter\b/, source: `${ANNEX_3}, item 9`, confirmed: true },
  { id: 'ls-annex3-10', item: 10, text: 'I will consider it.', pattern: /\b(i|we) (shall|will) consider it\b/, source: `${ANNEX_3}, item 10`, confirmed: true },
  { id: 'ls-annex3-11', item: 11, text: 'I will suggest to State Governments.', pattern: /\b(i|we) (shall|will) suggest to (the )?state governments?\b/, source: `${ANNEX_3}, item 11`, confirmed: true },
  { id: 'ls-annex3-12', item: 12, text: 'We will put the matter in the shape of a resolution.', pattern: /\bput the matter in the shape of a resolution\b/, source: `${ANNEX_3}, item 12`, confirmed: true },
  { id: 'ls-annex3-13', item: 13, text: 'I shall see what can be done about it.', pattern: /\bsee what can be done\b/, source: `${ANNEX_3}, item 13`, confirmed: true },
  { id: 'ls-annex3-14', item: 14, text: 'I will look into the matter before I can say anything.', pattern: /\blook into the matter before\b/, source: `${ANNEX_3}, item 14`, confirmed: true },
  { id: 'ls-annex3-15', item: 15, text: 'The suggestion will be taken into consideration.', pattern: /\bsuggestions? (will|shall) be taken into consideration\b/, source: `${ANNEX_3}, item 15`, confirmed: true },
  { id: 'ls-annex3-16', item: 16, text: 'The matter will be considered at the____________conference to be held on ______________ .', pattern: /\bwill be considered at the[^.]{0,60}conference\b/, source: `${ANNEX_3}, item 16`, confirmed: true },
  { id: 'ls-annex3-17', item: 17, text: 'The matter is still under examination and if anything is required to be done, it will certainly be done.', pattern: /\bstill under examination\b/, source: `${ANNEX_3}, item 17`, confirmed: true },
  { id: 'ls-annex3-18', item: 18, text: 'The matter will be taken up with the Government of _______________.', pattern: /\bwill be taken up with the government of\b/, source: `${ANNEX_3}, item 18`, confirmed: true },
  { id: 'ls-annex3-19', item: 19, text: 'I have no information; but I am prepared to look into the matter.', pattern: /\bprepared to look into the matter\b/, source: `${ANNEX_3}, item 19`, confirmed: true },
  { id: 'ls-annex3-20', item: 20, text: 'Efforts are being made to collect the necessary data.', pattern: /\befforts are being made to collect\b/, source: `${ANNEX_3}, item 20`, confirmed: true },
  { id: 'ls-annex3-21', item: 21, text: 'The suggestions made will be borne in mind while framing the rules.', pattern: /\bborne in mind while framing the rules\b/, source: `${ANNEX_3}, item 21`, confirmed: true },
  { id: 'ls-annex3-22', item: 22, text: "If the Hon'ble Member so desires, I can issue further instructions.", pattern: /\bcan issue further instructions\b/, source: `${ANNEX_3}, item 22`, confirmed: true },
  { id: 'ls-annex3-23', item: 23, text: 'Copy of the report, when finalised, will be placed in the Parliament Library.', pattern: /\bwill be placed in the parliament library\b/, source: `${ANNEX_3}, item 23`, confirmed: true },
  { id: 'ls-annex3-24', item: 24, text: "I shall supply it to Hon'ble Member.", pattern: /\b(i|we) (shall|will) supply it to\b/, source: `${ANNEX_3}, item 24`, confirmed: true },
  { id: 'ls-annex3-25', item: 25, text: 'I think it can be done.', pattern: /\bi think it can be done\b/, source: `${ANNEX_3}, item 25`, confirmed: true },
  { id: 'ls-annex3-26', item: 26, text: "If the Hon'ble Members' allegation is true, I shall certainly have the matter gone into.", pattern: /\bhave the matter gone into\b/, source: `${ANNEX_3}, item 26`, confirmed: true },
  { id: 'ls-annex3-27', item: 27, text: 'We shall have to find that out.', pattern: /\bwe shall have to find that out\b/, source: `${ANNEX_3}, item 27`, confirmed: true },
  { id: 'ls-annex3-28', item: 28, text: 'I will draw the attention of the _______________Government who I hope will take adequate steps in this direction.', pattern: /\bdraw the attention of the[^.]{0,60}government\b/, source: `${ANNEX_3}, item 28`, confirmed: true },
  {
    id: 'information-laid-on-table',
    item: null,
    text: 'The information is being collected and will be laid on the Table of the House.',
    pattern: /\bbeing collected\b[^.]{0,200}\b(laid|placed) on the table\b/,
    source: 'parliament-procedure.md §4: whether this is on the Annex 3 list is UNCONFIRMED (nearest is item 20)',
    confirmed: false,
  },
  {
    id: 'under-examination',
    item: null,
    text: 'The matter is under examination.',
    pattern: /\bunder (active )?examination\b/,
    source: 'parliament-procedure.md §3.3 says "under examination" is on the MoPA list; §4 confirms only item 17 ("still under examination ...")',
    confirmed: false,
  },
] as const satisfies readonly AssuranceExpression[];
