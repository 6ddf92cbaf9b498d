import { formatDate } from '../../shared/lib/dates/index.ts';
import { firstAppealLimit } from '../../shared/deadlines/appeal-limits.ts';
import type { DraftOf, Language } from '../../shared/domain/draft.ts';
import { address, bold, heading, lines, numbered, paragraph, signature, table, text, type Block } from '../../shared/documents/blocks.ts';
import { field, fill, orPlaceholder, slot, type Bilingual } from './fields.ts';
import { POINTS_SLOT } from './slots.ts';
import { APPEAL_GROUND_FACTS, APPEAL_GROUNDS, groundsFor, isAppealGround, RELIEFS, type AppealGround, type ReliefName } from './rti-appeal-grounds.ts';
import { appealAuthorityId, questionRefFor } from './rti-question-ref.ts';
import { C, delayBlocks, cpioTitle, datedRef, enclosuresLine, filingProofs, indexBlocks, nonEmptyPoints, soughtPeriodBlocks, pointNumbers, RTI_FIELDS, APPLICATION_MODES, APPLICATION_MODE_LABELS, type Enclosure } from './rti-common.ts';
import { stateAppealFee } from './rti-law.ts';
import type { KindTemplate, FieldSpec, RenderContext } from './types.ts';
import { type DraftContext, type Prefill, dropEmpty, isoDay, earlier, filedDraft, RTI_CARRIED, carried, filingFields } from '../../shared/drafting/draft-context.ts';
import { findAddress } from '../authorities/addresses.ts';
import { authorityNamed } from '../authorities/authorities.ts';
import { prefillRtiApplication } from './rti-application.ts';

/**
 * First appeal under s.19(1) of the RTI Act (`rti-law-and-anchors.md` A.1): to the officer senior to
 * the CPIO, within 30 days of the decision or of the date the reply was due; no fee (central). When
 * no reply came, the appeal lies against the deemed refusal (s.7(2)). Grounds are chosen from
 * `APPEAL_GROUND_FACTS` by what went wrong, with the merits grounds that answer the refusal itself
 * (the proviso to s.8(1) where the matter was raised in Parliament, s.8(2), s.8(1)(h) case law, the
 * reach of s.24); a late appeal asks for condonation (s.19(1) proviso). The index of documents, with
 * their pages, opens the appeal so the reader sees first what is enclosed.
 */

const F = RTI_FIELDS;

