import { formatDate } from '../../shared/lib/dates/index.ts';
import type { DraftOf } from '../../shared/domain/draft.ts';
import { address, bold, heading, paragraph, signature, text, type Block } from '../../shared/documents/blocks.ts';
import { field, fill, orPlaceholder, slot, type Bilingual } from './fields.ts';
import { POINTS_SLOT } from './slots.ts';
import { chronologyTable, commissionAddressee, enclosedDocuments, numberedOr, particularsTable, penaltyPrayer } from './rti-commission.ts';
import { C, enclosuresLine, indexBlocks, nonEmptyPoints, PAPER, RTI_FIELDS } from './rti-common.ts';
import type { KindTemplate, FieldSpec, RenderContext } from './types.ts';
import { type DraftContext, type Prefill } from '../../shared/drafting/draft-context.ts';
import { rtiToCommission } from './rti-second-appeal.ts';

/**
 * Complaint to the Information Commission under s.18 (`rti-law-and-anchors.md` A.1 s.18, A.2
 * "Complaint (s.18)"). On a complaint the Commission cannot order disclosure, only inquire and
 * penalise (SC, CIC v State of Manipur, 12 Dec 2011), so the prayer asks for an inquiry and a
 * penalty, not for the information; access is pursued by appeal under s.19. The guidelines make a
 * copy of the RTI application mandatory, and the reply and FAA order if any.
 */

const F = RTI_FIELDS;

export const COMPLAINT_GROUNDS = ['no-pio', 'refused-access', 'no-response', 'unreasonable-fee', 'false-information', 'other'] as const;
export type ComplaintGround = (typeof COMPLAINT_GROUNDS)[number];

const GROUND_SOURCE = 'rti-law-and-anchors.md A.1 s.18 (http://rtiact2005.com/how-to-file-complaint-under-rti-act/)';

/** The s.18 grounds the docs list; their clause letters are not in the docs, so none are cited. */
export const COMPLAINT_GROUND_FACTS: { readonly [G in ComplaintGround]: { readonly label: Bilingual; readonly ground: Bilingual; readonly source: string; readonly confirmed: boolean } } = {
  'no-pio': {
    label: { en: 'No Public Information Officer appointed', hi: 'लोक सूचना अधिकारी नियुक्त नहीं' },
    ground: { en: 'I was unable to submit the request because the public authority has not designated a Public Information Officer, which is a ground of complaint under Section 18 of the Act.', hi: 'मैं अनुरोध प्रस्तुत नहीं कर सका/सकी क्योंकि लोक प्राधिकारी ने लोक सूचना अधिकारी पदाभिहित नहीं किया है, जो अधिनियम की धारा 18 के अंतर्गत शिकायत का आधार है।' },
    source: GROUND_SOURCE,
    confirmed: true,
  },
  'refused-access': {
    label: { en: 'Application refused or not accepted', hi: 'आवेदन अस्वीकृत या स्वीकार नहीं किया गया' },
    ground: { en: 'Access to the information requested was refused, which is a ground of complaint under Section 18 of the Act.', hi: 'माँगी गई सूचना तक पहुँच से इनकार किया गया, जो अधिनियम की धारा 18 के अंतर्गत शिकायत का आधार है।' },
    source: GROUND_SOURCE,
    confirmed: true,
  },
  'no-response': {
    label: { en: 'No response within the time limit', hi: 'समय-सीमा में कोई उत्तर नहीं' },
    ground: { en: 'No response was given to the request for information within the time limit specified by Section 7(1) of the Act, which is a ground of complaint under Section 18.', hi: 'सूचना के अनुरोध का अधिनियम की धारा 7(1) में निर्दिष्ट समय-सीमा के भीतर कोई उत्तर नहीं दिया गया, जो धारा 18 के अंतर्गत शिकायत का आधार है।' },
    source: `${GROUND_SOURCE}; s.7(1)`,
    confirmed: true,
  },
  'unreasonable-fee': {
    label: { en: 'Unreasonable fee demanded', hi: 'अनुचित शुल्क की माँग' },
    ground: { en: 'I have been required to pay an amount of fee which I consider unreasonable and not in accordance with Rule 4 of the Right to Information Rules, 2012, which is a ground of complaint under Section 18 of the Act.', hi: 'मुझसे ऐसी शुल्क राशि माँगी गई है जिसे मैं अनुचित और सूचना का अधिकार नियम, 2012 के नियम 4 के विपरीत मानता/मानती हूँ, जो अधिनियम की धारा 18 के अंतर्गत शिकायत का आधार है।' },
    source: `${GROUND_SOURCE}; A.2 r.4`,
    confirmed: true,
  },
  'false-information': {
    label: { en: 'Incomplete, misleading or false information', hi: 'अपूर्ण, भ्रामक या मिथ्या सूचना' },
    ground: { en: 'I have been given incomplete, misleading or false information, which is a ground of complaint under Section 18 of the Act; knowingly giving incorrect, incomplete or misleading information is also a ground for penalty under Section 20(1).', hi: 'मुझे अपूर्ण, भ्रामक या मिथ्या सूचना दी गई है, जो अधिनियम की धारा 18 के अंतर्गत शिकायत का आधार है; जानबूझकर गलत, अपूर्ण या भ्रामक सूचना देना धारा 20(1) के अंतर्गत शास्ति का भी आधार है।' },
    source: `${GROUND_SOURCE}; s.20(1)`,
    confirmed: true,
  },
  other: {
    label: { en: 'Other matter relating to access to records', hi: 'अभिलेखों तक पहुँच से संबंधित अन्य विषय' },
    ground: { en: 'The matter set out below relates to requesting or obtaining access to records under the Act, and is a ground of complaint under Section 18.', hi: 'नीचे दिया गया विषय अधिनियम के अंतर्गत अभिलेखों तक पहुँच का अनुरोध करने या उसे प्राप्त करने से संबंधित है, और धारा 18 के अंतर्गत शिकायत का आधार है।' },
    source: GROUND_SOURCE,
    confirmed: true,
  },
};

