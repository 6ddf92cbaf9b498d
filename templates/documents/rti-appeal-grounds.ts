import type { Bilingual } from './fields.ts';

/**
 * What went wrong with an RTI application, and the grounds and relief that answer it
 * (`rti-law-and-anchors.md` A.1; A.7 "Expect s.8(1)(h): pre-load the Bhagat Singh reasoning").
 * Text slots: {points} (the points not supplied), {replyDate}, {feeDemanded}, {cpio} (Central or State PIO).
 */
export const APPEAL_GROUNDS = ['no-reply', 'exemption-8-1-h', 'exemption-s24', 'partial', 'fee-demand', 'other'] as const;
export type AppealGround = (typeof APPEAL_GROUNDS)[number];

export type AppealGroundFacts = {
  readonly label: Bilingual;
  /** One sentence for "brief facts": what the CPIO did or failed to do. */
  readonly fact: Bilingual;
  /** The grounds of appeal, in order. */
  readonly grounds: ReadonlyArray<Bilingual>;
  /** Relief particular to this ground, added to the common prayer. */
  readonly relief: ReadonlyArray<Bilingual>;
  readonly source: string;
  readonly confirmed: boolean;
};

const DOC = 'rti-law-and-anchors.md';

const BURDEN: Bilingual = {
  en: 'Under Section 19(5) of the Act, the burden of proving that a denial of the request was justified lies on the {cpio}.',
  hi: 'अधिनियम की धारा 19(5) के अंतर्गत यह सिद्ध करने का भार कि अनुरोध का अस्वीकार न्यायोचित था, {cpio} पर है।',
};

const SEVERABLE: Bilingual = {
  en: 'Even if some part of the information were exempt, the part that can reasonably be severed from it should have been given (Section 10 of the Act).',
  hi: 'यदि सूचना का कोई भाग छूट प्राप्त भी हो, तो भी वह भाग दिया जाना चाहिए था जिसे उससे युक्तियुक्त रूप से पृथक किया जा सकता है (अधिनियम की धारा 10)।',
};

const FREE_OF_CHARGE: Bilingual = {
  en: 'direct that the information be provided free of charge, since the time limit in Section 7(1) was not met (Section 7(6) of the Act)',
  hi: 'निर्देश दें कि सूचना निःशुल्क दी जाए, क्योंकि धारा 7(1) की समय-सीमा का पालन नहीं किया गया (अधिनियम की धारा 7(6))',
};