const T = {
  title: { en: 'FIRST APPEAL UNDER SECTION 19(1) OF THE RIGHT TO INFORMATION ACT, 2005', hi: 'सूचना का अधिकार अधिनियम, 2005 की धारा 19(1) के अंतर्गत प्रथम अपील' },
  to: { en: 'To', hi: 'सेवा में,' },
  theFaa: { en: 'The First Appellate Authority', hi: 'प्रथम अपीलीय प्राधिकारी' },
  subject: { en: 'Subject: ', hi: 'विषय: ' },
  subjectDeemed: { en: 'First appeal against the deemed refusal of my RTI application {application} on {subject}', hi: '{subject} के बारे में मेरे आरटीआई आवेदन {application} की मानित अस्वीकृति के विरुद्ध प्रथम अपील' },
  subjectReply: { en: 'First appeal against the reply {reply} to my RTI application {application} on {subject}', hi: '{subject} के बारे में मेरे आरटीआई आवेदन {application} पर प्राप्त उत्तर {reply} के विरुद्ध प्रथम अपील' },
  salutation: { en: 'Sir/Madam,', hi: 'महोदय/महोदया,' },
  particulars: { en: '1. Particulars of the appeal', hi: '1. अपील का विवरण' },
  appellant: { en: 'Name and address of the appellant', hi: 'अपीलकर्ता का नाम और पता' },
  contact: { en: 'Telephone / e-mail', hi: 'दूरभाष / ई-मेल' },
  cpioRow: { en: 'Public Information Officer against whose decision the appeal is made', hi: 'लोक सूचना अधिकारी, जिसके निर्णय के विरुद्ध अपील की जा रही है' },
  applicationRow: { en: 'RTI application', hi: 'आरटीआई आवेदन' },
  replyRow: { en: 'Reply of the Public Information Officer', hi: 'लोक सूचना अधिकारी का उत्तर' },
  groundRow: { en: 'Nature of the grievance', hi: 'शिकायत का स्वरूप' },
  sought: { en: '2. Information sought and not supplied', hi: '2. माँगी गई और न दी गई सूचना' },
  facts: { en: '3. Brief facts', hi: '3. संक्षिप्त तथ्य' },
  factApplication: { en: 'I filed an application under Section 6(1) of the Act {application} with the {cpio}, {authority}, seeking the information listed above.', hi: 'मैंने अधिनियम की धारा 6(1) के अंतर्गत {authority} के {cpio} के समक्ष आवेदन {application} प्रस्तुत कर ऊपर सूचीबद्ध सूचना माँगी।' },
  grounds: { en: '4. Grounds of appeal', hi: '4. अपील के आधार' },
  prayer: { en: '5. Relief sought', hi: '5. माँगी गई राहत' },
  prayerIntro: { en: 'I therefore request the First Appellate Authority to:', hi: 'अतः मैं प्रथम अपीलीय प्राधिकारी से अनुरोध करता/करती हूँ कि:' },
  prayerProvide: { en: 'direct the {pio} to provide the information sought at {points} in full;', hi: '{pio} को बिंदु {points} पर माँगी गई पूरी सूचना देने का निर्देश दें;' },
  prayerHearing: { en: 'give me an opportunity to be heard before the appeal is decided.', hi: 'अपील का निर्णय करने से पहले मुझे सुनवाई का अवसर दें।' },
  delay: { en: '6. Condonation of delay', hi: '6. विलंब-माफ़ी हेतु निवेदन' },
  lateText: { en: 'This appeal is dated {filed}. The {period} days allowed by Section 19(1) ran from {from}, and ended on {limit}, so it is {days} days late.', hi: 'यह अपील दिनांक {filed} की है। धारा 19(1) में अनुमत {period} दिन की अवधि {from} आरंभ होकर {limit} को समाप्त हो गई, अतः यह {days} दिन विलंब से है।' },
  condoneText: { en: 'I request that the delay be condoned, as Section 19(1) permits an appeal to be admitted after the period where there was sufficient cause for not filing it in time. The cause: {reason}', hi: 'मैं अनुरोध करता/करती हूँ कि विलंब क्षमा किया जाए, क्योंकि धारा 19(1) समय पर दाखिल न कर पाने का पर्याप्त कारण होने पर अवधि के बाद अपील स्वीकार करने की अनुमति देती है। कारण: {reason}' },
  delayText: { en: 'If this appeal is beyond the thirty days allowed by Section 19(1), I request that the delay be condoned, as the proviso to Section 19(1) permits for sufficient cause: {reason}', hi: 'यदि यह अपील धारा 19(1) में अनुमत तीस दिन के बाद है, तो मैं अनुरोध करता/करती हूँ कि धारा 19(1) के परंतुक के अनुसार पर्याप्त कारण से विलंब क्षमा किया जाए: {reason}' },
  verification: { en: 'Verification', hi: 'सत्यापन' },
  verificationText: { en: 'I, {name}, the appellant, state that the facts set out above are true to the best of my knowledge and belief.', hi: 'मैं, {name}, अपीलकर्ता, कथन करता/करती हूँ कि ऊपर दिए गए तथ्य मेरी पूर्ण जानकारी और विश्वास के अनुसार सत्य हैं।' },
  yours: { en: 'Yours faithfully,', hi: 'भवदीय/भवदीया,' },
  memo: { en: 'This first appeal, with this index', hi: 'यह प्रथम अपील, इस अनुक्रमणिका सहित' },
  encApplication: { en: 'Copy of the RTI application{ref}', hi: 'आरटीआई आवेदन{ref} की प्रति' },
  encReply: { en: "Copy of the Public Information Officer's reply{ref}", hi: 'लोक सूचना अधिकारी के उत्तर{ref} की प्रति' },
} as const satisfies { readonly [key: string]: Bilingual };

