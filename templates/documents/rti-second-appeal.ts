import { addDays, formatDate } from '../../shared/lib/dates/index.ts';
import { secondAppealLimit } from '../../shared/deadlines/appeal-limits.ts';
import type { DraftOf, Language } from '../../shared/domain/draft.ts';
import { address, bold, heading, paragraph, signature, text, type Block } from '../../shared/documents/blocks.ts';
import { field, fill, orPlaceholder, slot, type Bilingual } from './fields.ts';
import { POINTS_SLOT } from './slots.ts';
import { chronologyTable, commissionAddressee, numberedOr, particularsTable, penaltyPrayer } from './rti-commission.ts';
import { C, cpioTitle, datedRef, delayBlocks, enclosuresLine, filingProofs, firstAppealProof, indexBlocks, nonEmptyPoints, soughtPeriodBlocks, pointNumbers, RTI_FIELDS, APPLICATION_MODES, APPLICATION_MODE_LABELS, type Enclosure } from './rti-common.ts';
import { APPEAL_GROUND_FACTS, APPEAL_GROUNDS, RELIEFS } from './rti-appeal-grounds.ts';
import { groundFacts, reliefText } from './rti-first-appeal.ts';
import { stateAppealFee } from './rti-law.ts';
import type { KindTemplate, FieldSpec, RenderContext } from './types.ts';
import { type DraftContext, type Prefill, dropEmpty, isoDay, earlier, filedDraft, RTI_CARRIED, carried, filingFields } from '../../shared/drafting/draft-context.ts';
import { findAddress } from '../authorities/addresses.ts';
import { prefillRtiFirstAppeal } from './rti-first-appeal.ts';

/**
 * Second appeal to the Information Commission under s.19(3) (within 90 days of the FAA's decision or
 * of the date it was due; after 45 days from the first appeal when the FAA is silent, s.19(6)).
 * Structure from the CIC second-appeal guidelines and the dsscic form (`rti-law-and-anchors.md`
 * A.2 "r.8 / r.9", "Appeal contents", A.3): particulars, brief facts, grounds, prayer or relief
 * sought, verification, index of documents and chronology. The exact 2012 wording of r.8 is
 * UNCONFIRMED in the docs; the headings follow the 2005 rules as carried into practice, which ask
 * for the application's number (item (v)). The index opens the appeal, with the pages of each
 * document; the appeal is addressed to the Commission's Registrar (the CIC address in
 * `authorities/addresses.ts`: CIC Bhawan, Munirka, where the Commission has sat since 2018), and ends with the declaration the CIC's online form carries (A.3; its
 * wording is UNCONFIRMED) that the matter is not pending before a court or the Commission.
 * Compensation is sought under s.19(8)(b), the Commission's power (UNCONFIRMED in the docs:
 * `RELIEFS.compensation`).
 */

const F = RTI_FIELDS;

