import { addDays, daysBetween, formatDate, parseTypedDate } from '../../shared/lib/dates/index.ts';
import type { DraftOf, Language } from '../../shared/domain/draft.ts';
import { heading, paragraph, table, type Block } from '../../shared/documents/blocks.ts';
import type { AppealLimit } from '../../shared/deadlines/appeal-limits.ts';
import { field, fill, orPlaceholder, slot, type Bilingual } from './fields.ts';
import type { FieldSpec } from './types.ts';
import { FEE_MODE_FACTS, isFeeMode, type FeeMode } from './rti-law.ts';
import { FilingModeSchema, type FilingMode } from '../../shared/domain/filing.ts';
import { assertNever } from '../../shared/lib/assert-never.ts';

/** The documents that follow an application: they share its fields and the history since. */
export type RtiAppealKind = 'rti-first-appeal' | 'rti-second-appeal' | 'rti-complaint';

/** Field keys shared by the RTI documents, so an application's answers carry into its appeals. */
export const RTI_FIELDS = {
  publicAuthority: { key: 'publicAuthority', label: 'Public authority (ministry / department)' },
  pioAddress: { key: 'pioAddress', label: "CPIO's postal address" },
  subject: { key: 'subject', label: 'Subject' },
  applicantName: { key: 'applicantName', label: "Applicant's name" },
  applicantAddress: { key: 'applicantAddress', label: "Applicant's address" },
  applicantPhone: { key: 'applicantPhone', label: "Applicant's telephone" },
  applicantEmail: { key: 'applicantEmail', label: "Applicant's e-mail" },
  applicationDate: { key: 'applicationDate', label: 'Date of the RTI application' },
  applicationRef: { key: 'applicationRef', label: 'Registration number of the RTI application' },
  replyDate: { key: 'replyDate', label: "Date of the CPIO's reply" },
  replyRef: { key: 'replyRef', label: "Reference number of the CPIO's reply" },
  ground: { key: 'ground', label: 'What went wrong' },
  groundDetails: { key: 'groundDetails', label: 'Further grounds in your own words' },
  feeDemanded: { key: 'feeDemanded', label: 'Further fee demanded (Rs)' },
  faaAddress: { key: 'faaAddress', label: "First Appellate Authority's postal address" },
  firstAppealDate: { key: 'firstAppealDate', label: 'Date of the first appeal' },
  firstAppealRef: { key: 'firstAppealRef', label: 'Registration number of the first appeal' },
  questionRef: { key: 'questionRef', label: 'Parliamentary question in which the matter was raised' },
  detriment: { key: 'detriment', label: 'Loss or detriment suffered (for compensation under s.19(8)(b))' },
  pageCounts: { key: 'pageCounts', label: 'Pages: this appeal, then each enclosure in the order of the index (for example 6, 2, 1)' },
  faaOrderDate: { key: 'faaOrderDate', label: "Date of the First Appellate Authority's order" },
  faaOrderRef: { key: 'faaOrderRef', label: "Reference number of the First Appellate Authority's order" },
  commissionAddress: { key: 'commissionAddress', label: "Commission's postal address" },
  state: { key: 'state', label: 'State (for a State public authority and Commission)' },
  delayReason: { key: 'delayReason', label: 'Reason for any delay in filing (condonation)' },
  applicationMode: { key: 'applicationMode', label: 'How the application was filed' },
  feeMode: { key: 'feeMode', label: 'How the fee is paid' },
  place: { key: 'place', label: 'Place' },
  date: { key: 'date', label: 'Date' },
} as const satisfies { readonly [key: string]: FieldSpec<RtiAppealKind> };