function ground(draft: DraftOf<'rti-first-appeal' | 'rti-second-appeal'>): AppealGround | null {
  const g = field(draft, F.ground.key);
  return isAppealGround(g) ? g : null;
}

function conditionalFields(draft: DraftOf<'rti-first-appeal'>): ReadonlyArray<FieldSpec<'rti-first-appeal'>> {
  const g = field(draft, F.ground.key);
  return [
    ...(g !== '' && g !== 'no-reply' ? [F.replyDate] : []),
    ...(g === 'fee-demand' ? [F.feeDemanded] : []),
    ...(g === 'other' ? [F.groundDetails] : []),
  ];
}

/** The ground-specific text with its slots filled. Shared by the second appeal. */
export function groundSlots(draft: DraftOf<'rti-first-appeal' | 'rti-second-appeal'>, lang: Language): { readonly [key: string]: string } {
  return {
    points: pointNumbers(draft, lang),
    replyDate: formatDate(orPlaceholder(draft, F.replyDate.key, F.replyDate.label)),
    feeDemanded: orPlaceholder(draft, F.feeDemanded.key, F.feeDemanded.label),
    cpio: cpioTitle(draft, lang),
    authority: orPlaceholder(draft, F.publicAuthority.key, F.publicAuthority.label),
    questionRef: field(draft, F.questionRef.key),
  };
}

/**
 * Whether the routing list has the public authority in the Second Schedule (s.24), by its name as
 * the draft gives it; null for an authority the list does not hold.
 */
export function inSecondSchedule(publicAuthority: string): boolean | null {
  return authorityNamed(publicAuthority)?.s24.value ?? null;
}

export type GroundFacts = {
  readonly fact: string;
  readonly grounds: ReadonlyArray<string>;
  readonly relief: ReadonlyArray<ReliefName>;
  readonly label: string;
  readonly decided: boolean;
};

export function groundFacts(draft: DraftOf<'rti-first-appeal' | 'rti-second-appeal'>, lang: Language): GroundFacts {
  const g = ground(draft);
  const details = field(draft, F.groundDetails.key);
  if (g === null) return { fact: slot(lang, F.ground), grounds: details ? [details] : [], relief: [], label: slot(lang, F.ground), decided: false };
  const facts = APPEAL_GROUND_FACTS[g];
  const slots = groundSlots(draft, lang);
  const chosen = groundsFor(g, { questionRef: slots['questionRef'] ?? '', inSecondSchedule: inSecondSchedule(field(draft, F.publicAuthority.key)) });
  return {
    label: facts.label[lang],
    fact: fill(facts.fact[lang], slots),
    grounds: [...chosen.map((b) => fill(b.text[lang], slots)), ...(details ? [details] : [])],
    relief: facts.relief,
    decided: facts.decided,
  };
}

/** A relief's sentence with its slots filled. */
export function reliefText(name: ReliefName, draft: DraftOf<'rti-first-appeal' | 'rti-second-appeal'>, lang: Language, extra: { readonly [key: string]: string } = {}): string {
  return fill(RELIEFS[name].text[lang], { ...groundSlots(draft, lang), ...extra });
}

/** A State's appeal fee, where the docs record one (Maharashtra: Rs 20 court-fee stamp). */
function appealFee(draft: DraftOf<'rti-first-appeal'>, lang: Language): ReadonlyArray<Block> {
  const fee = stateAppealFee(field(draft, F.state.key));
  return fee ? [paragraph(fee[lang])] : [];
}

