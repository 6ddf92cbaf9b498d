import { addressedMinistry } from '../authorities/ministries.ts';
import { HANDLE_PREFIX } from '../rules/record-handles.ts';
import { REPLY_FILE_RECORD } from '../rules/records.ts';
import { formatDate } from '../../shared/lib/dates/index.ts';
import type { DraftOf, Language } from '../../shared/domain/draft.ts';
import { address, bold, heading, lines, numbered, paragraph, signature, table, text, type Block } from '../../shared/documents/blocks.ts';
import { field, fill, orPlaceholder, slot, type Bilingual } from './fields.ts';
import { POINTS_SLOT } from './slots.ts';
import { CENTRAL_APPLICATION_FEE, FEE_MODE_FACTS, FEE_MODES, isFeeMode, RTI_CLAUSES } from './rti-law.ts';
import type { KindTemplate, FieldSpec, RenderContext } from './types.ts';
import { renderText } from '../../shared/documents/render-text.ts';
import { countWords } from '../../shared/lint/text.ts';
import { type DraftContext, type Prefill, isoDay, publicAuthorityName, defaultPeriod, topic, recordPoints, applicantFields, questionFields, replyNamedMatter } from '../../shared/drafting/draft-context.ts';
import { planFor, planRecords } from '../../shared/drafting/records.ts';
import { matterByReferenceHi, matterOf } from '../../shared/drafting/suggest/context.ts';
import { findAddress } from '../authorities/addresses.ts';
import { authorityName, ministryName } from '../authorities/names.ts';
import { pointsRef, typedPoints } from './rti-common.ts';

/**
 * Application for information under s.6(1) of the RTI Act 2005 (`rti-law-and-anchors.md` A.1, A.2, A.6).
 *
 * What goes in and why:
 * - addressed to the CPIO by designation, not name (A.6, C J Karira guide), with the authority's address;
 * - the applicant's contact details only: s.6(2) forbids asking for reasons or other personal details;
 * - numbered, record-based points with a period (A.6: "shopping list" of records, narrow time window);
 * - fee and how paid (r.3 Rs 10; r.6 IPO/DD payable to the Accounts Officer; court-fee stamp in States
 *   that allow it; BPL exemption with a copy of the certificate, s.7(5) and r.5);
 * - requests for transfer (s.6(3)), severable part (s.10, UNCONFIRMED in the docs), electronic copies
 *   (s.7(9)) and fee intimation (s.7(3));
 * - a declaration of citizenship; place, date and signature.
 *
 * Fields: publicAuthority, pioAddress, subject, period, applicantName, applicantAddress, applicantPhone,
 * applicantEmail, feeMode (one of FEE_MODES), feeInstrument, feeAmount, bplCertificate, state, lifeOrLiberty
 * (s.7(1) proviso: 48 hours), place, date.
 */

const T = {
  title: { en: 'APPLICATION UNDER SECTION 6(1) OF THE RIGHT TO INFORMATION ACT, 2005', hi: 'सूचना का अधिकार अधिनियम, 2005 की धारा 6(1) के अंतर्गत आवेदन' },
  to: { en: 'To', hi: 'सेवा में,' },
  cpio: { en: 'The Central Public Information Officer', hi: 'केन्द्रीय लोक सूचना अधिकारी' },
  spio: { en: 'The State Public Information Officer', hi: 'राज्य लोक सूचना अधिकारी' },
  subject: { en: 'Subject: ', hi: 'विषय: ' },
  subjectText: { en: 'Request for information under the Right to Information Act, 2005 on {subject}', hi: 'सूचना का अधिकार अधिनियम, 2005 के अंतर्गत {subject} के बारे में सूचना हेतु आवेदन' },
  salutation: { en: 'Sir/Madam,', hi: 'महोदय/महोदया,' },
  opening: { en: 'I request the following information under Section 6(1) of the Right to Information Act, 2005.', hi: 'मैं सूचना का अधिकार अधिनियम, 2005 की धारा 6(1) के अंतर्गत निम्नलिखित सूचना का अनुरोध करता/करती हूँ।' },
  particulars: { en: '1. Particulars of the applicant', hi: '1. आवेदक का विवरण' },
  name: { en: 'Name', hi: 'नाम' },
  address: { en: 'Address for correspondence', hi: 'पत्राचार का पता' },
  phone: { en: 'Telephone', hi: 'दूरभाष' },
  email: { en: 'E-mail', hi: 'ई-मेल' },
  sought: { en: '2. Information sought', hi: '2. माँगी गई सूचना' },
  soughtIntro: { en: 'Please provide the following information, for the period {period} unless a point states otherwise:', hi: 'कृपया निम्नलिखित सूचना, {period} की अवधि के लिए (जब तक किसी बिंदु में अन्यथा न कहा गया हो), उपलब्ध कराएँ:' },
  fee: { en: '3. Application fee', hi: '3. आवेदन शुल्क' },
  requests: { en: '4. Requests', hi: '4. अनुरोध' },
  declaration: { en: '5. Declaration', hi: '5. घोषणा' },
  place: { en: 'Place: ', hi: 'स्थान: ' },
  date: { en: 'Date: ', hi: 'दिनांक: ' },
  yours: { en: 'Yours faithfully,', hi: 'भवदीय/भवदीया,' },
  sign: { en: '(Signature)', hi: '(हस्ताक्षर)' },
  enclosures: { en: 'Enclosure: ', hi: 'संलग्नक: ' },
  encFee: { en: 'application fee ({mode} No. {instrument})', hi: 'आवेदन शुल्क ({mode} संख्या {instrument})' },
  encBpl: { en: 'copy of BPL certificate ({certificate})', hi: 'बीपीएल प्रमाण-पत्र की प्रति ({certificate})' },
  mediumEmail: { en: 'PDF by e-mail to {email}', hi: 'ई-मेल {email} पर पीडीएफ' },
  medium: { en: 'PDF by e-mail', hi: 'ई-मेल द्वारा पीडीएफ' },
  notGiven: { en: 'not given', hi: 'नहीं दिया गया' },
} as const satisfies { readonly [key: string]: Bilingual };

