import { assertNever } from '../../shared/lib/assert-never.ts';
import type { Bilingual } from './fields.ts';

/**
 * What went wrong with an RTI application, and the grounds and relief that answer it. Each ground
 * and each relief is a provision of the Right to Information Act, 2005 with its source: the Act's
 * section first, then where the research notes (`rti-law-and-anchors.md`, a secondary pointer,
 * never shown to users) found its text. `confirmed: false` where those notes hold only a
 * secondary source or none.
 *
 * Text slots: {points} (the points not supplied), {replyDate}, {feeDemanded}, {cpio} (Central or
 * State PIO), {authority} (the public authority), {questionRef} (the parliamentary question the
 * matter was raised in).
 */
export const APPEAL_GROUNDS = ['no-reply', 'exemption-8-1-h', 'exemption-s24', 'partial', 'fee-demand', 'other'] as const;
export type AppealGround = (typeof APPEAL_GROUNDS)[number];

/** One ground of appeal: a provision of the Act and the argument from it. */
export type LegalGround = {
  /** The provision, as a lawyer cites it ("s.8(1) proviso"). */
  readonly section: string;
  readonly text: Bilingual;
  readonly source: string;
  readonly confirmed: boolean;
};

const NOTES = 'rti-law-and-anchors.md';

/**
 * The grounds, by name. The merits grounds (the proviso to s.8(1), s.8(2), s.8(1)(h) with its case
 * law, the reach of s.24) answer the refusal itself; the others its procedure.
 */