/** What the appellant encloses, in the order the index lists them (the application, the reply, the proofs). */
function enclosures(draft: DraftOf<'rti-first-appeal'>, lang: Language, deemed: boolean): ReadonlyArray<Enclosure> {
  const t = (b: Bilingual): string => b[lang];
  const ref = (spec: FieldSpec<'rti-first-appeal'>): string => (field(draft, spec.key) ? ` (${C.refNo[lang]} ${field(draft, spec.key)})` : '');
  const date = (spec: FieldSpec<'rti-first-appeal'>): string => formatDate(field(draft, spec.key));
  return [
    { label: fill(t(T.encApplication), { ref: ref(F.applicationRef) }), date: date(F.applicationDate) },
    ...filingProofs(draft, lang),
    ...(deemed ? [] : [{ label: fill(t(T.encReply), { ref: ref(F.replyRef) }), date: date(F.replyDate) }]),
  ];
}

function render(draft: DraftOf<'rti-first-appeal'>, ctx: RenderContext): ReadonlyArray<Block> {
  const lang = draft.language;
  const t = (b: Bilingual): string => b[lang];
  const v = (spec: FieldSpec<'rti-first-appeal'>): string => orPlaceholder(draft, spec.key, spec.label);
  const g = ground(draft);
  const deemed = g === 'no-reply';
  const application = datedRef(draft, F.applicationDate, F.applicationRef, lang);
  const reply = datedRef(draft, F.replyDate, F.replyRef, lang);
  const facts = groundFacts(draft, lang);
  const points = nonEmptyPoints(draft);
  const contact = [field(draft, F.applicantPhone.key), field(draft, F.applicantEmail.key)].filter(Boolean).join(' / ');
  const dated = formatDate(field(draft, F.date.key) || ctx.today);
  // Never the CPIO's address in its place: the appeal goes to another officer (s.19(1)).
  const faaLines = lines(v(F.faaAddress));
  // The FAA can set aside the CPIO's decision and direct the information to be given (s.19(1), s.19(6)).
  const relief = [
    ...facts.relief.filter((r) => r === 'setAside').map((r) => `${reliefText(r, draft, lang)};`),
    fill(t(T.prayerProvide), { points: pointNumbers(draft, lang), pio: cpioTitle(draft, lang) }),
    ...facts.relief.filter((r) => r !== 'setAside').map((r) => `${reliefText(r, draft, lang)};`),
    t(T.prayerHearing),
  ];
  return [
    heading(t(T.title)),
    ...indexBlocks(draft, lang, { label: t(T.memo), date: dated }, enclosures(draft, lang, deemed)),
    address([t(T.to), t(T.theFaa), v(F.publicAuthority), ...faaLines]),
    paragraph([bold(t(T.subject)), text(fill(t(deemed ? T.subjectDeemed : T.subjectReply), { application, reply, subject: v(F.subject) }))], 'left'),
    paragraph(t(T.salutation), 'left'),
    heading(t(T.particulars), 2, 'left'),
    table([], [
      [t(T.appellant), [v(F.applicantName), ...lines(v(F.applicantAddress))].join('\n')],
      [t(T.contact), contact || t(C.notGiven)],
      [t(T.cpioRow), [`${cpioTitle(draft, lang)}, ${v(F.publicAuthority)}`, ...lines(v(F.pioAddress))].join('\n')],
      [t(T.applicationRow), application],
      [t(T.replyRow), deemed ? t(C.noReply) : reply],
      [t(T.groundRow), facts.label],
    ], [2, 3]),
    heading(t(T.sought), 2, 'left'),
    ...soughtPeriodBlocks(draft, lang),
    numbered(points.length > 0 ? points : [POINTS_SLOT['rti-first-appeal'][lang]]),
    heading(t(T.facts), 2, 'left'),
    paragraph(fill(t(T.factApplication), { application, cpio: cpioTitle(draft, lang), authority: v(F.publicAuthority) })),
    paragraph(facts.fact),
    heading(t(T.grounds), 2, 'left'),
    numbered(facts.grounds.length > 0 ? facts.grounds : [slot(lang, F.groundDetails)]),
    heading(t(T.prayer), 2, 'left'),
    paragraph(t(T.prayerIntro)),
    numbered(relief),
    ...delayBlocks(draft, lang, firstAppealLimit(draft.fields), { heading: T.delay, late: T.lateText, condone: T.condoneText, conditional: T.delayText }),
    ...appealFee(draft, lang),
    heading(t(T.verification), 2, 'left'),
    paragraph(fill(t(T.verificationText), { name: v(F.applicantName) })),
    signature([t(C.place) + v(F.place), t(C.date) + dated], [t(T.yours), '', t(C.sign), v(F.applicantName)]),
    enclosuresLine(lang),
  ];
}