export const C = {
  cpio: { en: 'Central Public Information Officer', hi: 'केन्द्रीय लोक सूचना अधिकारी' },
  spio: { en: 'State Public Information Officer', hi: 'राज्य लोक सूचना अधिकारी' },
  faa: { en: 'First Appellate Authority', hi: 'प्रथम अपीलीय प्राधिकारी' },
  cic: { en: 'Central Information Commission', hi: 'केन्द्रीय सूचना आयोग' },
  sic: { en: 'State Information Commission, {state}', hi: 'राज्य सूचना आयोग, {state}' },
  noReply: { en: 'No reply received (deemed refusal, Section 7(2))', hi: 'कोई उत्तर प्राप्त नहीं (मानित अस्वीकृति, धारा 7(2))' },
  noOrder: { en: 'No order received', hi: 'कोई आदेश प्राप्त नहीं' },
  dated: { en: 'dated', hi: 'दिनांक' },
  refNo: { en: 'No.', hi: 'संख्या' },
  notGiven: { en: 'not given', hi: 'नहीं दिया गया' },
  place: { en: 'Place: ', hi: 'स्थान: ' },
  date: { en: 'Date: ', hi: 'दिनांक: ' },
  sign: { en: '(Signature of the appellant)', hi: '(अपीलकर्ता के हस्ताक्षर)' },
  signComplainant: { en: '(Signature of the complainant)', hi: '(शिकायतकर्ता के हस्ताक्षर)' },
} as const satisfies { readonly [key: string]: Bilingual };

export function isStateCase(draft: DraftOf<RtiAppealKind>): boolean {
  return field(draft, RTI_FIELDS.state.key) !== '';
}

/** "dated 21.07.2023 (No. X)" or the placeholder; the registration number is optional. */
export function datedRef(draft: DraftOf<RtiAppealKind>, dateSpec: FieldSpec<RtiAppealKind>, refSpec: FieldSpec<RtiAppealKind>, lang: Language): string {
  const date = formatDate(orPlaceholder(draft, dateSpec.key, dateSpec.label));
  const ref = field(draft, refSpec.key);
  return `${C.dated[lang]} ${date}${ref ? ` (${C.refNo[lang]} ${ref})` : ''}`;
}

/** Points as "1, 2 and 3" (the application's numbering) for "the information sought at points ...". */
export function pointNumbers(draft: DraftOf<RtiAppealKind>, lang: Language): string {
  const count = draft.points.filter((p) => p.trim().length > 0).length;
  return pointsRef(Array.from({ length: Math.max(count, 1) }, (_, i) => i + 1), lang);
}

/**
 * "1 to 6", "3, 4 and 6" ("1 से 6", "3, 4 और 6"): numbers in order, a run of three or more as a
 * range, as a letter numbers its points (the review read "1, 2, 3, 4, 5 and 6" and "3, 4, 6" as
 * careless).
 */