const T = {
  title: { en: 'SECOND APPEAL UNDER SECTION 19(3) OF THE RIGHT TO INFORMATION ACT, 2005', hi: 'सूचना का अधिकार अधिनियम, 2005 की धारा 19(3) के अंतर्गत द्वितीय अपील' },
  document: { en: 'second appeal', hi: 'द्वितीय अपील' },
  to: { en: 'To', hi: 'सेवा में,' },
  subject: { en: 'Subject: ', hi: 'विषय: ' },
  subjectText: { en: 'Second appeal concerning my RTI application {application} to the {authority} on {subject}', hi: '{subject} के बारे में {authority} को दिए गए मेरे आरटीआई आवेदन {application} से संबंधित द्वितीय अपील' },
  party: { en: 'appellant', hi: 'अपीलकर्ता' },
  particulars: { en: '1. Particulars', hi: '1. विवरण' },
  sought: { en: '2. Information sought and not supplied', hi: '2. माँगी गई और न दी गई सूचना' },
  facts: { en: '3. Brief facts leading to the appeal', hi: '3. अपील से संबंधित संक्षिप्त तथ्य' },
  // The officer by the title the particulars give him (Central or State PIO), in every line (review 5).
  factApplication: { en: 'I filed an application under Section 6(1) of the Act {application} with the {pio}, {authority}, seeking the information listed above.', hi: 'मैंने अधिनियम की धारा 6(1) के अंतर्गत {authority} के {pio} के समक्ष आवेदन {application} प्रस्तुत कर ऊपर सूचीबद्ध सूचना माँगी।' },
  factFirstAppeal: { en: 'On {date} I filed a first appeal under Section 19(1) with the First Appellate Authority.', hi: 'दिनांक {date} को मैंने धारा 19(1) के अंतर्गत प्रथम अपीलीय प्राधिकारी के समक्ष प्रथम अपील दाखिल की।' },
  factNoOrder: { en: 'The First Appellate Authority has not decided the first appeal within the thirty days (or forty-five days, with reasons recorded) allowed by Section 19(6) of the Act.', hi: 'प्रथम अपीलीय प्राधिकारी ने अधिनियम की धारा 19(6) में अनुमत तीस दिन (या लिखित कारणों सहित पैंतालीस दिन) के भीतर प्रथम अपील का निर्णय नहीं किया।' },
  // Both readings of s.19(6) in one sentence (`secondAppealWithoutOrder`, deadline-rules.ts), for an
  // appeal in time on the later one only: the registry sees why it is in time.
  factReading: {
    en: 'This appeal is within the ninety days of Section 19(3) counted from {outer}, the last of the forty-five days Section 19(6) allows for deciding the first appeal, from which the Commission\'s second-appeal guidelines count; counted from the thirtieth day, they ended on {earlier}.',
    hi: 'यह अपील धारा 19(3) के नब्बे दिन के भीतर है, जो {outer} से गिने गए हैं, अर्थात् प्रथम अपील के निर्णय हेतु धारा 19(6) में अनुमत पैंतालीस दिन के अंतिम दिन से, जहाँ से आयोग के द्वितीय अपील संबंधी दिशानिर्देश गिनती करते हैं; तीसवें दिन से गिनने पर वे {earlier} को समाप्त हो गए।',
  },
  // In time on either reading: the registry sees the last day without counting it (review 5, 07-3).
  // One count, said whole (review 8: "which end on 24.01.2027" beside a chronology counting from
  // 11.11.2026 read as two limits): from the earlier day, which no reading of s.19(6) disputes.
  factInTime: {
    en: 'This appeal, filed on {filed}, is within the ninety days allowed by Section 19(3) of the Act, counted from {from}, the day after the thirty days Section 19(6) allows for deciding the first appeal; they end on {limit}.',
    hi: 'यह अपील, जो {filed} को दाखिल की गई है, अधिनियम की धारा 19(3) में अनुमत नब्बे दिन के भीतर है, जो {from} से, अर्थात् प्रथम अपील के निर्णय हेतु धारा 19(6) में अनुमत तीस दिन के अगले दिन से, गिने गए हैं; वे {limit} को समाप्त होते हैं।',
  },
  factOrder: { en: 'By the order {order}, the First Appellate Authority did not direct the information to be supplied in full.', hi: 'आदेश {order} द्वारा प्रथम अपीलीय प्राधिकारी ने पूरी सूचना देने का निर्देश नहीं दिया।' },
  grounds: { en: '5. Grounds for the appeal', hi: '5. अपील के आधार' },
  groundNoOrder: { en: 'The First Appellate Authority failed to decide the first appeal within the time fixed by Section 19(6), which entitles the appellant to approach the Commission under Section 19(3).', hi: 'प्रथम अपीलीय प्राधिकारी धारा 19(6) द्वारा निर्धारित समय के भीतर प्रथम अपील का निर्णय करने में विफल रहे, जिससे अपीलकर्ता धारा 19(3) के अंतर्गत आयोग के समक्ष आने का हकदार है।' },
  prayer: { en: '6. Prayer or relief sought', hi: '6. प्रार्थना या माँगी गई राहत' },
  prayerIntro: { en: 'I therefore pray that the Commission may:', hi: 'अतः मैं प्रार्थना करता/करती हूँ कि माननीय आयोग:' },
  prayerSetAsideOrder: { en: 'set aside the order of the First Appellate Authority {order};', hi: 'प्रथम अपीलीय प्राधिकारी के आदेश {order} को निरस्त करें;' },
  prayerProvide: { en: 'direct the {pio} to furnish the information sought at {points} in full;', hi: '{pio} को बिंदु {points} पर माँगी गई पूरी सूचना देने का निर्देश दें;' },
  prayerHearing: { en: 'hear the appellant before deciding the appeal.', hi: 'अपील का निर्णय करने से पहले अपीलकर्ता को सुनें।' },
  delay: { en: 'Condonation of delay', hi: 'विलंब-माफ़ी हेतु निवेदन' },
  lateText: { en: 'This appeal is dated {filed}. The {period} days allowed by Section 19(3) ran from {from}, and ended on {limit}, so it is {days} days late.', hi: 'यह अपील दिनांक {filed} की है। धारा 19(3) में अनुमत {period} दिन की अवधि {from} आरंभ होकर {limit} को समाप्त हो गई, अतः यह {days} दिन विलंब से है।' },
  condoneText: { en: 'I request that the delay be condoned, as Section 19(3) permits an appeal to be admitted after the period where there was sufficient cause for not filing it in time. The cause: {reason}', hi: 'मैं अनुरोध करता/करती हूँ कि विलंब क्षमा किया जाए, क्योंकि धारा 19(3) समय पर दाखिल न कर पाने का पर्याप्त कारण होने पर अवधि के बाद अपील स्वीकार करने की अनुमति देती है। कारण: {reason}' },
  delayText: { en: 'If this appeal is beyond the ninety days allowed by Section 19(3), I request that the delay be condoned for sufficient cause: {reason}', hi: 'यदि यह अपील धारा 19(3) में अनुमत नब्बे दिन के बाद है, तो मैं अनुरोध करता/करती हूँ कि पर्याप्त कारण से विलंब क्षमा किया जाए: {reason}' },
  declaration: { en: '7. Declaration', hi: '7. घोषणा' },
  declarationText: {
    en: 'I declare that the matter of this appeal is not pending before any court, nor before the Commission in any other appeal or complaint.',
    hi: 'मैं घोषणा करता/करती हूँ कि इस अपील का विषय किसी न्यायालय के समक्ष, या किसी अन्य अपील या शिकायत में आयोग के समक्ष, लंबित नहीं है।',
  },
  verification: { en: '8. Verification', hi: '8. सत्यापन' },
  verificationPlain: { en: 'I, {name}, the appellant, verify that the contents of this appeal are true to the best of my knowledge and belief, that nothing material has been concealed, and that the documents listed in the index are true copies of the originals.', hi: 'मैं, {name}, अपीलकर्ता, सत्यापित करता/करती हूँ कि इस अपील की विषय-वस्तु मेरी पूर्ण जानकारी और विश्वास के अनुसार सत्य है, कोई महत्वपूर्ण तथ्य छिपाया नहीं गया है, और अनुक्रमणिका में सूचीबद्ध दस्तावेज़ मूल की सत्य प्रतियाँ हैं।' },
  verificationText: { en: 'I, {name}, the appellant, verify that the contents of this appeal, including any plea for condonation of delay, are true to the best of my knowledge and belief, that nothing material has been concealed, and that the documents listed in the index are true copies of the originals.', hi: 'मैं, {name}, अपीलकर्ता, सत्यापित करता/करती हूँ कि विलंब-माफ़ी हेतु किसी निवेदन सहित इस अपील की विषय-वस्तु मेरी पूर्ण जानकारी और विश्वास के अनुसार सत्य है, कोई महत्वपूर्ण तथ्य छिपाया नहीं गया है, और अनुक्रमणिका में सूचीबद्ध दस्तावेज़ मूल की सत्य प्रतियाँ हैं।' },
  chronology: { en: '4. Chronology of events', hi: '4. घटनाओं का कालक्रम' },
  memo: { en: 'This second appeal, with this index', hi: 'यह द्वितीय अपील, इस अनुक्रमणिका सहित' },
  docApplication: { en: 'Copy of the RTI application{ref}', hi: 'आरटीआई आवेदन{ref} की प्रति' },
  docReply: { en: "Copy of the Public Information Officer's reply{ref}", hi: 'लोक सूचना अधिकारी के उत्तर{ref} की प्रति' },
  docFirstAppeal: { en: 'Copy of the first appeal{ref}', hi: 'प्रथम अपील{ref} की प्रति' },
  docFaaOrder: { en: "Copy of the First Appellate Authority's order{ref}", hi: 'प्रथम अपीलीय प्राधिकारी के आदेश{ref} की प्रति' },
} as const satisfies { readonly [key: string]: Bilingual };