function isComplaintGround(value: string): value is ComplaintGround {
  return (COMPLAINT_GROUNDS as ReadonlyArray<string>).includes(value);
}

const COMPLAINT_GROUND_FIELD = { key: 'complaintGround', label: 'Ground of complaint' } as const;

const T = {
  title: { en: 'COMPLAINT UNDER SECTION 18 OF THE RIGHT TO INFORMATION ACT, 2005', hi: 'सूचना का अधिकार अधिनियम, 2005 की धारा 18 के अंतर्गत शिकायत' },
  document: { en: 'complaint', hi: 'शिकायत' },
  to: { en: 'To', hi: 'सेवा में,' },
  subject: { en: 'Subject: ', hi: 'विषय: ' },
  subjectText: { en: 'Complaint against the Public Information Officer, {authority}, concerning my RTI application {application} on {subject}', hi: '{subject} के बारे में मेरे आरटीआई आवेदन {application} के विषय में लोक सूचना अधिकारी, {authority} के विरुद्ध शिकायत' },
  party: { en: 'complainant', hi: 'शिकायतकर्ता' },
  particulars: { en: '1. Particulars', hi: '1. विवरण' },
  sought: { en: '2. Information requested', hi: '2. माँगी गई सूचना' },
  facts: { en: '3. Facts', hi: '3. तथ्य' },
  factApplication: { en: 'I filed an application under Section 6(1) of the Act {application} with the Public Information Officer, {authority}, seeking the information listed above.', hi: 'मैंने अधिनियम की धारा 6(1) के अंतर्गत {authority} के लोक सूचना अधिकारी के समक्ष आवेदन {application} प्रस्तुत कर ऊपर सूचीबद्ध सूचना माँगी।' },
  grounds: { en: '5. Grounds of complaint', hi: '5. शिकायत के आधार' },
  prayer: { en: '6. Relief sought', hi: '6. माँगी गई राहत' },
  prayerIntro: { en: 'I therefore pray that the Commission may:', hi: 'अतः मैं प्रार्थना करता/करती हूँ कि आयोग:' },
  prayerInquire: { en: 'inquire into this complaint under Section 18 of the Act;', hi: 'अधिनियम की धारा 18 के अंतर्गत इस शिकायत की जाँच करे;' },
  prayerHearing: { en: 'hear the complainant before deciding the complaint.', hi: 'शिकायत का निर्णय करने से पहले शिकायतकर्ता को सुने।' },
  // The declaration the Commission's appeal form carries (A.3; wording UNCONFIRMED), as the second
  // appeal makes it: one proceeding per application (commission-overlap.ts).
  declaration: { en: '7. Declaration', hi: '7. घोषणा' },
  declarationText: {
    en: 'I declare that the matter of this complaint is not pending before any court, nor before the Commission in any appeal or other complaint.',
    hi: 'मैं घोषणा करता/करती हूँ कि इस शिकायत का विषय किसी न्यायालय के समक्ष, या किसी अपील या अन्य शिकायत में आयोग के समक्ष, लंबित नहीं है।',
  },
  memo: { en: 'This complaint, with this index', hi: 'यह शिकायत, इस अनुक्रमणिका सहित' },
  verification: { en: '8. Verification', hi: '8. सत्यापन' },
  verificationText: { en: 'I, {name}, the complainant, verify that the contents of paragraphs 1 to 7 above are true to the best of my knowledge and belief, that nothing material has been concealed, and that the documents listed in the index are true copies of the originals.', hi: 'मैं, {name}, शिकायतकर्ता, सत्यापित करता/करती हूँ कि ऊपर अनुच्छेद 1 से 7 की विषय-वस्तु मेरी पूर्ण जानकारी और विश्वास के अनुसार सत्य है, कोई महत्वपूर्ण तथ्य छिपाया नहीं गया है, और अनुक्रमणिका में सूचीबद्ध दस्तावेज़ मूल की सत्य प्रतियाँ हैं।' },
  chronology: { en: '4. Chronology of events', hi: '4. घटनाओं का कालक्रम' },
} as const satisfies { readonly [key: string]: Bilingual };