export const RTI_APPLICATION_FIELDS = {
  publicAuthority: { key: 'publicAuthority', label: 'Public authority (ministry / department)' },
  pioAddress: { key: 'pioAddress', label: "CPIO's postal address" },
  subject: { key: 'subject', label: 'Subject' },
  period: { key: 'period', label: 'Period the records cover' },
  applicantName: { key: 'applicantName', label: "Applicant's name" },
  applicantAddress: { key: 'applicantAddress', label: "Applicant's address" },
  applicantPhone: { key: 'applicantPhone', label: "Applicant's telephone" },
  applicantEmail: { key: 'applicantEmail', label: "Applicant's e-mail" },
  feeMode: { key: 'feeMode', label: 'How the fee is paid' },
  feeInstrument: { key: 'feeInstrument', label: 'Fee instrument number (IPO / DD / receipt / transaction)' },
  feeAmount: { key: 'feeAmount', label: 'Fee amount in rupees (default 10)' },
  bplCertificate: { key: 'bplCertificate', label: 'BPL certificate number and issuing authority' },
  state: { key: 'state', label: 'State (for a State public authority)' },
  lifeOrLiberty: { key: 'lifeOrLiberty', label: 'Concerns the life or liberty of a person (yes / no)' },
  inspectPoints: { key: 'inspectPoints', label: 'Points whose files you also want to inspect (for example 2, 4)' },
  place: { key: 'place', label: 'Place' },
  date: { key: 'date', label: 'Date of the application' },
} as const satisfies { readonly [key: string]: FieldSpec<'rti-application'> };

const F = RTI_APPLICATION_FIELDS;

function conditionalFields(draft: DraftOf<'rti-application'>): ReadonlyArray<FieldSpec<'rti-application'>> {
  const mode = field(draft, F.feeMode.key);
  if (!isFeeMode(mode)) return [];
  const fact = FEE_MODE_FACTS[mode];
  return [
    ...(fact.needsInstrument ? [F.feeInstrument] : []),
    ...(mode === 'bpl' ? [F.bplCertificate] : []),
    ...(fact.stateOnly ? [F.state] : []),
  ];
}

function feeParagraph(draft: DraftOf<'rti-application'>, language: Language): string {
  const mode = field(draft, F.feeMode.key);
  if (!isFeeMode(mode)) return slot(language, F.feeMode);
  const amount = field(draft, F.feeAmount.key) || CENTRAL_APPLICATION_FEE.amount;
  const fact = FEE_MODE_FACTS[mode];
  const place = {
    authority: orPlaceholder(draft, F.publicAuthority.key, F.publicAuthority.label),
    state: orPlaceholder(draft, F.state.key, F.state.label),
  };
  return fill(fact.text[language], {
    amount,
    words: amount === CENTRAL_APPLICATION_FEE.amount ? CENTRAL_APPLICATION_FEE.words[language] : amount,
    instrument: orPlaceholder(draft, F.feeInstrument.key, F.feeInstrument.label),
    certificate: orPlaceholder(draft, F.bplCertificate.key, F.bplCertificate.label),
    basis: fill((field(draft, F.state.key) ? fact.basis.state : fact.basis.central)[language], place),
  });
}