function conditionalFields(draft: DraftOf<'rti-second-appeal'>): ReadonlyArray<FieldSpec<'rti-second-appeal'>> {
  const g = field(draft, F.ground.key);
  return [
    ...(g !== '' && g !== 'no-reply' ? [F.replyDate] : []),
    ...(g === 'fee-demand' ? [F.feeDemanded] : []),
    ...(g === 'other' ? [F.groundDetails] : []),
    ...(field(draft, F.faaOrderRef.key) && !field(draft, F.faaOrderDate.key) ? [F.faaOrderDate] : []),
  ];
}

/** The documents enclosed, in the index's order; the application and first appeal are mandatory (CIC guidelines, A.2). */
function enclosures(draft: DraftOf<'rti-second-appeal'>, lang: Language, decided: boolean): ReadonlyArray<Enclosure> {
  const t = (b: Bilingual): string => b[lang];
  const ref = (spec: FieldSpec<'rti-second-appeal'>): string => (field(draft, spec.key) ? ` (${C.refNo[lang]} ${field(draft, spec.key)})` : '');
  const date = (spec: FieldSpec<'rti-second-appeal'>): string => formatDate(field(draft, spec.key));
  // In date order, each proof of filing beside what it proves.
  return [
    { label: fill(t(T.docApplication), { ref: ref(F.applicationRef) }), date: date(F.applicationDate) },
    ...filingProofs(draft, lang),
    ...(decided && field(draft, F.replyDate.key) ? [{ label: fill(t(T.docReply), { ref: ref(F.replyRef) }), date: date(F.replyDate) }] : []),
    { label: fill(t(T.docFirstAppeal), { ref: ref(F.firstAppealRef) }), date: date(F.firstAppealDate) },
    firstAppealProof(draft, lang),
    ...(field(draft, F.faaOrderDate.key) ? [{ label: fill(t(T.docFaaOrder), { ref: ref(F.faaOrderRef) }), date: date(F.faaOrderDate) }] : []),
  ];
}