export function numberList(numbers: ReadonlyArray<number>, lang: Language): string {
  const sorted = [...new Set(numbers)].sort((a, b) => a - b);
  const items: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    const from = sorted[i] ?? 0;
    const to = sorted[j] ?? 0;
    if (j - i >= 2) items.push(`${from} ${lang === 'en' ? 'to' : 'से'} ${to}`);
    else for (let k = i; k <= j; k += 1) items.push(String(sorted[k] ?? ''));
    i = j + 1;
  }
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'en' ? 'and' : 'और'} ${items.at(-1) ?? ''}`;
}

/**
 * The points named in a sentence: "point 3", "points 1 to 6" in English; in Hindi the numbers
 * alone, as the Hindi templates write "बिंदु" before them for one point or many.
 */
export function pointsRef(numbers: ReadonlyArray<number>, lang: Language): string {
  const list = numberList(numbers, lang);
  if (lang === 'hi') return list;
  return new Set(numbers).size === 1 ? `point ${list}` : `points ${list}`;
}

/** The points a user typed ("3, 4, 6", "3 and 4"), as numbers; null when the text holds anything else. */
export function typedPoints(text: string): ReadonlyArray<number> | null {
  const tokens = text.split(/\s*(?:,|\band\b|और|&)\s*/).map((t) => t.trim()).filter((t) => t.length > 0);
  if (tokens.length === 0 || !tokens.every((t) => /^\d{1,3}$/.test(t))) return null;
  return tokens.map(Number);
}

export function nonEmptyPoints(draft: DraftOf<RtiAppealKind>): ReadonlyArray<string> {
  return draft.points.map((p) => p.trim()).filter((p) => p.length > 0);
}

export function cpioTitle(draft: DraftOf<RtiAppealKind>, lang: Language): string {
  return (isStateCase(draft) ? C.spio : C.cpio)[lang];
}

/**
 * A late appeal says so, with the working, and asks for condonation (s.19(1) and s.19(3) admit a
 * late appeal for sufficient cause); the reason is the user's, and stays a placeholder until given.
 * An appeal in time with a reason given keeps the conditional plea.
 */
export function delayBlocks(
  draft: DraftOf<RtiAppealKind>,
  lang: Language,
  limit: AppealLimit | null,
  text: { readonly heading: Bilingual; readonly late: Bilingual; readonly condone: Bilingual; readonly conditional: Bilingual },
): ReadonlyArray<Block> {
  const reason = field(draft, RTI_FIELDS.delayReason.key);
  if (limit && limit.lateBy > 0) {
    return [
      heading(text.heading[lang], 2, 'left'),
      paragraph(fill(text.late[lang], { filed: formatDate(limit.filed), limit: formatDate(limit.limit), period: String(limit.days), from: lang === 'hi' ? limitStartHi(draft, limit) : limit.from, days: String(limit.lateBy) })),
      paragraph(fill(text.condone[lang], { reason: reason || slot(lang, RTI_FIELDS.delayReason) })),
    ];
  }
  return reason ? [heading(text.heading[lang], 2, 'left'), paragraph(fill(text.conditional[lang], { reason }))] : [];
}

/**
 * The label of the n-th annexure (from 1): "A-1" in English, "अ-1" in Hindi, where annexures are
 * lettered in Devanagari as the Hindi texts of the Acts letter clauses (क), (ख).
 */
export function annexureLabel(n: number, lang: Language): string {
  return `${lang === 'hi' ? 'अ' : 'A'}-${n}`;
}

/**
 * Where the period of a late appeal ran from, in Hindi, ending in "से" (the English is the deadline
 * engine's `AppealLimit.from`, `shared/deadlines/appeal-limits.ts`, which counts the same way):
 * a first appeal from the reply, or from the day it fell due under s.7(1); a second appeal from the
 * First Appellate Authority's order, or from the last day s.19(6) allowed for it.
 */
const LIMIT_START_HI = {
  reply: 'दिनांक {reply} के उत्तर से',
  replyDue: 'दिनांक {start} से (जब दिनांक {application} के आवेदन का उत्तर धारा 7(1) के अंतर्गत देय हुआ)',
  order: 'प्रथम अपीलीय प्राधिकारी के दिनांक {order} के आदेश से',
  decisionDue: 'दिनांक {start} से (दिनांक {appeal} की प्रथम अपील के निर्णय हेतु धारा 19(6) में अनुमत {outer} दिन की अंतिम तिथि)',
} as const;

function limitStartHi(draft: DraftOf<RtiAppealKind>, limit: AppealLimit): string {
  const start = addDays(limit.limit, -limit.days);
  if (draft.kind === 'rti-first-appeal') {
    if (parseTypedDate(field(draft, RTI_FIELDS.replyDate.key))) return fill(LIMIT_START_HI.reply, { reply: formatDate(start) });
    return fill(LIMIT_START_HI.replyDue, { start: formatDate(start), application: formatDate(field(draft, RTI_FIELDS.applicationDate.key)) });
  }
  if (parseTypedDate(field(draft, RTI_FIELDS.faaOrderDate.key))) return fill(LIMIT_START_HI.order, { order: formatDate(start) });
  const appeal = parseTypedDate(field(draft, RTI_FIELDS.firstAppealDate.key));
  return fill(LIMIT_START_HI.decisionDue, { start: formatDate(start), appeal: appeal ? formatDate(appeal) : '?', outer: appeal ? String(daysBetween(appeal, start)) : '?' });
}

/**
 * A deemed refusal, as every document of a case writes it: dated on the last day the Public
 * Information Officer had (s.7(1): thirty days from receipt), saying the request is deemed refused
 * from the day after (s.7(2); the tracker's working says the same, `deadline.deemedRefused`), so the
 * list of dates, an appeal's chronology and the tracker give one date for one event.
 */
export const DEEMED_REFUSAL = {
  en: 'Last day for the {pio}\'s decision ({days} days, Section 7(1)): none received, so the request is deemed refused from {from} (Section 7(2))',
  hi: '{pio} के निर्णय की अंतिम तिथि ({days} दिन, धारा 7(1)): कोई निर्णय नहीं मिला, अतः {from} से अनुरोध अस्वीकृत माना गया (धारा 7(2))',
} as const satisfies Bilingual;

/** One document the appellant encloses, as the index lists it. */
export type Enclosure = { readonly label: string; readonly date: string };

/** The paper an index heads, as the line after the signature names it. */
export const PAPER = {
  appeal: { en: 'appeal', hi: 'अपील' },
  complaint: { en: 'complaint', hi: 'शिकायत' },
} as const satisfies { readonly [key: string]: Bilingual };

const INDEX = {
  heading: { en: 'INDEX', hi: 'अनुक्रमणिका' },
  header: { en: 'S. No.|Document|Date|Annexure|Pages', hi: 'क्र. सं.|दस्तावेज़|दिनांक|अनुलग्नक|पृष्ठ' },
  pages: { en: '[Pages]', hi: '[पृष्ठ]' },
  encl: { en: 'Enclosures: as listed in the index at the head of this {document}.', hi: 'संलग्नक: इस {document} के आरंभ में दी गई अनुक्रमणिका के अनुसार।' },
} as const satisfies { readonly [key: string]: Bilingual };

/**
 * Page ranges for the index, numbered straight through the paper book: the appeal itself from
 * page 1, then each enclosure after it ("1-6", "7-8", "9"). `counts` is what the appellant typed
 * ("6, 2, 1"); a range that cannot be worked out (a count missing or not a whole number) is null,
 * and so is every range after it, since its first page is unknown.
 */
export function pageRanges(counts: string, n: number): ReadonlyArray<string | null> {
  const parsed = counts.split(/[\s,;]+/).filter((c) => c.length > 0).map((c) => (/^\d+$/.test(c) && Number(c) > 0 ? Number(c) : null));
  const out: Array<string | null> = [];
  let next: number | null = 1;
  for (let i = 0; i < n; i++) {
    const count = parsed[i] ?? null;
    if (next === null || count === null) {
      out.push(null);
      next = null;
      continue;
    }
    const last: number = next + count - 1;
    out.push(count === 1 ? String(next) : `${next}-${last}`);
    next = last + 1;
  }
  return out;
}

/**
 * The index that opens an appeal (CIC second-appeal guidelines: "an index of documents",
 * `rti-law-and-anchors.md` A.2 r.8/r.9): the appeal itself, then each enclosure as an annexure
 * (A-1, A-2, ...; अ-1, अ-2, ... in Hindi), each with the pages it takes in the paper book.
 */
export function indexBlocks(draft: DraftOf<RtiAppealKind>, lang: Language, memo: Enclosure, enclosures: ReadonlyArray<Enclosure>): ReadonlyArray<Block> {
  const ranges = pageRanges(field(draft, RTI_FIELDS.pageCounts.key), enclosures.length + 1);
  const page = (i: number): string => ranges[i] ?? INDEX.pages[lang];
  return [
    heading(INDEX.heading[lang], 2),
    table(INDEX.header[lang].split('|'), [
      ['1', memo.label, memo.date, '', page(0)],
      ...enclosures.map((doc, i) => [String(i + 2), doc.label, doc.date, annexureLabel(i + 1, lang), page(i + 1)]),
    ], [1.3, 6.8, 2.8, 3.0, 2.1]),
  ];
}

/**
 * The proofs of filing and payment an appeal encloses, as what the applicant actually holds: an
 * application made on RTI Online has the portal's acknowledgement with its registration number and
 * the receipt for the fee paid there by electronic means (RTI Rules 2012 r.6(c); the portal takes
 * the Rs 10 online, `rti-law-and-anchors.md` B.5), and nothing was dispatched; one sent by post
 * has the postal receipt; one delivered by hand, the receipt given at the counter. The fee's proof
 * follows how it was paid (r.6(a)-(c)); a BPL applicant pays none and encloses the certificate
 * (s.7(5), r.5). Where the draft does not say how it was filed, the row says what either would be.
 */
const PROOF = {
  filing: {
    'rti-online': { en: 'Acknowledgement of the RTI application from RTI Online, with its registration number', hi: 'आरटीआई ऑनलाइन पोर्टल से प्राप्त आरटीआई आवेदन की पावती, उसकी पंजीकरण संख्या सहित' },
    post: { en: 'Postal receipt for the dispatch of the RTI application', hi: 'आरटीआई आवेदन के प्रेषण की डाक रसीद' },
    'by-hand': { en: 'Receipt for the RTI application delivered by hand', hi: 'हाथ से दिए गए आरटीआई आवेदन की प्राप्ति रसीद' },
    unknown: { en: 'Proof of filing of the RTI application (the postal receipt, or the online acknowledgement)', hi: 'आरटीआई आवेदन दाखिल करने का प्रमाण (डाक रसीद, या ऑनलाइन पावती)' },
  },
  appealFiling: {
    'rti-online': { en: 'Acknowledgement of the first appeal from RTI Online, with its registration number', hi: 'आरटीआई ऑनलाइन पोर्टल से प्राप्त प्रथम अपील की पावती, उसकी पंजीकरण संख्या सहित' },
    post: { en: 'Postal receipt for the dispatch of the first appeal', hi: 'प्रथम अपील के प्रेषण की डाक रसीद' },
    'by-hand': { en: 'Receipt for the first appeal delivered by hand', hi: 'हाथ से दी गई प्रथम अपील की प्राप्ति रसीद' },
    unknown: { en: 'Proof of filing of the first appeal (the postal receipt, or the online acknowledgement)', hi: 'प्रथम अपील दाखिल करने का प्रमाण (डाक रसीद, या ऑनलाइन पावती)' },
  },
  fee: {
    online: { en: 'Receipt for the application fee paid online (Rule 6(c), Right to Information Rules, 2012)', hi: 'ऑनलाइन भुगतान किए गए आवेदन शुल्क की रसीद (सूचना का अधिकार नियम, 2012 का नियम 6(ग))' },
    instrument: { en: 'Copy of the {instrument} for the application fee', hi: 'आवेदन शुल्क के {instrument} की प्रति' },
    cash: { en: 'Receipt for the application fee paid in cash', hi: 'नकद जमा किए गए आवेदन शुल्क की रसीद' },
    stamp: { en: 'Copy of the application showing the court-fee stamp affixed for the fee', hi: 'शुल्क हेतु चिपकाए गए कोर्ट फीस स्टाम्प सहित आवेदन की प्रति' },
    bpl: { en: 'Copy of the BPL certificate (no fee: Section 7(5), Rule 5)', hi: 'बीपीएल प्रमाणपत्र की प्रति (कोई शुल्क नहीं: धारा 7(5), नियम 5)' },
    unknown: { en: 'Proof of payment of the application fee', hi: 'आवेदन शुल्क के भुगतान का प्रमाण' },
  },
} as const satisfies { readonly filing: { readonly [K in FilingMode | 'unknown']: Bilingual }; readonly appealFiling: { readonly [K in FilingMode | 'unknown']: Bilingual }; readonly fee: { readonly [key: string]: Bilingual } };

function feeProof(mode: FeeMode | null, lang: Language): string {
  if (mode === null) return PROOF.fee.unknown[lang];
  switch (mode) {
    case 'online': return PROOF.fee.online[lang];
    case 'ipo':
    case 'dd':
    case 'bankers-cheque': return fill(PROOF.fee.instrument[lang], { instrument: FEE_MODE_FACTS[mode].label[lang] });
    case 'cash': return PROOF.fee.cash[lang];
    case 'court-fee-stamp': return PROOF.fee.stamp[lang];
    case 'bpl': return PROOF.fee.bpl[lang];
    default: return assertNever(mode, 'Unknown fee mode');
  }
}

/** How the application was filed, as the appeal's field offers it: the tracker's modes, in words. */
export const APPLICATION_MODES = FilingModeSchema.options;
export const APPLICATION_MODE_LABELS: { readonly [M in FilingMode]: string } = {
  'rti-online': 'On RTI Online',
  post: 'By post',
  'by-hand': 'By hand',
};

function filingModeOf(draft: DraftOf<RtiAppealKind>): FilingMode | null {
  const parsed = FilingModeSchema.safeParse(field(draft, RTI_FIELDS.applicationMode.key));
  return parsed.success ? parsed.data : null;
}

/**
 * The index rows proving how the application was filed and its fee paid (`applicationMode`,
 * `feeMode`), dated with the application they go with: an index runs in date order, each proof
 * beside what it proves (review 4 of the example: the proofs trailed the first appeal).
 */
export function filingProofs(draft: DraftOf<RtiAppealKind>, lang: Language): ReadonlyArray<Enclosure> {
  const filing = filingModeOf(draft);
  const typed = field(draft, RTI_FIELDS.feeMode.key);
  const declared: FeeMode | null = isFeeMode(typed) ? typed : null;
  // RTI Online takes the fee only online: whatever the profile's usual mode, a fee paid there was
  // paid by electronic means (r.6(c)); only a BPL applicant, who pays none, differs.
  const fee: FeeMode | null = filing === 'rti-online' && declared !== 'bpl' ? 'online' : declared;
  const date = formatDate(field(draft, RTI_FIELDS.applicationDate.key));
  return [
    { label: PROOF.filing[filing ?? 'unknown'][lang], date },
    { label: feeProof(fee, lang), date },
  ];
}

/**
 * The row proving the first appeal was filed, and when: the Commission counts the second appeal's
 * ninety days from the first appeal (s.19(3)), and a first appeal made on RTI Online has an
 * acknowledgement of its own. Taken as filed the way the application was: the draft has no field
 * for how the appeal went, and the row names the proof that way of filing gives.
 */
export function firstAppealProof(draft: DraftOf<RtiAppealKind>, lang: Language): Enclosure {
  return { label: PROOF.appealFiling[filingModeOf(draft) ?? 'unknown'][lang], date: formatDate(field(draft, RTI_FIELDS.firstAppealDate.key)) };
}

/** The line after the signature that points the reader back to the index. */
export function enclosuresLine(lang: Language, document: Bilingual = PAPER.appeal): Block {
  return paragraph(fill(INDEX.encl[lang], { document: document[lang] }), 'left');
}

const SOUGHT_PERIOD = {
  intro: { en: 'The application asked for the following information, for the period {period} unless a point states otherwise:', hi: 'आवेदन में निम्नलिखित सूचना, {period} की अवधि के लिए (जब तक किसी बिंदु में अन्यथा न कहा गया हो), माँगी गई थी:' },
  // Before the Commission, "this public authority" in the points would read as the Commission
  // itself (review 8, R8-6): the lead-in says which authority the points mean.
  introNamed: {
    en: 'The application asked the {authority} ("this public authority" in the points below) for the following information, for the period {period} unless a point states otherwise:',
    hi: 'आवेदन में {authority} (नीचे के बिंदुओं में "इस लोक प्राधिकारी") से निम्नलिखित सूचना, {period} की अवधि के लिए (जब तक किसी बिंदु में अन्यथा न कहा गया हो), माँगी गई थी:',
  },
  // The application's own words ("to the date of this application") would name the appeal here.
  thisApplication: { en: /the date of this application/, hi: /इस आवेदन की तिथि/ },
  theApplication: { en: 'the date of the application ({date})', hi: 'आवेदन की तिथि ({date})' },
} as const;

/**
 * The period the application's points cover, before an appeal lists them again: a point "dated
 * within the period" means nothing to the appellate authority without it (review 6). None when
 * the application gave no period.
 */
export function soughtPeriodBlocks(draft: DraftOf<RtiAppealKind>, lang: Language): ReadonlyArray<Block> {
  const period = field(draft, 'period');
  if (period === '') return [];
  const date = field(draft, RTI_FIELDS.applicationDate.key);
  const named = date === '' ? period : period.replace(SOUGHT_PERIOD.thisApplication[lang], fill(SOUGHT_PERIOD.theApplication[lang], { date: formatDate(date) }));
  const authority = field(draft, RTI_FIELDS.publicAuthority.key);
  const thisAuthority = authority !== '' && nonEmptyPoints(draft).some((p) => /this public authority|इस लोक प्राधिकारी/.test(p));
  return [paragraph(thisAuthority ? fill(SOUGHT_PERIOD.introNamed[lang], { authority, period: named }) : fill(SOUGHT_PERIOD.intro[lang], { period: named }))];
}