function enclosures(draft: DraftOf<'rti-application'>, language: Language): ReadonlyArray<string> {
  const mode = field(draft, F.feeMode.key);
  if (mode === 'bpl') return [fill(T.encBpl[language], { certificate: field(draft, F.bplCertificate.key) })];
  if (mode === 'ipo' || mode === 'dd' || mode === 'bankers-cheque') {
    return [fill(T.encFee[language], { mode: FEE_MODE_FACTS[mode].label[language], instrument: field(draft, F.feeInstrument.key) })];
  }
  return [];
}

function render(draft: DraftOf<'rti-application'>, ctx: RenderContext): ReadonlyArray<Block> {
  const lang = draft.language;
  const t = (b: Bilingual): string => b[lang];
  const v = (spec: FieldSpec<'rti-application'>): string => orPlaceholder(draft, spec.key, spec.label);
  const email = field(draft, F.applicantEmail.key);
  const isState = field(draft, F.state.key) !== '';
  const enc = enclosures(draft, lang);
  const points = draft.points.map((p) => p.trim()).filter((p) => p.length > 0);
  return [
    heading(t(T.title)),
    address([t(T.to), t(isState ? T.spio : T.cpio), v(F.publicAuthority), ...lines(v(F.pioAddress))]),
    paragraph([bold(t(T.subject)), text(fill(t(T.subjectText), { subject: v(F.subject) }))], 'left'),
    paragraph(t(T.salutation), 'left'),
    paragraph(t(T.opening)),
    ...(field(draft, F.lifeOrLiberty.key) === 'yes' ? [paragraph([bold(t(RTI_CLAUSES.lifeOrLiberty.text))])] : []),
    heading(t(T.particulars), 2, 'left'),
    table([], [
      [t(T.name), v(F.applicantName)],
      [t(T.address), v(F.applicantAddress)],
      [t(T.phone), field(draft, F.applicantPhone.key) || t(T.notGiven)],
      [t(T.email), email || t(T.notGiven)],
    ], [1, 2]),
    heading(t(T.sought), 2, 'left'),
    paragraph(fill(t(T.soughtIntro), { period: v(F.period) })),
    numbered(points.length > 0 ? points : [POINTS_SLOT['rti-application'][lang]]),
    heading(t(T.fee), 2, 'left'),
    paragraph(feeParagraph(draft, lang)),
    heading(t(T.requests), 2, 'left'),
    paragraph(t(RTI_CLAUSES.transfer.text)),
    paragraph(t(RTI_CLAUSES.severability.text)),
    paragraph(fill(t(RTI_CLAUSES.electronic.text), { medium: email ? fill(t(T.mediumEmail), { email }) : t(T.medium) })),
    ...(field(draft, F.inspectPoints.key) ? [paragraph(fill(t(RTI_CLAUSES.inspection.text), { points: inspectionRef(field(draft, F.inspectPoints.key), lang) }))] : []),
    paragraph(t(RTI_CLAUSES.furtherFee.text)),
    heading(t(T.declaration), 2, 'left'),
    paragraph(t(RTI_CLAUSES.citizen.text)),
    signature(
      [t(T.place) + v(F.place), t(T.date) + formatDate(field(draft, F.date.key) || ctx.today)],
      [t(T.yours), '', t(T.sign), v(F.applicantName)],
    ),
    ...(enc.length > 0 ? [paragraph([bold(t(T.enclosures)), text(enc.join('; '))], 'left')] : []),
  ];
}

export const RTI_APPLICATION_TEMPLATE: KindTemplate<'rti-application'> = {
  kind: 'rti-application',
  prefill: prefillRtiApplication,
  title: 'RTI application under s.6(1)',
  requiredFields: [F.publicAuthority, F.pioAddress, F.subject, F.period, F.applicantName, F.applicantAddress, F.feeMode, F.place],
  conditionalFields,
  choices: { [F.feeMode.key]: FEE_MODES, [F.lifeOrLiberty.key]: ['yes', 'no'] },
  choiceLabels: { [F.feeMode.key]: Object.fromEntries(FEE_MODES.map((m) => [m, FEE_MODE_FACTS[m].label.en])) },
  optionalFields: [F.applicantPhone, F.applicantEmail, F.feeAmount, F.state, F.lifeOrLiberty, F.inspectPoints, F.date],
  minPoints: { count: 1, label: 'Information sought (at least one point)' },
  render,
};