export const RTI_FIRST_APPEAL_TEMPLATE: KindTemplate<'rti-first-appeal'> = {
  kind: 'rti-first-appeal',
  prefill: prefillRtiFirstAppeal,
  title: 'RTI first appeal under s.19(1)',
  requiredFields: [F.publicAuthority, F.pioAddress, F.subject, F.applicantName, F.applicantAddress, F.applicationDate, F.ground, F.place],
  conditionalFields,
  choices: { [F.ground.key]: APPEAL_GROUNDS, [F.applicationMode.key]: APPLICATION_MODES },
  choiceLabels: { [F.ground.key]: Object.fromEntries(APPEAL_GROUNDS.map((g) => [g, APPEAL_GROUND_FACTS[g].label.en])), [F.applicationMode.key]: APPLICATION_MODE_LABELS },
  optionalFields: [F.state, F.applicationRef, F.replyRef, F.faaAddress, F.applicantPhone, F.applicantEmail, F.questionRef, F.groundDetails, F.delayReason, F.pageCounts, F.applicationMode, F.date],
  minPoints: { count: 1, label: 'Information sought and not supplied (at least one point)' },
  render,
};

// ---------------------------------------------------------------------------------------------
// Prefill: the draft's first fields and points, from the case (shared/drafting/draft-context.ts).

export function prefillRtiFirstAppeal(ctx: DraftContext): Prefill<'rti-first-appeal'> {
  // The frame (subject, period, authority, place) from the application in the appeal's own
  // language; what was asked from the application as filed (review 12: a Hindi appeal that took
  // every field from the filed English draft read "…सूचना, from 01.02.2024 to the date of this
  // application की अवधि के लिए").
  const application = earlier(ctx, 'rti-application');
  const filed = filedDraft(ctx, 'rti-application');
  const base = prefillRtiApplication(ctx);
  const fields = {
    ...base.fields,
    ...carried(application, RTI_CARRIED),
    // How it was filed and paid, for the index's proofs (`filingProofs`); the filing, when recorded, says better.
    ...carried(application, ['feeMode']),
    applicationMode: application?.fields.filingMode ?? '',
    applicationDate: application?.fields.date ?? '',
    // No reply recorded: the appeal proceeds on deemed refusal (s.7(2)) until the user records one.
    ground: 'no-reply',
    ...dropEmpty(filingFields(ctx)),
    date: isoDay(ctx.now),
  };
  // The authority appealed against: by the name the appeal carries (from its application or its
  // filing), else the one routing picked. Its appellate authority's address and its own answer in
  // Parliament follow from it.
  const authorityId = appealAuthorityId(undefined, fields.publicAuthority) ?? application?.fields.authorityId ?? base.fields.authorityId;
  return {
    fields: {
      ...fields,
      faaAddress: findAddress(authorityId, 'faa', ctx.profile.addresses)?.text ?? '',
      questionRef: questionRefFor(ctx, authorityId),
    },
    points: filed?.points ?? base.points,
  };
}