export const GROUNDS = {
  deemedRefusal: {
    section: 's.7(1), s.7(2)',
    text: {
      en: 'No decision was communicated within thirty days of receipt of the application, as Section 7(1) of the Act requires. Under Section 7(2) the request is deemed to have been refused.',
      hi: 'आवेदन की प्राप्ति के तीस दिन के भीतर कोई निर्णय सूचित नहीं किया गया, जैसा कि अधिनियम की धारा 7(1) में अपेक्षित है। धारा 7(2) के अंतर्गत अनुरोध को अस्वीकृत माना जाता है।',
    },
    source: `RTI Act 2005 s.7(1), s.7(2) (secondary: ${NOTES} A.1; https://chandametta.kvs.ac.in/?p=7962)`,
    confirmed: true,
  },
  freeOfCharge: {
    section: 's.7(6)',
    text: {
      en: 'As the time limit was not met, the information must now be provided free of charge (Section 7(6) of the Act).',
      hi: 'चूँकि समय-सीमा का पालन नहीं किया गया, अतः सूचना अब निःशुल्क दी जानी चाहिए (अधिनियम की धारा 7(6))।',
    },
    source: `RTI Act 2005 s.7(6) (secondary: ${NOTES} A.1; https://chandametta.kvs.ac.in/?p=7962)`,
    confirmed: true,
  },
  burden: {
    section: 's.19(5)',
    text: {
      en: 'Under Section 19(5) of the Act, the burden of proving that a denial of the request was justified lies on the {cpio}.',
      hi: 'अधिनियम की धारा 19(5) के अंतर्गत यह सिद्ध करने का भार कि अनुरोध को अस्वीकार करना न्यायोचित था, {cpio} पर है।',
    },
    source: `RTI Act 2005 s.19(5) (secondary: ${NOTES} A.1; https://legalup.in/?p=1155)`,
    confirmed: true,
  },
  severable: {
    section: 's.10',
    text: {
      en: 'Even if some part of the information were exempt, the part that can reasonably be severed from it should have been given (Section 10 of the Act).',
      hi: 'यदि सूचना का कोई भाग छूट प्राप्त भी हो, तो भी वह भाग दिया जाना चाहिए था जिसे उससे युक्तियुक्त रूप से पृथक किया जा सकता है (अधिनियम की धारा 10)।',
    },
    // The notes find s.10 only on righttoinformation.wiki.
    source: `RTI Act 2005 s.10 (secondary: ${NOTES} A.1, UNCONFIRMED: only righttoinformation.wiki states it)`,
    confirmed: false,
  },
  investigationCaseLaw: {
    section: 's.8(1)(h)',
    // The English quotes s.8(1)(h) (A.1); the Hindi paraphrases it, as the official Hindi text is not in the notes.
    text: {
      en: 'Section 8(1)(h) exempts only "information which would impede the process of investigation or apprehension or prosecution of offenders". The mere existence of an investigation is not a ground for refusal; the authority withholding information must show satisfactory reasons why its release would hamper the investigation (Delhi High Court, Bhagat Singh v. Chief Information Commissioner, W.P.(C) 3114/2007; followed in B.S. Mathur v. Public Information Officer, W.P.(C) 295/2011, decided on 3.6.2011). The reply gives no such reasons.',
      hi: 'धारा 8(1)(ज) केवल ऐसी सूचना को छूट देती है जिससे अपराधियों के अन्वेषण, पकड़े जाने या अभियोजन की प्रक्रिया में अड़चन पड़े। केवल किसी जाँच का चलना इनकार का आधार नहीं है; सूचना रोकने वाले प्राधिकारी को संतोषजनक कारण बताने होंगे कि उसके प्रकटन से जाँच किस प्रकार बाधित होगी (दिल्ली उच्च न्यायालय, भगत सिंह बनाम मुख्य सूचना आयुक्त, रिट याचिका (सिविल) 3114/2007; बी.एस. माथुर बनाम लोक सूचना अधिकारी, रिट याचिका (सिविल) 295/2011, निर्णय दिनांक 3.6.2011 में अनुसरित)। उत्तर में ऐसे कोई कारण नहीं दिए गए।',
    },
    source: `RTI Act 2005 s.8(1)(h); Bhagat Singh v CIC, WP(C) 3114/2007 (Delhi HC); B.S. Mathur v PIO, WP(C) 295/2011, 3.6.2011 (secondary: ${NOTES} A.1 "s.8(1)(h) case law"; quoted by the CIC in CIC/BS/A/2015/002299-BJ, 14.03.2017, https://anticorruptionteam.org/hesk/knowledgebase.php?article=3848)`,
    confirmed: true,
  },
  investigationOwnRecords: {
    section: 's.8(1)(h)',
    text: {
      en: "The information sought consists of the public authority's own administrative records (file notings, correspondence, orders, dates and numbers), whose disclosure cannot impede the investigation of any offence.",
      hi: 'माँगी गई सूचना लोक प्राधिकारी के अपने प्रशासनिक अभिलेखों (फ़ाइल टिप्पणियाँ, पत्राचार, आदेश, तिथियाँ और संख्याएँ) से संबंधित है, जिनके प्रकटन से किसी अपराध की जाँच बाधित नहीं हो सकती।',
    },
    source: `RTI Act 2005 s.8(1)(h) (secondary: ${NOTES} A.1 s.8(1) text, A.7 "Expect s.8(1)(h)")`,
    confirmed: true,
  },
  parliamentProviso: {
    section: 's.8(1) proviso',
    text: {
      en: 'The matter of this application was raised in Parliament: {questionRef}. Under the proviso to Section 8(1) of the Act, information which cannot be denied to Parliament or a State Legislature shall not be denied to any person. The public authority\'s own records of how it dealt with a matter on which the Government has answered to Parliament could not be denied to Parliament, and so cannot be denied to the appellant.',
      hi: 'इस आवेदन का विषय संसद में उठाया गया था: {questionRef}। अधिनियम की धारा 8(1) के परंतुक के अनुसार, जिस सूचना को संसद या किसी राज्य विधान-मंडल को देने से इनकार नहीं किया जा सकता, उसे किसी व्यक्ति को देने से इनकार नहीं किया जाएगा। जिस विषय पर सरकार ने संसद में उत्तर दिया है, उस पर लोक प्राधिकारी की कार्रवाई के अभिलेख संसद को देने से इनकार नहीं किया जा सकता, अतः अपीलकर्ता को भी देने से इनकार नहीं किया जा सकता।',
    },
    // The notes quote s.8(1) clause by clause without the proviso, and say (A.4) that the DPDP Act
    // 2023 s.44(3) substituted clause (j) from 14 Nov 2025; commentary reads that as removing the
    // proviso too. Check the Act as it stands before relying on it.
    source: `RTI Act 2005 s.8(1), proviso after clause (j) ("Provided that the information which cannot be denied to the Parliament or a State Legislature shall not be denied to any person"). UNCONFIRMED: not in ${NOTES} (A.1 lists s.8(1) without it); whether it survives DPDP Act 2023 s.44(3) (${NOTES} A.4) is disputed, see https://mahitiadhikar.blogspot.com/2025/03/blog-post_30.html`,
    confirmed: false,
  },
  publicInterest: {
    section: 's.8(2)',
    text: {
      en: 'Even where an exemption in Section 8(1) applies, Section 8(2) of the Act allows access if the public interest in disclosure outweighs the harm to the protected interests. The {cpio} has not identified any harm that disclosure would cause, nor weighed it against the public interest in knowing how a public authority dealt with a matter of public concern.',
      hi: 'जहाँ धारा 8(1) की कोई छूट लागू होती भी हो, वहाँ भी अधिनियम की धारा 8(2) के अंतर्गत सूचना तक पहुँच दी जा सकती है, यदि प्रकटन में लोकहित संरक्षित हितों को होने वाली हानि से अधिक हो। {cpio} ने न तो यह बताया है कि प्रकटन से क्या हानि होगी, और न ही उसे इस लोकहित के सामने तौला है कि जनता जाने कि लोक प्राधिकारी ने सार्वजनिक महत्व के विषय पर क्या कार्रवाई की।',
    },
    source: `RTI Act 2005 s.8(2) (secondary: ${NOTES} A.1 s.8(2), https://tn.gov.in/rti/what_information.htm item xi; CHRI https://humanrightsinitiative.org/programs/ai/rti/india/officials_guide/info_withhold.htm)`,
    confirmed: true,
  },
  notInSchedule: {
    section: 's.24(1), Second Schedule',
    text: {
      en: 'The {authority} is not itself an organisation specified in the Second Schedule to the Act.',
      hi: '{authority} स्वयं अधिनियम की दूसरी अनुसूची में विनिर्दिष्ट संगठन नहीं है।',
    },
    // Chosen only for an authority the routing list records as outside the Second Schedule.
    source: `RTI Act 2005 s.24(1) and Second Schedule (secondary: ${NOTES} A.1, 2013 list https://lawbeed.blogspot.com/2013/04/rti-act-not-applies-to-certain.html and the 2023 CERT-In addition)`,
    confirmed: true,
  },
  scheduleReach: {
    section: 's.24(1)',
    text: {
      en: "Section 24(1) takes out of the Act only the intelligence and security organisations specified in the Second Schedule, and information furnished by those organisations to the Government. That an organisation in the Second Schedule also dealt with the matter does not make this public authority's own records exempt: its own file notings, correspondence, minutes and orders are not information furnished by that organisation, and Section 24 does not reach them.",
      hi: 'धारा 24(1) अधिनियम से केवल दूसरी अनुसूची में विनिर्दिष्ट आसूचना और सुरक्षा संगठनों को, और उन संगठनों द्वारा सरकार को दी गई सूचना को, बाहर करती है। दूसरी अनुसूची के किसी संगठन द्वारा भी इस विषय पर कार्य किए जाने से इस लोक प्राधिकारी के अपने अभिलेख छूट प्राप्त नहीं हो जाते: उसकी अपनी फ़ाइल टिप्पणियाँ, पत्राचार, कार्यवृत्त और आदेश उस संगठन द्वारा दी गई सूचना नहीं हैं, और धारा 24 उन पर लागू नहीं होती।',
    },
    source: `RTI Act 2005 s.24(1) (secondary: ${NOTES} A.1 s.24 and "Design consequence": direct questions at the ministries' own records; https://lawbeed.blogspot.com/2013/04/rti-act-not-applies-to-certain.html)`,
    confirmed: true,
  },
  scheduleProviso: {
    section: 's.24(1) proviso',
    text: {
      en: 'In any case, under the proviso to Section 24(1), information pertaining to allegations of corruption and human rights violations is not excluded by that section.',
      hi: 'हर स्थिति में, धारा 24(1) के परंतुक के अंतर्गत भ्रष्टाचार और मानवाधिकार उल्लंघन के अभिकथनों से संबंधित सूचना उस धारा द्वारा बाहर नहीं की गई है।',
    },
    source: `RTI Act 2005 s.24(1) proviso (secondary: ${NOTES} A.1 s.24; https://lawbeed.blogspot.com/2013/04/rti-act-not-applies-to-certain.html)`,
    confirmed: true,
  },
  noDecision: {
    section: 's.7(1)',
    text: {
      en: 'Section 7(1) of the Act requires the {cpio} either to provide the information or to reject the request for one of the reasons in Sections 8 and 9. The reply does neither for {points}.',
      hi: 'अधिनियम की धारा 7(1) के अंतर्गत {cpio} को या तो सूचना देनी होती है या धारा 8 और 9 में दिए किसी कारण से अनुरोध अस्वीकार करना होता है। उत्तर में बिंदु {points} के लिए इनमें से कुछ भी नहीं किया गया।',
    },
    source: `RTI Act 2005 s.7(1) (secondary: ${NOTES} A.1)`,
    confirmed: true,
  },
  noReasons: {
    section: 's.7(8)',
    text: {
      en: 'A rejection must state its reasons, the period within which an appeal may be made and the particulars of the appellate authority (Section 7(8) of the Act); none were given.',
      hi: 'अस्वीकृति में उसके कारण, अपील की अवधि और अपील प्राधिकारी का विवरण बताया जाना चाहिए (अधिनियम की धारा 7(8)); इनमें से कुछ भी नहीं बताया गया।',
    },
    source: `RTI Act 2005 s.7(8) (secondary: ${NOTES} A.1; https://business-standard.com/amp/article/pti-stories/properly-dispose-off-rti-applications-appeals-govt-to-deptts-115022200060_1.html)`,
    confirmed: true,
  },
  feeCalculation: {
    section: 's.7(3)(a); RTI Rules 2012 r.4',
    text: {
      en: 'Section 7(3)(a) of the Act requires a demand for further fees to give the details of the calculation by which the amount was arrived at; copying fees are fixed by Rule 4 of the Right to Information Rules, 2012 (Rs 2 per page of A3 or smaller paper).',
      hi: 'अधिनियम की धारा 7(3)(क) के अंतर्गत अतिरिक्त शुल्क की माँग में उस गणना का विवरण देना आवश्यक है जिससे राशि निकाली गई; प्रतिलिपि शुल्क सूचना का अधिकार नियम, 2012 के नियम 4 द्वारा निर्धारित है (ए3 या छोटे आकार के कागज़ के लिए ₹2 प्रति पृष्ठ)।',
    },
    source: `RTI Act 2005 s.7(3)(a); RTI Rules 2012 r.4 (secondary: ${NOTES} A.1 s.7(3), A.2 r.4)`,
    confirmed: true,
  },
  feeLate: {
    section: 's.7(6)',
    text: {
      en: 'Where the demand was not made within the time allowed by Section 7(1), the information must be given free of charge (Section 7(6) of the Act).',
      hi: 'जहाँ माँग धारा 7(1) में अनुमत समय के भीतर नहीं की गई, वहाँ सूचना निःशुल्क दी जानी चाहिए (अधिनियम की धारा 7(6))।',
    },
    source: `RTI Act 2005 s.7(6) (secondary: ${NOTES} A.1)`,
    confirmed: true,
  },
} as const satisfies { readonly [name: string]: LegalGround };