/**
 * The application's length as RTI Rules 2012 r.3 counts it: "ordinarily not ... more than five
 * hundred words, excluding annexures, containing address of the CPIO and that of the applicant"
 * (`rti-law-and-anchors.md` A.2). The address blocks and the applicant's particulars are left out.
 */
export function applicationWords(draft: DraftOf<'rti-application'>, ctx: RenderContext): number {
  const counted = render(draft, ctx).filter((b) => b.kind !== 'address' && b.kind !== 'table');
  return countWords(renderText(counted));
}

/** r.3: ordinarily at most this many words; the proviso bars rejection only for exceeding it. */
export const APPLICATION_WORD_LIMIT = { words: 500, implements: 'Right to Information Rules, 2012, r.3', source: 'rti-law-and-anchors.md A.2 (r.3 and its proviso)', confirmed: true } as const;

// ---------------------------------------------------------------------------------------------
// Prefill: the draft's first fields and points, from the case (shared/drafting/draft-context.ts).

/**
 * An application to the authority that holds the records (`records.ts`): the records the replies
 * and notes name, one per point, the period once from the event. Without such records, the old
 * part-by-part asks to the ministry that answered.
 */
export function prefillRtiApplication(ctx: DraftContext): Prefill<'rti-application'> {
  const parts = ctx.parts.map((p) => ({ label: p.label, text: p.text, status: p.status, evidence: p.passages, byUser: p.byUser }));
  const planned = planRecords(ctx.c, parts, ctx.lang);
  const plan = planFor(planned, ctx.authorityId);
  // The ministry as it is named now: a renamed one's records went to its successor (`successorOf`).
  const holderMinistry = addressedMinistry(ctx.q?.ministry ?? null);
  const answering = ctx.lang === 'en' ? publicAuthorityName(holderMinistry) : ministryName(holderMinistry, ctx.lang);
  const authority = plan ? (plan.authority ? authorityName(plan.authority, ctx.lang) : plan.fallbackName) : answering;
  // The PQ file is asked of the ministry that answered; where the replies name no record to ask
  // for, what each open part asked is asked too (review 9: in 73 of 77 corpus cases the
  // application asked only for the PQ file, nothing on what the reply withheld).
  const planRecordsFor = plan?.records ?? [];
  const replyFile = planRecordsFor.filter((r) => r.id === REPLY_FILE_RECORD);
  const named = planRecordsFor.filter((r) => r.id !== REPLY_FILE_RECORD);
  // A record the reply names by a handle (`record-handles.ts`) stands for its parts; the other
  // parts are still asked part by part.
  const byHandle = named.filter((r) => r.id.startsWith(HANDLE_PREFIX));
  const covered = new Set(byHandle.flatMap((r) => r.forParts));
  const rest = { ...ctx, parts: ctx.parts.filter((p) => !covered.has(p.label)) };
  const partAsks = named.length === byHandle.length && replyFile.length > 0 ? recordPoints(rest, authority) : [];
  const records = [...named.map((r) => ({ text: r.text, inspectable: r.inspectable })), ...partAsks.map((text) => ({ text, inspectable: false })), ...replyFile.map((r) => ({ text: r.text, inspectable: r.inspectable }))];
  const inspect = records.flatMap((r, i) => (r.inspectable ? [String(i + 1)] : []));
  return {
    fields: {
      ...questionFields(ctx),
      ...applicantFields(ctx.profile),
      publicAuthority: authority,
      ...(plan?.authority ? { authorityId: plan.authority.id } : {}),
      pioAddress: findAddress(plan?.authority?.id, 'pio', ctx.profile.addresses, ctx.lang)?.text ?? '',
      // The matter, not the question's "Status of ..." heading: as a reply names it ("the cyber
      // incident regarding CoWIN data in June 2023"), as the points do (review 7), else the
      // question's subject. Hindi too names the matter, without the English article and without
      // the question's English lead-in ("Status of investigation into").
      subject: replyNamedMatter(ctx) ?? (ctx.lang === 'en' && ctx.q ? matterOf(ctx.q) : ctx.q ? matterByReferenceHi(ctx.q) : topic(ctx)),
      period: planned.period || defaultPeriod(ctx.q, ctx.lang),
      inspectPoints: inspect.join(', '),
      date: isoDay(ctx.now),
    },
    points: records.length > 0 ? records.map((r) => r.text) : recordPoints(ctx, answering),
  };
}

/** The points to inspect as typed ("3, 4, 6"), named as a letter names them ("points 3, 4 and 6"); other text as typed. */
function inspectionRef(typed: string, lang: Language): string {
  const numbers = typedPoints(typed);
  if (numbers !== null) return pointsRef(numbers, lang);
  return lang === 'en' ? `points ${typed}` : typed;
}