function render(draft: DraftOf<'rti-second-appeal'>, ctx: RenderContext): ReadonlyArray<Block> {
  const lang = draft.language;
  const t = (b: Bilingual): string => b[lang];
  const v = (spec: FieldSpec<'rti-second-appeal'>): string => orPlaceholder(draft, spec.key, spec.label);
  const application = datedRef(draft, F.applicationDate, F.applicationRef, lang);
  const facts = groundFacts(draft, lang);
  const hasOrder = field(draft, F.faaOrderDate.key) !== '';
  const order = datedRef(draft, F.faaOrderDate, F.faaOrderRef, lang);
  const dated = formatDate(field(draft, F.date.key) || ctx.today);
  const limit = secondAppealLimit(draft.fields);
  const delay = delayBlocks(draft, lang, limit, { heading: T.delay, late: T.lateText, condone: T.condoneText, conditional: T.delayText });
  const reading = limit && limit.lateBy <= 0 && limit.earlierReading !== null && limit.filed > limit.earlierReading
    ? [fill(t(T.factReading), { outer: formatDate(addDays(limit.limit, -limit.days)), earlier: formatDate(limit.earlierReading) })]
    // In time on the earlier reading too: the earlier last day, which no reading disputes.
    : limit && limit.lateBy <= 0 ? [fill(t(T.factInTime), { filed: formatDate(limit.filed), from: formatDate(addDays(limit.earlierReading ?? limit.limit, 1 - limit.days)), limit: formatDate(limit.earlierReading ?? limit.limit) })] : [];
  const detriment = field(draft, F.detriment.key) || RELIEFS.compensationDefault.text[lang];
  const prayer = [
    ...(hasOrder ? [fill(t(T.prayerSetAsideOrder), { order })] : []),
    ...facts.relief.filter((r) => r === 'setAside').map((r) => `${reliefText(r, draft, lang)};`),
    fill(t(T.prayerProvide), { points: pointNumbers(draft, lang), pio: cpioTitle(draft, lang) }),
    ...facts.relief.filter((r) => r !== 'setAside').map((r) => `${reliefText(r, draft, lang)};`),
    reliefText('compensation', draft, lang, { detriment }),
    penaltyPrayer(draft, lang),
    t(T.prayerHearing),
  ];
  return [
    heading(t(T.title)),
    ...indexBlocks(draft, lang, { label: t(T.memo), date: dated }, enclosures(draft, lang, facts.decided)),
    address([t(T.to), ...commissionAddressee(draft, lang)]),
    paragraph([bold(t(T.subject)), text(fill(t(T.subjectText), { application, authority: v(F.publicAuthority), subject: v(F.subject) }))], 'left'),
    heading(t(T.particulars), 2, 'left'),
    particularsTable(draft, lang, T.party, { firstAppealRequired: true }),
    heading(t(T.sought), 2, 'left'),
    ...soughtPeriodBlocks(draft, lang),
    numberedOr(nonEmptyPoints(draft), POINTS_SLOT['rti-second-appeal'][lang]),
    heading(t(T.facts), 2, 'left'),
    numberedOr([
      fill(t(T.factApplication), { application, authority: v(F.publicAuthority), pio: cpioTitle(draft, lang) }),
      facts.fact,
      fill(t(T.factFirstAppeal), { date: formatDate(v(F.firstAppealDate)) }),
      hasOrder ? fill(t(T.factOrder), { order }) : t(T.factNoOrder),
      ...reading,
    ], ''),
    heading(t(T.chronology), 2, 'left'),
    chronologyTable(draft, lang, T.document, ctx.today),
    heading(t(T.grounds), 2, 'left'),
    numberedOr([...facts.grounds, ...(hasOrder ? [] : [t(T.groundNoOrder)])], slot(lang, F.groundDetails)),
    heading(t(T.prayer), 2, 'left'),
    paragraph(t(T.prayerIntro)),
    numberedOr(prayer, ''),
    ...delay,
    ...(stateAppealFee(field(draft, F.state.key)) ? [paragraph(stateAppealFee(field(draft, F.state.key))?.[lang] ?? '')] : []),
    heading(t(T.declaration), 2, 'left'),
    paragraph(t(T.declarationText)),
    heading(t(T.verification), 2, 'left'),
    // The plea of delay is verified only where the appeal makes one.
    paragraph(fill(t(delay.length > 0 ? T.verificationText : T.verificationPlain), { name: v(F.applicantName) })),
    signature([t(C.place) + v(F.place), t(C.date) + dated], ['', t(C.sign), v(F.applicantName)]),
    enclosuresLine(lang),
  ];
}

