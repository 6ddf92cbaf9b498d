import { addDays, formatDate, parseTypedDate } from '../../shared/lib/dates/index.ts';
import { periodDays } from '../deadlines/deadline-rules.ts';
import type { DraftOf, Language } from '../../shared/domain/draft.ts';
import { lines, numbered, table, type Block } from '../../shared/documents/blocks.ts';
import { field, fill, orPlaceholder, type Bilingual } from './fields.ts';
import { PENALTY } from './rti-appeal-grounds.ts';
import { C, cpioTitle, datedRef, DEEMED_REFUSAL, filingProofs, firstAppealProof, isStateCase, RTI_FIELDS, type RtiAppealKind } from './rti-common.ts';
import type { FieldSpec } from './types.ts';

/**
 * Pieces shared by the second appeal (s.19(3)) and the complaint (s.18) to the Information Commission.
 * The CIC guidelines issued under Rules 8 and 9 of the RTI Rules 2012 want, besides the signed appeal,
 * copies of the application and first appeal and, if available, the reply and the FAA order, with
 * an index, all verified by the appellant (`rti-law-and-anchors.md` A.2 "r.8 / r.9", "Appeal contents").
 */

const F = RTI_FIELDS;

const T = {
  appellant: { en: 'Name and address of the {party}', hi: '{party} का नाम और पता' },
  contact: { en: 'Telephone / e-mail', hi: 'दूरभाष / ई-मेल' },
  cpioRow: { en: 'Name or designation and address of the Public Information Officer', hi: 'लोक सूचना अधिकारी का नाम या पदनाम और पता' },
  faaRow: { en: 'Designation and address of the First Appellate Authority', hi: 'प्रथम अपीलीय प्राधिकारी का पदनाम और पता' },
  applicationRow: { en: 'RTI application', hi: 'आरटीआई आवेदन' },
  replyRow: { en: 'Reply of the Public Information Officer', hi: 'लोक सूचना अधिकारी का उत्तर' },
  firstAppealRow: { en: 'First appeal', hi: 'प्रथम अपील' },
  faaOrderRow: { en: 'Order of the First Appellate Authority', hi: 'प्रथम अपीलीय प्राधिकारी का आदेश' },
  notFiled: { en: 'Not filed', hi: 'दाखिल नहीं की गई' },
  chronologyHeader: { en: 'Date|Event', hi: 'दिनांक|घटना' },
  docApplication: { en: 'RTI application under Section 6(1)', hi: 'धारा 6(1) के अंतर्गत आरटीआई आवेदन' },
  docReply: { en: 'Reply of the Public Information Officer', hi: 'लोक सूचना अधिकारी का उत्तर' },
  docFirstAppeal: { en: 'First appeal under Section 19(1)', hi: 'धारा 19(1) के अंतर्गत प्रथम अपील' },
  docFaaOrder: { en: 'Order of the First Appellate Authority', hi: 'प्रथम अपीलीय प्राधिकारी का आदेश' },
  evApplication: { en: 'RTI application filed with the {cpio}, {authority}', hi: '{authority} के {cpio} के समक्ष आरटीआई आवेदन दाखिल' },
  evReply: { en: 'Reply of the Public Information Officer', hi: 'लोक सूचना अधिकारी का उत्तर' },
  evFirstAppeal: { en: 'First appeal filed with the First Appellate Authority', hi: 'प्रथम अपीलीय प्राधिकारी के समक्ष प्रथम अपील दाखिल' },
  evFaaOrder: { en: 'Order of the First Appellate Authority', hi: 'प्रथम अपीलीय प्राधिकारी का आदेश' },
  evThis: { en: 'This {document} filed', hi: 'यह {document} दाखिल' },
  // Each day once, with no second count of the ninety days beside the facts' one (review 8).
  evFaaDue: {
    en: 'Last of the {days} days of Section 19(6) for deciding the first appeal: no order received',
    hi: 'प्रथम अपील के निर्णय के लिए धारा 19(6) के {days} दिन का अंतिम दिन: कोई आदेश नहीं मिला',
  },
  evFaaDueExtended: {
    en: 'Last of the {days} days Section 19(6) allows at most, with reasons recorded, for deciding the first appeal: no order received',
    hi: 'प्रथम अपील के निर्णय हेतु धारा 19(6) के अंतर्गत लिखित कारणों सहित बढ़ाई जा सकने वाली अधिकतम {days} दिन की अवधि का अंतिम दिन: कोई आदेश नहीं मिला',
  },
  penalty: {
    en: 'inquire whether the {pio}, without reasonable cause, failed to furnish the information within the time specified or denied it mala fide, and if so impose the penalty under Section 20(1) of the Act (Rs {perDay} for each day, up to Rs {cap}) and recommend disciplinary action under Section 20(2);',
    hi: 'जाँच करें कि क्या {pio} ने बिना युक्तियुक्त कारण के निर्धारित समय में सूचना नहीं दी या दुर्भावनापूर्वक इनकार किया, और यदि ऐसा है तो अधिनियम की धारा 20(1) के अंतर्गत शास्ति अधिरोपित करें (प्रत्येक दिन के लिए ₹{perDay}, अधिकतम ₹{cap}) तथा धारा 20(2) के अंतर्गत अनुशासनिक कार्रवाई की सिफ़ारिश करें;',
  },
} as const satisfies { readonly [key: string]: Bilingual };