export type GroundName = keyof typeof GROUNDS;

/**
 * When a ground applies beyond the refusal itself: `question` when the matter was raised in
 * Parliament (the draft names the question); `outside-schedule` when the routing list records
 * the public authority as outside the Second Schedule; `not-in-schedule` unless it records it as
 * inside (an application to a Second Schedule organisation itself gets only the s.24 proviso).
 */
export type GroundCondition = 'always' | 'question' | 'outside-schedule' | 'not-in-schedule';

export type GroundChoice = { readonly name: GroundName; readonly when: GroundCondition };

/** One relief the appellate authority or the Commission can give, with the provision that gives it. */
export type Relief = {
  readonly section: string;
  readonly text: Bilingual;
  readonly source: string;
  readonly confirmed: boolean;
};

export const RELIEFS = {
  freeOfCharge: {
    section: 's.7(6)',
    text: {
      en: 'direct that the information be provided free of charge, since the time limit in Section 7(1) was not met (Section 7(6) of the Act)',
      hi: 'निर्देश दें कि सूचना निःशुल्क दी जाए, क्योंकि धारा 7(1) की समय-सीमा का पालन नहीं किया गया (अधिनियम की धारा 7(6))',
    },
    source: `RTI Act 2005 s.7(6) (secondary: ${NOTES} A.1)`,
    confirmed: true,
  },
  /** The first appeal lies against the CPIO's decision (s.19(1)); the FAA can set it aside. */
  setAside: {
    section: 's.19(1)',
    text: {
      en: 'set aside the decision of the {cpio} communicated by the reply dated {replyDate}',
      hi: '{cpio} के दिनांक {replyDate} के उत्तर द्वारा सूचित निर्णय को निरस्त करें',
    },
    source: `RTI Act 2005 s.19(1) (secondary: ${NOTES} A.1 s.19(1))`,
    confirmed: true,
  },
  /**
   * s.19(8)(b): the Commission may "require the public authority to compensate the complainant for
   * any loss or other detriment suffered". Not in the notes; the Delhi High Court's reading (the
   * compensation must match the appellant's own detriment) is from a law report.
   */
  compensation: {
    section: 's.19(8)(b)',
    text: {
      en: 'require the public authority to compensate the appellant for the loss or other detriment suffered (Section 19(8)(b) of the Act): {detriment};',
      hi: 'लोक प्राधिकारी से अपेक्षा करें कि वह अपीलकर्ता को हुई हानि या अन्य क्षति के लिए प्रतिकर दे (अधिनियम की धारा 19(8)(ख)): {detriment};',
    },
    source: 'RTI Act 2005 s.19(8)(b). UNCONFIRMED: not in rti-law-and-anchors.md; text as quoted in South Delhi Municipal Corporation v CIC, W.P.(C) 4622/2019, Delhi HC, 24.07.2024 (https://livelaw.in/amp/high-court/delhi-high-court/delhi-high-court-rti-act-cic-compensation-to-complainant-as-per-detriment-265837); actual loss must be shown (Amit Anand v Bihar Information Commission, Patna HC, 21.04.2025, https://www.casemine.com/commentary/in/threshold-for-rti-compensation:-demonstrable-loss-and-application-requirement-under-section-19(8)(b)/view)',
    confirmed: false,
  },
  /** What the appellant lost when they do not say: the time and cost of the appeals themselves. */
  compensationDefault: {
    section: 's.19(8)(b)',
    text: {
      en: 'the time and expense of pursuing the information through a first appeal and this appeal',
      hi: 'प्रथम अपील और इस अपील के माध्यम से सूचना प्राप्त करने में लगा समय और व्यय',
    },
    source: 'ISTM compilation of CIC compensation orders (e.g. Gopal Singh v CPIO, Central Bank of India, 03.04.2012: compensation "for the detriment and inconveniences suffered"), https://istm.gov.in/rti_portal/cms/110/2. UNCONFIRMED: not in rti-law-and-anchors.md',
    confirmed: false,
  },
} as const satisfies { readonly [name: string]: Relief };