export const RTI_SECOND_APPEAL_TEMPLATE: KindTemplate<'rti-second-appeal'> = {
  kind: 'rti-second-appeal',
  prefill: prefillRtiSecondAppeal,
  title: 'RTI second appeal to the Information Commission under s.19(3)',
  // The registration numbers let the registry trace the application and first appeal (2005 rules item (v), A.2).
  requiredFields: [F.publicAuthority, F.pioAddress, F.subject, F.applicantName, F.applicantAddress, F.applicationDate, F.applicationRef, F.firstAppealDate, F.firstAppealRef, F.ground, F.place],
  conditionalFields,
  choices: { [F.ground.key]: APPEAL_GROUNDS, [F.applicationMode.key]: APPLICATION_MODES },
  choiceLabels: { [F.ground.key]: Object.fromEntries(APPEAL_GROUNDS.map((g) => [g, APPEAL_GROUND_FACTS[g].label.en])), [F.applicationMode.key]: APPLICATION_MODE_LABELS },
  optionalFields: [F.replyRef, F.faaAddress, F.faaOrderDate, F.faaOrderRef, F.commissionAddress, F.state, F.applicantPhone, F.applicantEmail, F.questionRef, F.groundDetails, F.detriment, F.delayReason, F.pageCounts, F.applicationMode, F.date],
  minPoints: { count: 1, label: 'Information sought and not supplied (at least one point)' },
  render,
};

// ---------------------------------------------------------------------------------------------
// Prefill: the draft's first fields and points, from the case (shared/drafting/draft-context.ts).

/** What the Commission is told (second appeal or complaint): the first appeal's record carried on. */
export function rtiToCommission(ctx: DraftContext): Prefill<'rti-second-appeal'> & { readonly firstAppealGround: string | undefined } {
  // The frame from the first appeal in this draft's language; what was asked as filed (`filedDraft`).
  const appeal = earlier(ctx, 'rti-first-appeal');
  const filed = filedDraft(ctx, 'rti-first-appeal');
  const base = prefillRtiFirstAppeal(ctx);
  return {
    fields: {
      ...base.fields,
      ...carried(appeal, [...RTI_CARRIED, 'applicationMode', 'feeMode', 'questionRef', 'applicationDate', 'applicationRef', 'replyDate', 'replyRef', 'ground', 'groundDetails', 'faaAddress']),
      firstAppealDate: appeal?.fields.date ?? '',
      ...dropEmpty(filingFields(ctx)),
      commissionAddress: findAddress('cic', 'commission')?.text ?? '',
      date: isoDay(ctx.now),
    },
    points: filed?.points ?? base.points,
    firstAppealGround: base.fields.ground,
  };
}

export function prefillRtiSecondAppeal(ctx: DraftContext): Prefill<'rti-second-appeal'> {
  const { fields, points } = rtiToCommission(ctx);
  return { fields, points };
}