function conditionalFields(draft: DraftOf<'rti-complaint'>): ReadonlyArray<FieldSpec<'rti-complaint'>> {
  const g = field(draft, COMPLAINT_GROUND_FIELD.key);
  return g === 'other' ? [F.groundDetails] : [];
}

function render(draft: DraftOf<'rti-complaint'>, ctx: RenderContext): ReadonlyArray<Block> {
  const lang = draft.language;
  const t = (b: Bilingual): string => b[lang];
  const v = (spec: FieldSpec<'rti-complaint'>): string => orPlaceholder(draft, spec.key, spec.label);
  const application = `${C.dated[lang]} ${formatDate(v(F.applicationDate))}${field(draft, F.applicationRef.key) ? ` (${C.refNo[lang]} ${field(draft, F.applicationRef.key)})` : ''}`;
  const g = field(draft, COMPLAINT_GROUND_FIELD.key);
  const details = field(draft, F.groundDetails.key);
  const dated = formatDate(field(draft, F.date.key) || ctx.today);
  const grounds = [...(isComplaintGround(g) ? [COMPLAINT_GROUND_FACTS[g].ground[lang]] : [slot(lang, COMPLAINT_GROUND_FIELD)]), ...(details ? [details] : [])];
  return [
    heading(t(T.title)),
    // The index opens the complaint, with the pages of each document, as in the second appeal.
    ...indexBlocks(draft, lang, { label: t(T.memo), date: dated }, enclosedDocuments(draft, lang, { firstAppealRequired: false })),
    address([t(T.to), ...commissionAddressee(draft, lang)]),
    paragraph([bold(t(T.subject)), text(fill(t(T.subjectText), { application, authority: v(F.publicAuthority), subject: v(F.subject) }))], 'left'),
    heading(t(T.particulars), 2, 'left'),
    particularsTable(draft, lang, T.party, { firstAppealRequired: false }),
    heading(t(T.sought), 2, 'left'),
    numberedOr(nonEmptyPoints(draft), POINTS_SLOT['rti-complaint'][lang]),
    heading(t(T.facts), 2, 'left'),
    paragraph(fill(t(T.factApplication), { application, authority: v(F.publicAuthority) })),
    // The chronology follows the facts, before the grounds and the verification, as in the second
    // appeal: nothing comes after the signature but the enclosures (review 12).
    heading(t(T.chronology), 2, 'left'),
    chronologyTable(draft, lang, T.document, ctx.today),
    heading(t(T.grounds), 2, 'left'),
    numberedOr(grounds, ''),
    heading(t(T.prayer), 2, 'left'),
    paragraph(t(T.prayerIntro)),
    numberedOr([t(T.prayerInquire), penaltyPrayer(draft, lang), t(T.prayerHearing)], ''),
    heading(t(T.declaration), 2, 'left'),
    paragraph(t(T.declarationText)),
    heading(t(T.verification), 2, 'left'),
    paragraph(fill(t(T.verificationText), { name: v(F.applicantName) })),
    signature([t(C.place) + v(F.place), t(C.date) + dated], ['', t(C.signComplainant), v(F.applicantName)]),
    enclosuresLine(lang, PAPER.complaint),
  ];
}

export const RTI_COMPLAINT_TEMPLATE: KindTemplate<'rti-complaint'> = {
  kind: 'rti-complaint',
  prefill: prefillRtiComplaint,
  title: 'RTI complaint to the Information Commission under s.18',
  requiredFields: [F.publicAuthority, F.pioAddress, F.subject, F.applicantName, F.applicantAddress, F.applicationDate, COMPLAINT_GROUND_FIELD, F.place],
  conditionalFields,
  choices: { [COMPLAINT_GROUND_FIELD.key]: COMPLAINT_GROUNDS },
  choiceLabels: { [COMPLAINT_GROUND_FIELD.key]: Object.fromEntries(COMPLAINT_GROUNDS.map((g) => [g, COMPLAINT_GROUND_FACTS[g].label.en])) },
  optionalFields: [F.applicationRef, F.replyDate, F.replyRef, F.firstAppealDate, F.faaAddress, F.faaOrderDate, F.faaOrderRef, F.commissionAddress, F.state, F.applicantPhone, F.applicantEmail, F.groundDetails, F.pageCounts, F.date],
  minPoints: { count: 1, label: 'Information requested (at least one point)' },
  render,
};

// ---------------------------------------------------------------------------------------------
// Prefill: the draft's first fields and points, from the case (shared/drafting/draft-context.ts).

/** A complaint under s.18 starts from the same record as a second appeal, with its own ground. */
export function prefillRtiComplaint(ctx: DraftContext): Prefill<'rti-complaint'> {
  const { fields, points, firstAppealGround } = rtiToCommission(ctx);
  return { fields: { ...fields, complaintGround: firstAppealGround === 'no-reply' ? 'no-response' : 'other' }, points };
}