export type ReliefName = keyof typeof RELIEFS;

export type AppealGroundFacts = {
  readonly label: Bilingual;
  /** One sentence for "brief facts": what the CPIO did or failed to do. */
  readonly fact: Bilingual;
  /** The grounds of appeal, in order, each with when it applies. */
  readonly grounds: ReadonlyArray<GroundChoice>;
  /** Relief particular to this ground, added to the common prayer of either appeal. */
  readonly relief: ReadonlyArray<ReliefName>;
  /** Whether the CPIO decided something the appeal asks to set aside (a reply, not silence). */
  readonly decided: boolean;
};

const always = (name: GroundName): GroundChoice => ({ name, when: 'always' });
const PROVISO: GroundChoice = { name: 'parliamentProviso', when: 'question' };

export const APPEAL_GROUND_FACTS: { readonly [G in AppealGround]: AppealGroundFacts } = {
  'no-reply': {
    label: { en: 'No reply within 30 days (deemed refusal)', hi: '30 दिन में कोई उत्तर नहीं (मानित अस्वीकृति)' },
    fact: {
      en: 'The {cpio} did not communicate any decision on the application within the thirty days allowed by Section 7(1) of the Act. Under Section 7(2) the request is therefore deemed to have been refused.',
      hi: '{cpio} ने अधिनियम की धारा 7(1) में अनुमत तीस दिन के भीतर आवेदन पर कोई निर्णय सूचित नहीं किया। अतः धारा 7(2) के अंतर्गत अनुरोध को अस्वीकृत माना जाता है।',
    },
    grounds: [always('deemedRefusal'), always('freeOfCharge'), PROVISO, always('burden')],
    relief: ['freeOfCharge'],
    decided: false,
  },
  'exemption-8-1-h': {
    label: { en: 'Refused under s.8(1)(h) (investigation)', hi: 'धारा 8(1)(ज) (जाँच) के अंतर्गत इनकार' },
    fact: {
      en: 'By the reply dated {replyDate}, the {cpio} refused the information citing Section 8(1)(h) of the Act, without stating how its disclosure would impede any investigation.',
      hi: 'दिनांक {replyDate} के उत्तर द्वारा {cpio} ने अधिनियम की धारा 8(1)(ज) का हवाला देकर सूचना देने से इनकार किया, यह बताए बिना कि उसके प्रकटन से कोई जाँच किस प्रकार बाधित होगी।',
    },
    grounds: [always('investigationCaseLaw'), always('investigationOwnRecords'), PROVISO, always('publicInterest'), always('severable'), always('burden')],
    relief: ['setAside'],
    decided: true,
  },
  'exemption-s24': {
    label: { en: 'Refused under s.24 (Second Schedule organisation)', hi: 'धारा 24 (दूसरी अनुसूची का संगठन) के अंतर्गत इनकार' },
    fact: {
      en: 'By the reply dated {replyDate}, the {cpio} refused the information citing Section 24 of the Act.',
      hi: 'दिनांक {replyDate} के उत्तर द्वारा {cpio} ने अधिनियम की धारा 24 का हवाला देकर सूचना देने से इनकार किया।',
    },
    grounds: [
      { name: 'notInSchedule', when: 'outside-schedule' },
      { name: 'scheduleReach', when: 'not-in-schedule' },
      always('scheduleProviso'),
      { name: 'parliamentProviso', when: 'question' },
      always('severable'),
      always('burden'),
    ],
    relief: ['setAside'],
    decided: true,
  },
  partial: {
    label: { en: 'Partial or incomplete reply', hi: 'आंशिक या अपूर्ण उत्तर' },
    fact: {
      en: 'By the reply dated {replyDate}, the {cpio} did not provide the information sought at {points}, and cited no exemption for withholding it.',
      hi: 'दिनांक {replyDate} के उत्तर द्वारा {cpio} ने बिंदु {points} पर माँगी गई सूचना नहीं दी, और उसे रोकने के लिए किसी छूट का उल्लेख नहीं किया।',
    },
    grounds: [always('noDecision'), always('noReasons'), PROVISO, always('burden')],
    relief: [],
    decided: true,
  },
  'fee-demand': {
    label: { en: 'Further fee demanded', hi: 'अतिरिक्त शुल्क की माँग' },
    fact: {
      en: 'By the communication dated {replyDate}, the {cpio} demanded a further fee of Rs {feeDemanded} before providing the information.',
      hi: 'दिनांक {replyDate} के पत्र द्वारा {cpio} ने सूचना देने से पहले ₹{feeDemanded} के अतिरिक्त शुल्क की माँग की।',
    },
    grounds: [always('feeCalculation'), always('feeLate')],
    relief: ['freeOfCharge'],
    decided: true,
  },
  other: {
    label: { en: 'Other', hi: 'अन्य' },
    fact: {
      en: 'The information sought at {points} has not been provided.',
      hi: 'बिंदु {points} पर माँगी गई सूचना नहीं दी गई है।',
    },
    grounds: [PROVISO, always('publicInterest'), always('burden')],
    relief: [],
    decided: false,
  },
};