export const APPEAL_GROUND_FACTS: { readonly [G in AppealGround]: AppealGroundFacts } = {
  'no-reply': {
    label: { en: 'No reply within 30 days (deemed refusal)', hi: '30 दिन में कोई उत्तर नहीं (मानित अस्वीकृति)' },
    fact: {
      en: 'The {cpio} did not communicate any decision on the application within the thirty days allowed by Section 7(1) of the Act. Under Section 7(2) the request is therefore deemed to have been refused.',
      hi: '{cpio} ने अधिनियम की धारा 7(1) में अनुमत तीस दिन के भीतर आवेदन पर कोई निर्णय सूचित नहीं किया। अतः धारा 7(2) के अंतर्गत अनुरोध को अस्वीकृत माना जाता है।',
    },
    grounds: [
      {
        en: 'No decision was communicated within thirty days of receipt of the application, as Section 7(1) of the Act requires. Under Section 7(2) the request is deemed to have been refused.',
        hi: 'आवेदन की प्राप्ति के तीस दिन के भीतर कोई निर्णय सूचित नहीं किया गया, जैसा कि अधिनियम की धारा 7(1) में अपेक्षित है। धारा 7(2) के अंतर्गत अनुरोध को अस्वीकृत माना जाता है।',
      },
      {
        en: 'As the time limit was not met, the information must now be provided free of charge (Section 7(6) of the Act).',
        hi: 'चूँकि समय-सीमा का पालन नहीं किया गया, अतः सूचना अब निःशुल्क दी जानी चाहिए (अधिनियम की धारा 7(6))।',
      },
      BURDEN,
    ],
    relief: [FREE_OF_CHARGE],
    source: `${DOC} A.1 s.7(1), s.7(2), s.7(6), s.19(1), s.19(5)`,
    confirmed: true,
  },
  'exemption-8-1-h': {
    // The English quotes s.8(1)(h) (A.1); the Hindi paraphrases it, as the official Hindi text is not in the docs.
    label: { en: 'Refused under s.8(1)(h) (investigation)', hi: 'धारा 8(1)(ज) (जाँच) के अंतर्गत इनकार' },
    fact: {
      en: 'By the reply dated {replyDate}, the {cpio} refused the information citing Section 8(1)(h) of the Act, without stating how its disclosure would impede any investigation.',
      hi: 'दिनांक {replyDate} के उत्तर द्वारा {cpio} ने अधिनियम की धारा 8(1)(ज) का हवाला देकर सूचना देने से इनकार किया, यह बताए बिना कि उसके प्रकटन से कोई जाँच किस प्रकार बाधित होगी।',
    },
    grounds: [
      {
        en: 'Section 8(1)(h) exempts only "information which would impede the process of investigation or apprehension or prosecution of offenders". The mere existence of an investigation is not a ground for refusal; the authority withholding information must show satisfactory reasons why its release would hamper the investigation (Delhi High Court, Bhagat Singh v. Chief Information Commissioner, W.P.(C) 3114/2007; followed in B.S. Mathur v. Public Information Officer, W.P.(C) 295/2011, decided on 3.6.2011). The reply gives no such reasons.',
        hi: 'धारा 8(1)(ज) केवल ऐसी सूचना को छूट देती है जिससे अपराधियों के अन्वेषण, पकड़े जाने या अभियोजन की प्रक्रिया में अड़चन पड़े। केवल किसी जाँच का चलना इनकार का आधार नहीं है; सूचना रोकने वाले प्राधिकारी को संतोषजनक कारण बताने होंगे कि उसके प्रकटन से जाँच किस प्रकार बाधित होगी (दिल्ली उच्च न्यायालय, भगत सिंह बनाम मुख्य सूचना आयुक्त, रिट याचिका (सिविल) 3114/2007; बी.एस. माथुर बनाम लोक सूचना अधिकारी, रिट याचिका (सिविल) 295/2011, निर्णय दिनांक 3.6.2011 में अनुसरित)। उत्तर में ऐसे कोई कारण नहीं दिए गए।',
      },
      {
        en: "The information sought consists of the public authority's own administrative records (file notings, correspondence, orders, dates and numbers), whose disclosure cannot impede the investigation of any offence.",
        hi: 'मांगी गई सूचना लोक प्राधिकारी के अपने प्रशासनिक अभिलेखों (फ़ाइल टिप्पणियाँ, पत्राचार, आदेश, तिथियाँ और संख्याएँ) से संबंधित है, जिनके प्रकटन से किसी अपराध की जाँच बाधित नहीं हो सकती।',
      },
      SEVERABLE,
      BURDEN,
    ],
    relief: [],
    source: `${DOC} A.1 s.8(1)(h) case law (Bhagat Singh v CIC; B.S. Mathur v PIO), s.19(5); https://anticorruptionteam.org/hesk/knowledgebase.php?article=3848`,
    confirmed: true,
  },
  'exemption-s24': {
    label: { en: 'Refused under s.24 (Second Schedule organisation)', hi: 'धारा 24 (दूसरी अनुसूची का संगठन) के अंतर्गत इनकार' },
    fact: {
      en: 'By the reply dated {replyDate}, the {cpio} refused the information citing Section 24 of the Act.',
      hi: 'दिनांक {replyDate} के उत्तर द्वारा {cpio} ने अधिनियम की धारा 24 का हवाला देकर सूचना देने से इनकार किया।',
    },
    grounds: [
      {
        en: "Section 24 takes out of the Act only the intelligence and security organisations in the Second Schedule and the information furnished by them to the Government. The records sought are this public authority's own file notings, correspondence and orders, which are neither.",
        hi: 'धारा 24 अधिनियम से केवल दूसरी अनुसूची में सम्मिलित आसूचना और सुरक्षा संगठनों को और उनके द्वारा सरकार को दी गई सूचना को बाहर करती है। मांगे गए अभिलेख इस लोक प्राधिकारी की अपनी फ़ाइल टिप्पणियाँ, पत्राचार और आदेश हैं, जो इनमें से कोई नहीं हैं।',
      },
      {
        en: 'Under the proviso to Section 24(1), information pertaining to allegations of corruption and human rights violations is not excluded.',
        hi: 'धारा 24(1) के परंतुक के अंतर्गत भ्रष्टाचार और मानवाधिकार उल्लंघन के अभिकथनों से संबंधित सूचना बाहर नहीं की गई है।',
      },
      SEVERABLE,
      BURDEN,
    ],
    relief: [],
    source: `${DOC} A.1 s.24 (https://lawbeed.blogspot.com/2013/04/rti-act-not-applies-to-certain.html), s.19(5)`,
    confirmed: true,
  },
  partial: {
    label: { en: 'Partial or incomplete reply', hi: 'आंशिक या अपूर्ण उत्तर' },
    fact: {
      en: 'By the reply dated {replyDate}, the {cpio} did not provide the information sought at point(s) {points}, and cited no exemption for withholding it.',
      hi: 'दिनांक {replyDate} के उत्तर द्वारा {cpio} ने बिंदु {points} पर मांगी गई सूचना नहीं दी, और उसे रोकने के लिए किसी छूट का उल्लेख नहीं किया।',
    },
    grounds: [
      {
        en: 'Section 7(1) of the Act requires the {cpio} either to provide the information or to reject the request for one of the reasons in Sections 8 and 9. The reply does neither for point(s) {points}.',
        hi: 'अधिनियम की धारा 7(1) के अंतर्गत {cpio} को या तो सूचना देनी होती है या धारा 8 और 9 में दिए किसी कारण से अनुरोध अस्वीकार करना होता है। उत्तर में बिंदु {points} के लिए इनमें से कुछ भी नहीं किया गया।',
      },
      {
        en: 'A rejection must state its reasons, the period within which an appeal may be made and the particulars of the appellate authority (Section 7(8) of the Act); none were given.',
        hi: 'अस्वीकृति में उसके कारण, अपील की अवधि और अपील प्राधिकारी का विवरण बताया जाना चाहिए (अधिनियम की धारा 7(8)); इनमें से कुछ भी नहीं बताया गया।',
      },
      BURDEN,
    ],
    relief: [],
    source: `${DOC} A.1 s.7(1), s.7(8), s.19(5)`,
    confirmed: true,
  },
  'fee-demand': {
    label: { en: 'Further fee demanded', hi: 'अतिरिक्त शुल्क की मांग' },
    fact: {
      en: 'By the communication dated {replyDate}, the {cpio} demanded a further fee of Rs {feeDemanded} before providing the information.',
      hi: 'दिनांक {replyDate} के पत्र द्वारा {cpio} ने सूचना देने से पहले ₹{feeDemanded} के अतिरिक्त शुल्क की मांग की।',
    },
    grounds: [
      {
        en: 'Section 7(3)(a) of the Act requires a demand for further fees to give the details of the calculation by which the amount was arrived at; copying fees are fixed by Rule 4 of the Right to Information Rules, 2012 (Rs 2 per page of A3 or smaller paper).',
        hi: 'अधिनियम की धारा 7(3)(क) के अंतर्गत अतिरिक्त शुल्क की मांग में उस गणना का विवरण देना आवश्यक है जिससे राशि निकाली गई; प्रतिलिपि शुल्क सूचना का अधिकार नियम, 2012 के नियम 4 द्वारा निर्धारित है (ए3 या छोटे आकार के कागज़ के लिए ₹2 प्रति पृष्ठ)।',
      },
      {
        en: 'Where the demand was not made within the time allowed by Section 7(1), the information must be given free of charge (Section 7(6) of the Act).',
        hi: 'जहाँ मांग धारा 7(1) में अनुमत समय के भीतर नहीं की गई, वहाँ सूचना निःशुल्क दी जानी चाहिए (अधिनियम की धारा 7(6))।',
      },
    ],
    relief: [FREE_OF_CHARGE],
    source: `${DOC} A.1 s.7(3), s.7(6); A.2 r.4`,
    confirmed: true,
  },
  other: {
    label: { en: 'Other', hi: 'अन्य' },
    fact: {
      en: 'The information sought at point(s) {points} has not been provided.',
      hi: 'बिंदु {points} पर मांगी गई सूचना नहीं दी गई है।',
    },
    grounds: [BURDEN],
    relief: [],
    source: `${DOC} A.1 s.19(1), s.19(5)`,
    confirmed: true,
  },
};

export function isAppealGround(value: string): value is AppealGround {
  return (APPEAL_GROUNDS as ReadonlyArray<string>).includes(value);
}

/** s.20(1): Rs 250 a day, at most Rs 25,000 (`rti-law-and-anchors.md` A.1). */
export const PENALTY = {
  perDay: 250,
  cap: 25_000,
  source: `${DOC} A.1 s.20(1); https://indianemployees.com/acts-rules/section/penalties-1373`,
  confirmed: true,
} as const;