export function commissionName(draft: DraftOf<RtiAppealKind>, lang: Language): string {
  return isStateCase(draft) ? fill(C.sic[lang], { state: field(draft, F.state.key) }) : C.cic[lang];
}

/**
 * A Devanagari word as it is compared, not printed: a nasal consonant with virama before a consonant
 * of its class is written either way ("केन्द्रीय" / "केंद्रीय"), and both are the same word.
 */
function sameSpelling(text: string): string {
  return text.replace(/[ङञणनम]्(?=[क-घच-झट-ढत-धप-भ])/gu, 'ं').toLowerCase();
}

/**
 * The lines of the Commission's address after its name: an address that starts with the
 * Commission's name (as the shipped CIC address does, in either spelling of केन्द्रीय) does not
 * print it a second time under the name the document already gives.
 */
export function commissionAddressLines(draft: DraftOf<RtiAppealKind>, lang: Language): ReadonlyArray<string> {
  const own = new Set([commissionName(draft, lang), C.cic.en, C.cic.hi].map(sameSpelling));
  return lines(field(draft, F.commissionAddress.key)).filter((line) => !own.has(sameSpelling(line)));
}

/** 25000 -> "25,000"; 2500000 -> "25,00,000" (Indian digit grouping), without depending on the runtime's ICU data. */
export function indianGrouping(n: number): string {
  const digits = String(Math.trunc(n));
  if (digits.length <= 3) return digits;
  const last3 = digits.slice(-3);
  const rest = digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${rest},${last3}`;
}

/** The penalty prayer, naming the officer by the title the particulars use (Central or State PIO). */
export function penaltyPrayer(draft: DraftOf<RtiAppealKind>, lang: Language): string {
  return fill(T.penalty[lang], { perDay: String(PENALTY.perDay), cap: indianGrouping(PENALTY.cap), pio: cpioTitle(draft, lang) });
}

function faaLines(draft: DraftOf<RtiAppealKind>, lang: Language): string {
  const v = (spec: FieldSpec<RtiAppealKind>): string => orPlaceholder(draft, spec.key, spec.label);
  return [`${C.faa[lang]}, ${v(F.publicAuthority)}`, ...lines(v(F.faaAddress))].join('\n');
}

/** The particulars table: who, what was filed, what came back. */
export function particularsTable(draft: DraftOf<RtiAppealKind>, lang: Language, party: Bilingual, opts: { readonly firstAppealRequired: boolean }): Block {
  const t = (b: Bilingual): string => b[lang];
  const v = (spec: FieldSpec<RtiAppealKind>): string => orPlaceholder(draft, spec.key, spec.label);
  const deemed = field(draft, F.ground.key) === 'no-reply' || field(draft, F.replyDate.key) === '';
  const hasFirstAppeal = opts.firstAppealRequired || field(draft, F.firstAppealDate.key) !== '';
  const contact = [field(draft, F.applicantPhone.key), field(draft, F.applicantEmail.key)].filter(Boolean).join(' / ');
  return table([], [
    [fill(t(T.appellant), { party: t(party) }), [v(F.applicantName), ...lines(v(F.applicantAddress))].join('\n')],
    [t(T.contact), contact || t(C.notGiven)],
    [t(T.cpioRow), [`${cpioTitle(draft, lang)}, ${v(F.publicAuthority)}`, ...lines(v(F.pioAddress))].join('\n')],
    [t(T.faaRow), faaLines(draft, lang)],
    [t(T.applicationRow), datedRef(draft, F.applicationDate, F.applicationRef, lang)],
    [t(T.replyRow), deemed ? t(C.noReply) : datedRef(draft, F.replyDate, F.replyRef, lang)],
    [t(T.firstAppealRow), hasFirstAppeal ? datedRef(draft, F.firstAppealDate, F.firstAppealRef, lang) : t(T.notFiled)],
    ...(hasFirstAppeal
      ? [[t(T.faaOrderRow), field(draft, F.faaOrderDate.key) ? datedRef(draft, F.faaOrderDate, F.faaOrderRef, lang) : t(C.noOrder)]]
      : []),
  ], [2, 3]);
}

type Doc = { readonly label: string; readonly date: string };

function documents(draft: DraftOf<RtiAppealKind>, lang: Language, opts: { readonly firstAppealRequired: boolean }): ReadonlyArray<Doc> {
  const t = (b: Bilingual): string => b[lang];
  const d = (spec: FieldSpec<RtiAppealKind>): string => formatDate(field(draft, spec.key));
  const deemed = field(draft, F.ground.key) === 'no-reply' || field(draft, F.replyDate.key) === '';
  const hasFirstAppeal = opts.firstAppealRequired || field(draft, F.firstAppealDate.key) !== '';
  return [
    { label: t(T.docApplication), date: d(F.applicationDate) },
    ...filingProofs(draft, lang),
    ...(deemed ? [] : [{ label: t(T.docReply), date: d(F.replyDate) }]),
    ...(hasFirstAppeal ? [{ label: t(T.docFirstAppeal), date: d(F.firstAppealDate) }, firstAppealProof(draft, lang)] : []),
    ...(field(draft, F.faaOrderDate.key) ? [{ label: t(T.docFaaOrder), date: d(F.faaOrderDate) }] : []),
  ];
}

/** The documents a paper to the Commission encloses, in the index's order (CIC guidelines, A.2). */
export function enclosedDocuments(draft: DraftOf<RtiAppealKind>, lang: Language, opts: { readonly firstAppealRequired: boolean }): ReadonlyArray<Doc> {
  return documents(draft, lang, opts);
}

/**
 * Who a paper to the Commission is addressed to: the Registrar of the Central Information
 * Commission; a State Commission by its name (the docs give no State Commission's registry). The
 * shipped CIC address starts with the Commission's name, which is not printed twice.
 */
export function commissionAddressee(draft: DraftOf<RtiAppealKind>, lang: Language): ReadonlyArray<string> {
  return [...(isStateCase(draft) ? [] : [REGISTRAR[lang]]), commissionName(draft, lang), ...commissionAddressLines(draft, lang)];
}

const REGISTRAR = { en: 'The Registrar', hi: 'रजिस्ट्रार' } as const satisfies Bilingual;


/** Chronology of dates and events, oldest first. */
export function chronologyTable(draft: DraftOf<RtiAppealKind>, lang: Language, documentName: Bilingual, today: string): Block {
  const t = (b: Bilingual): string => b[lang];
  const v = (spec: FieldSpec<RtiAppealKind>): string => orPlaceholder(draft, spec.key, spec.label);
  const rows: Array<[string, string]> = [[formatDate(v(F.applicationDate)), fill(t(T.evApplication), { cpio: cpioTitle(draft, lang), authority: v(F.publicAuthority) })]];
  // The days the limitation turns on, where a decision did not come: the Commission counts from them (s.19(1), s.19(3)).
  const filed = parseTypedDate(field(draft, F.date.key)) ?? today;
  const dueRow = (from: string, days: number, text: Bilingual, extra: { readonly [k: string]: string } = {}): void => {
    const start = parseTypedDate(from);
    if (start === null) return;
    const due = addDays(start, days);
    if (due < filed) rows.push([formatDate(due), fill(t(text), { days: String(days), from: formatDate(addDays(due, 1)), ...extra })]);
  };
  if (field(draft, F.replyDate.key) && field(draft, F.ground.key) !== 'no-reply') rows.push([formatDate(field(draft, F.replyDate.key)), t(T.evReply)]);
  else dueRow(field(draft, F.applicationDate.key), periodDays('reply'), DEEMED_REFUSAL, { pio: cpioTitle(draft, lang) });
  if (field(draft, F.firstAppealDate.key)) rows.push([formatDate(field(draft, F.firstAppealDate.key)), t(T.evFirstAppeal)]);
  if (field(draft, F.faaOrderDate.key)) rows.push([formatDate(field(draft, F.faaOrderDate.key)), t(T.evFaaOrder)]);
  else if (field(draft, F.firstAppealDate.key)) {
    dueRow(field(draft, F.firstAppealDate.key), periodDays('firstAppealDecision'), T.evFaaDue, { extended: String(periodDays('firstAppealDecisionExtended')) });
    // The outer day too: the Commission's guidelines count the second appeal's ninety days from it (s.19(3), s.19(6)).
    dueRow(field(draft, F.firstAppealDate.key), periodDays('firstAppealDecisionExtended'), T.evFaaDueExtended);
  }
  rows.push([formatDate(field(draft, F.date.key) || today), fill(t(T.evThis), { document: t(documentName) })]);
  return table(T.chronologyHeader[lang].split('|'), rows, [1, 3]);
}

export function numberedOr(items: ReadonlyArray<string>, placeholder: string): Block {
  return numbered(items.length > 0 ? items : [placeholder]);
}