/** What decides the conditional grounds, from the draft. */
export type GroundContext = {
  /** The parliamentary question the matter was raised in ('' when none). */
  readonly questionRef: string;
  /** Whether the routing list has the public authority in the Second Schedule; null when it does not know it. */
  readonly inSecondSchedule: boolean | null;
};

function applies(when: GroundCondition, ctx: GroundContext): boolean {
  switch (when) {
    case 'always':
      return true;
    case 'question':
      return ctx.questionRef.trim() !== '';
    case 'outside-schedule':
      return ctx.inSecondSchedule === false;
    case 'not-in-schedule':
      return ctx.inSecondSchedule !== true;
    default:
      return assertNever(when, 'Unknown ground condition');
  }
}

/** The grounds for what went wrong, in order, those whose condition holds. */
export function groundsFor(ground: AppealGround, ctx: GroundContext): ReadonlyArray<LegalGround> {
  return APPEAL_GROUND_FACTS[ground].grounds.filter((c) => applies(c.when, ctx)).map((c) => GROUNDS[c.name]);
}

export function isAppealGround(value: string): value is AppealGround {
  return (APPEAL_GROUNDS as ReadonlyArray<string>).includes(value);
}

/** s.20(1): Rs 250 a day, at most Rs 25,000. */
export const PENALTY = {
  perDay: 250,
  cap: 25_000,
  source: `RTI Act 2005 s.20(1) (secondary: ${NOTES} A.1; https://indianemployees.com/acts-rules/section/penalties-1373)`,
  confirmed: true,
} as const;
