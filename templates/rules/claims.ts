import type { Bilingual } from './bilingual.ts';

/**
 * Checkable claims in government replies, and the follow-ups that test them.
 *
 * A reply that says "an FIR has been registered" or "a Cyber Crisis Management Plan has been
 * formulated" asserts that a record exists. Each claim here names the records that would prove it
 * (RTI points: records only, each with a period) and the question parts that would pin it down.
 *
 * Every phrase the user sees is written in English and Hindi (`Bilingual`), with the same
 * placeholders, filled by `shared/drafting/suggest.ts` in the phrase's language:
 *   {reply}  en: the reply, e.g. "the reply to Rajya Sabha Question answered on 21.07.2023";
 *            hi: the question it answered, e.g. "21.07.2023 को उत्तरित राज्य सभा प्रश्न",
 *            which the Hindi phrase itself governs ("{reply} के उत्तर में")
 *   {period} the time window, e.g. "from 1 June 2023 to the date of this application" /
 *            "01.06.2023 से इस आवेदन की तिथि तक"
 *   {matter} the incident as a reply names it ("the cyber incident regarding CoWIN data in June 2023"),
 *            else the question's subject in its own words ("the CoWIN data breach")
 *   {system} the system named, e.g. "the CoWIN portal" / "कोविन पोर्टल"
 *   {owner} the Ministry whose system it is, e.g. "the Ministry of Health and Family Welfare" (system-owners.ts), else "the Ministry concerned"
 * English RTI point templates use only the characters RTI Online accepts (A.3): no quotes, no
 * semicolons. Hindi question parts follow the formulae of Hindi question lists ("क्या ...; यदि हाँ,
 * तो तत्संबंधी ब्यौरा क्या है और यदि नहीं, तो इसके क्या कारण हैं"); the Act's sections are cited as
 * the Hindi text of the Act numbers them (s.8(1)(h) is धारा 8(1)(ज)).
 */
export type ClaimRule = {
  readonly id: string;
  readonly label: string;
  readonly patterns: ReadonlyArray<RegExp>;
  readonly questionParts: ReadonlyArray<Bilingual>;
  /**
   * Short parts for a follow-up notice (a Rajya Sabha question has 100 words in all, Rule 47(vii)),
   * each asking what the claim left out rather than the earlier question again (Rule 47(xiv)).
   */
  readonly noticeParts: ReadonlyArray<Bilingual>;
  /**
   * What the claim's sentence leaves out, to finish "It does not say ..." / "इसमें यह नहीं बताया
   * गया कि ..." (half-an-hour points, notes, the points table).
   */
  readonly withheld: Bilingual;
  /**
   * Narrower notice parts, the first that fits: when the claim's sentence already says part of what
   * `noticeParts` asks (`said`), or another claim read off the same sentence asks it (`withClaim`).
   * Asking again what the reply said is a repeat (LS Rule 41(2)(xiii), RS Rule 47(xiv)); asking the
   * same thing in two parts of one notice wastes the words the House allows.
   */
  readonly narrower?: ReadonlyArray<{ readonly said?: RegExp; readonly withClaim?: string; readonly noticeParts: ReadonlyArray<Bilingual>; readonly withheld: Bilingual }>;
  /** Which gaps a notice keeps first when the word limit forces a choice (1 = first). */
  readonly weight: number;
  /**
   * The claim is about a named IT system (its audits, APIs, safeguards, cyber crisis plan): read
   * only where the question or reply names one ("the CoWIN portal"). Elsewhere its follow-ups ask
   * about "the system concerned", which no Table Office or CPIO can read (review 8: "guidelines …
   * released" in a reply on scheme funds made an audit question about "the system concerned").
   */
  readonly onlyForSystem?: true;
  readonly rtiPoints: ReadonlyArray<Bilingual>;
  /** Why these follow-ups, for the user. */
  readonly why: Bilingual;
  /** Refusal grounds to expect, so the user can pre-empt them. */
  readonly caution: Bilingual | null;
  readonly source: string;
  readonly confirmed: boolean;
};

const A7 = 'rti-law-and-anchors.md A.7 (unanswered points become record requests)';
const A6 = 'rti-law-and-anchors.md A.6 (ask for records: file notings, correspondence, reports, minutes)';
const SEED = 'https://www.medianama.com/2023/07/223-cowin-data-breach-investigation-govt-response-rajya-sabha/ (the claim as it appears in the CoWIN reply)';
/** s.24(1) and the Second Schedule; CERT-In's entry dates from 24 Nov 2023 (rti-law-and-anchors.md A.1, The Hindu). */
const S24_CAUTION: Bilingual = {
  en: 'Records that CERT-In furnished to the Ministry may be withheld under s.24(1) of the RTI Act since CERT-In joined the Second Schedule on 24.11.2023: ask for the Ministry\'s own notings and correspondence.',
  hi: 'भारतीय कंप्यूटर आपात प्रतिक्रिया दल (सीईआरटी-इन) 24.11.2023 से सूचना का अधिकार अधिनियम की दूसरी अनुसूची में है, इसलिए उसके द्वारा मंत्रालय को दिए गए अभिलेख धारा 24(1) के अंतर्गत रोके जा सकते हैं: मंत्रालय की अपनी टिप्पणियाँ और पत्राचार माँगें।',
};

/** A complaint's sentence that names where it went: "a complaint was made to the National Cyber Crime Cell". */
const COMPLAINT_RECIPIENT = /\bcomplaint\b[^.]{0,80}?\b(?:to|with|before)\s+(?:the\s+)?[A-Z]/;

export const CLAIM_RULES: ReadonlyArray<ClaimRule> = [
  {
    id: 'claim-fir',
    label: 'An FIR has been registered',
    patterns: [/\bF\.?\s?I\.?\s?R\b/, /\bFirst Information Report\b/i],
    questionParts: [
      {
        en: 'the number and date of the First Information Report registered in connection with {matter} and the police station or agency which registered it',
        hi: '{matter} के संबंध में दर्ज प्रथम सूचना रिपोर्ट की संख्या और तिथि क्या है तथा उसे दर्ज करने वाला पुलिस थाना या एजेंसी कौन-सी है',
      },
      {
        en: 'whether a chargesheet has been filed in the case, if so, the date thereof and if not, the present stage of the investigation',
        hi: 'क्या उस मामले में आरोप पत्र दाखिल किया गया है; यदि हाँ, तो तत्संबंधी तिथि क्या है और यदि नहीं, तो जाँच इस समय किस चरण में है',
      },
    ],
    noticeParts: [
      {
        en: 'the name of the agency which registered the First Information Report on {matter}, with its number and date',
        hi: '{matter} पर प्रथम सूचना रिपोर्ट दर्ज करने वाली एजेंसी का नाम क्या है, उस रिपोर्ट की संख्या और तिथि सहित',
      },
      {
        // Self-contained: the police's parts go to the Minister of Home Affairs in a notice of their own (minister-concerned.ts).
        en: 'whether any person has been arrested on the First Information Report registered on {matter}, if so, the number of persons arrested and the dates of arrest',
        hi: 'क्या {matter} पर दर्ज प्रथम सूचना रिपोर्ट के आधार पर किसी व्यक्ति को गिरफ़्तार किया गया है; यदि हाँ, तो गिरफ़्तार व्यक्तियों की संख्या और गिरफ़्तारी की तिथियाँ क्या हैं',
      },
      {
        // Apart from the arrests: "yes, one person was arrested" would otherwise close the question,
        // and the stage of the investigation, which the reply never gave, would go unasked (review 4).
        en: 'whether a chargesheet has been filed in that case, if so, the date thereof and the court in which it was filed, and if not, the present stage of the investigation',
        hi: 'क्या उस मामले में आरोप पत्र दाखिल किया गया है; यदि हाँ, तो उसकी तिथि क्या है और वह किस न्यायालय में दाखिल किया गया, और यदि नहीं, तो जाँच इस समय किस चरण में है',
      },
    ],
    withheld: { en: 'which agency registered the First Information Report, its number and date, or how far the investigation has gone', hi: 'प्रथम सूचना रिपोर्ट किस एजेंसी ने दर्ज की, उसकी संख्या और तिथि क्या है, या जाँच कहाँ तक पहुँची है' },
    weight: 1,
    rtiPoints: [
      {
        en: 'The number and date of the FIR referred to in {reply}, and the name of the police station or agency that registered it, as held in the records of this public authority, {period}.',
        hi: '{reply} के उत्तर में उल्लिखित प्रथम सूचना रिपोर्ट की संख्या और तिथि, तथा उसे दर्ज करने वाले पुलिस थाने या एजेंसी का नाम, जैसा इस लोक प्राधिकारी के अभिलेखों में है, {period}।',
      },
      {
        en: 'A copy of the complaint of this public authority on which the FIR was registered, with its date of dispatch and the acknowledgement received, {period}.',
        hi: 'इस लोक प्राधिकारी की उस शिकायत की प्रति जिस पर प्रथम सूचना रिपोर्ट दर्ज की गई, उसे भेजे जाने की तिथि और प्राप्त पावती सहित, {period}।',
      },
      {
        en: 'Copies of correspondence between this public authority and the police or investigating agency about the complaint and the FIR, {period}.',
        hi: 'उस शिकायत और प्रथम सूचना रिपोर्ट के संबंध में इस लोक प्राधिकारी और पुलिस या जाँच एजेंसी के बीच हुए पत्राचार की प्रतियाँ, {period}।',
      },
    ],
    why: {
      en: 'The reply says an FIR was registered but gives no number, date, police station or stage of investigation: "status of the investigation" answered only by "an FIR has been registered" is a partial answer. The FIR\'s number and date, the chargesheet\'s date and the correspondence with the police are the records of that status.',
      hi: 'उत्तर में कहा गया है कि प्रथम सूचना रिपोर्ट दर्ज की गई है, पर उसकी संख्या, तिथि, पुलिस थाना या जाँच का चरण नहीं बताया गया: "जाँच की स्थिति" का उत्तर केवल "प्रथम सूचना रिपोर्ट दर्ज की गई है" कहकर देना आंशिक उत्तर है। प्रथम सूचना रिपोर्ट की संख्या और तिथि, आरोप पत्र की तिथि और पुलिस के साथ पत्राचार उसी स्थिति के अभिलेख हैं।',
    },
    caution: {
      en: 'Expect s.8(1)(h) of the RTI Act (investigation): the mere existence of an investigation is not a ground to refuse (Bhagat Singh v CIC, Delhi High Court, WP(C) 3114/2007).',
      hi: 'सूचना का अधिकार अधिनियम की धारा 8(1)(ज) (जाँच में बाधा) के आधार पर इनकार की आशंका है: केवल जाँच का चलना इनकार का आधार नहीं है (भगत सिंह बनाम मुख्य सूचना आयुक्त, दिल्ली उच्च न्यायालय, रिट याचिका (सिविल) 3114/2007)।',
    },
    source: `${A7} ; reply-analysis.md (partial) ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-complaint',
    label: 'A complaint has been lodged',
    patterns: [/\bcomplaint\b[^.]{0,60}\b(?:lodged|filed|made|registered|sent)\b/i, /\b(?:lodged|filed|made)\s+(?:a\s+)?complaint\b/i],
    questionParts: [
      {
        en: 'the date on which the complaint was lodged, the authority with which it was lodged and the action taken thereon',
        hi: 'शिकायत किस तिथि को और किस प्राधिकारी के पास दर्ज कराई गई तथा उस पर क्या कार्रवाई की गई',
      },
    ],
    noticeParts: [
      {
        en: 'the date of the complaint about {matter}, the authority with which it was lodged and the number and date of any First Information Report registered on it',
        hi: '{matter} के संबंध में दर्ज शिकायत की तिथि क्या है, वह किस प्राधिकारी के पास दर्ज कराई गई और उस पर दर्ज किसी प्रथम सूचना रिपोर्ट की संख्या और तिथि क्या है',
      },
    ],
    withheld: { en: 'when the complaint was made, or with whom', hi: 'शिकायत कब और किसके पास की गई' },
    narrower: [
      {
        said: COMPLAINT_RECIPIENT,
        withClaim: 'claim-fir',
        noticeParts: [{ en: 'the date of the complaint about {matter}', hi: '{matter} के संबंध में दर्ज शिकायत की तिथि क्या है' }],
        withheld: { en: 'when the complaint was made', hi: 'शिकायत कब की गई' },
      },
      {
        said: COMPLAINT_RECIPIENT,
        noticeParts: [{
          en: 'the date of the complaint about {matter} and the number and date of any First Information Report registered on it',
          hi: '{matter} के संबंध में दर्ज शिकायत की तिथि क्या है और उस पर दर्ज किसी प्रथम सूचना रिपोर्ट की संख्या और तिथि क्या है',
        }],
        withheld: { en: 'when the complaint was made', hi: 'शिकायत कब की गई' },
      },
      {
        withClaim: 'claim-fir',
        noticeParts: [{
          en: 'the date of the complaint about {matter} and the authority with which it was lodged',
          hi: '{matter} के संबंध में दर्ज शिकायत की तिथि क्या है और वह किस प्राधिकारी के पास दर्ज कराई गई',
        }],
        withheld: { en: 'when the complaint was made, or with whom', hi: 'शिकायत कब और किसके पास की गई' },
      },
    ],
    weight: 4,
    rtiPoints: [
      {
        en: 'A copy of the complaint referred to in {reply}, with its date and the name of the office to which it was sent, {period}.',
        hi: '{reply} के उत्तर में उल्लिखित शिकायत की प्रति, उसकी तिथि और उस कार्यालय के नाम सहित जिसे वह भेजी गई, {period}।',
      },
      {
        en: 'Copies of file notings of this public authority leading to the decision to lodge the complaint, {period}.',
        hi: 'इस लोक प्राधिकारी की उन फ़ाइल टिप्पणियों की प्रतियाँ जिनके आधार पर शिकायत दर्ज कराने का निर्णय लिया गया, {period}।',
      },
    ],
    why: {
      en: 'The reply relies on a complaint without dating it or saying to whom it went; the complaint itself is a record the complainant Ministry holds.',
      hi: 'उत्तर एक शिकायत का हवाला देता है, पर न उसकी तिथि बताता है न यह कि वह किसे भेजी गई; शिकायत स्वयं एक अभिलेख है जो शिकायतकर्ता मंत्रालय के पास है।',
    },
    caution: null,
    source: `${A7} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-investigation-inputs',
    label: 'Inputs have been provided to the investigation',
    patterns: [/\binputs?\b[^.]{0,60}\binvestigation\b/i, /\binvestigation\b[^.]{0,40}\b(?:going on|in progress|under ?way|ongoing|continuing)\b/i],
    questionParts: [
      {
        en: 'the dates on which the investigating agency sought information from the Ministry in connection with {matter} and the dates on which it was supplied',
        hi: '{matter} के संबंध में जाँच एजेंसी ने मंत्रालय से किन तिथियों को सूचना माँगी और वह किन तिथियों को दी गई',
      },
    ],
    noticeParts: [
      // What the inputs rest on is the answering Ministry's own (its agency's analysis of the
      // incident), where the FIR and the arrests are the complainant's and the police's (review 4).
      {
        en: 'whether the analysis of the incident on which the inputs to the investigation were based has been completed, if so, whether it identified the source from which the data was obtained',
        hi: 'क्या घटना का वह विश्लेषण पूरा हो गया है जिसके आधार पर जाँच एजेंसी को जानकारी दी गई; यदि हाँ, तो क्या उससे उस स्रोत का पता चला है जहाँ से डेटा प्राप्त किया गया',
      },
      {
        en: 'the dates on which inputs were provided to the investigating agency in connection with {matter}',
        hi: '{matter} के संबंध में जाँच एजेंसी को किन तिथियों को जानकारी उपलब्ध कराई गई',
      },
    ],
    // The reply names who gave the inputs (CERT-In, the national agency for cyber incidents): the
    // notice names it too, since "the analysis of the incident" names no one (RS Rule 47(i), review 5).
    narrower: [
      {
        said: /\bCERT-?In\b/i,
        noticeParts: [
          {
            en: 'whether CERT-In has completed its analysis of the incident, if so, the date its report was sent to {owner} and whether it identified the source of the data',
            hi: 'क्या सीईआरटी-इन ने घटना का विश्लेषण पूरा कर लिया है; यदि हाँ, तो उसकी रिपोर्ट {owner} को कब भेजी गई और क्या उससे डेटा के स्रोत का पता चला है',
          },
          {
            en: 'the dates on which CERT-In provided inputs to the investigating agency',
            hi: 'सीईआरटी-इन ने जाँच एजेंसी को किन तिथियों को जानकारी दी',
          },
        ],
        withheld: { en: 'what the investigation has found', hi: 'जाँच में क्या पाया गया' },
      },
    ],
    // (The analysis comes first: what it found is the open point, and a word limit drops later parts first.)
    withheld: { en: 'what the investigation has found', hi: 'जाँच में क्या पाया गया' },
    weight: 6,
    rtiPoints: [
      {
        en: 'The dates of requests received by this public authority from any investigating agency about {matter}, and copies of the replies sent by this public authority, {period}.',
        hi: '{matter} के संबंध में किसी जाँच एजेंसी से इस लोक प्राधिकारी को प्राप्त अनुरोधों की तिथियाँ, और इस लोक प्राधिकारी द्वारा भेजे गए उत्तरों की प्रतियाँ, {period}।',
      },
    ],
    why: {
      en: 'The reply says the investigation is being helped, not what it has found; the exchange between the Ministry and the investigators is the Ministry\'s own record.',
      hi: 'उत्तर यह बताता है कि जाँच में सहायता दी जा रही है, यह नहीं कि जाँच में क्या पाया गया; मंत्रालय और जाँचकर्ताओं के बीच का पत्राचार मंत्रालय का अपना अभिलेख है।',
    },
    caution: S24_CAUTION,
    source: `${A7} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-vulnerability-assessment',
    onlyForSystem: true,
    label: 'Regular vulnerability assessment / security audit',
    patterns: [/\bvulnerability assessments?\b/i, /\bsecurity audits?\b/i],
    questionParts: [
      {
        en: 'the date of the last vulnerability assessment or security audit of {system} carried out before {matter}, the agency which conducted it and whether the vulnerabilities found were fixed',
        hi: '{matter} से पहले {system} का अंतिम भेद्यता आकलन या सुरक्षा लेखापरीक्षा किस तिथि को की गई, उसे किस एजेंसी ने किया और क्या उसमें पाई गई कमज़ोरियाँ दूर की गईं',
      },
    ],
    noticeParts: [
      {
        en: 'the date of the last security audit of {system} before {matter}, the agency which conducted it and whether the vulnerabilities found were fixed',
        hi: '{matter} से पहले {system} की अंतिम सुरक्षा लेखापरीक्षा किस तिथि को हुई, उसे किस एजेंसी ने किया और क्या उसमें पाई गई कमज़ोरियाँ दूर की गईं',
      },
    ],
    withheld: { en: 'when the last assessment was done, by whom, or what it found', hi: 'अंतिम आकलन कब और किसने किया, या उसमें क्या पाया गया' },
    weight: 3,
    rtiPoints: [
      {
        en: 'The date of the last vulnerability assessment or security audit of {system} completed before {matter}, the name of the agency that conducted it, and a copy of its report, {period}.',
        hi: '{matter} से पहले पूरे हुए {system} के अंतिम भेद्यता आकलन या सुरक्षा लेखापरीक्षा की तिथि, उसे करने वाली एजेंसी का नाम, और उसकी रिपोर्ट की प्रति, {period}।',
      },
      {
        en: 'Copies of file notings recording the steps taken by this public authority on the findings of that assessment, {period}.',
        hi: 'उस आकलन के निष्कर्षों पर इस लोक प्राधिकारी द्वारा की गई कार्रवाई को दर्ज करने वाली फ़ाइल टिप्पणियों की प्रतियाँ, {period}।',
      },
    ],
    why: {
      en: 'A "regular vulnerability assessment" is a claim that reports exist with dates; the last one before the incident shows whether the safeguard was real.',
      hi: '"नियमित भेद्यता आकलन" का दावा यह है कि तिथियों सहित रिपोर्टें मौजूद हैं; घटना से पहले का अंतिम आकलन दिखाता है कि यह सुरक्षा उपाय वास्तविक था या नहीं।',
    },
    caution: {
      en: 'A security audit report may be withheld under s.8(1)(a) of the RTI Act; ask for its date and the severable non-sensitive parts (s.10), and cite the s.8(2) public-interest override.',
      hi: 'सुरक्षा लेखापरीक्षा रिपोर्ट सूचना का अधिकार अधिनियम की धारा 8(1)(क) के अंतर्गत रोकी जा सकती है; उसकी तिथि और उसके पृथक किए जा सकने वाले असंवेदनशील अंश (धारा 10) माँगें, और धारा 8(2) के लोकहित प्रावधान का उल्लेख करें।',
    },
    source: `${A6} ; ${A7} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-advisory',
    label: 'An advisory was issued',
    patterns: [/\badvisor(?:y|ies)\b[^.]{0,80}\b(?:issued|communicated|sent)\b/i, /\b(?:issued|communicated|sent)\b[^.]{0,40}\badvisor(?:y|ies)\b/i],
    questionParts: [
      {
        en: 'the date of the advisory referred to in the reply, the recommendations made therein and whether the Ministry has complied with them, if so, the details thereof',
        hi: 'उत्तर में उल्लिखित परामर्शी की तिथि क्या है, उसमें क्या सिफ़ारिशें की गईं और क्या मंत्रालय ने उनका अनुपालन किया है; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है',
      },
    ],
    noticeParts: [
      {
        en: 'the date of the special advisory referred to in the reply and the action taken by the Ministry on it, with dates',
        hi: 'उत्तर में उल्लिखित विशेष परामर्शी की तिथि क्या है और उस पर मंत्रालय ने क्या कार्रवाई की, तिथियों सहित',
      },
    ],
    withheld: { en: 'when the advisory was issued, or whether it was acted on', hi: 'परामर्शी कब जारी की गई, या उस पर कार्रवाई हुई या नहीं' },
    weight: 5,
    rtiPoints: [
      {
        en: 'The date of the advisory referred to in {reply} and the date on which this public authority received it, {period}.',
        hi: '{reply} के उत्तर में उल्लिखित परामर्शी की तिथि और वह तिथि जिसको वह इस लोक प्राधिकारी को प्राप्त हुई, {period}।',
      },
      {
        en: 'Copies of file notings and correspondence of this public authority on compliance with that advisory, {period}.',
        hi: 'उस परामर्शी के अनुपालन के संबंध में इस लोक प्राधिकारी की फ़ाइल टिप्पणियों और पत्राचार की प्रतियाँ, {period}।',
      },
    ],
    why: {
      en: 'The reply cites an advisory as a measure; its date and what the Ministry did with it show whether it was acted on.',
      hi: 'उत्तर एक परामर्शी को उपाय के रूप में प्रस्तुत करता है; उसकी तिथि और उस पर मंत्रालय की कार्रवाई से पता चलता है कि उस पर अमल हुआ या नहीं।',
    },
    caution: {
      en: `${S24_CAUTION.en} The advisory itself is information furnished by CERT-In; the Ministry's compliance notes are not.`,
      hi: `${S24_CAUTION.hi} परामर्शी स्वयं सीईआरटी-इन द्वारा दी गई सूचना है; मंत्रालय की अनुपालन टिप्पणियाँ ऐसी नहीं हैं।`,
    },
    source: `${A6} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-guidelines',
    onlyForSystem: true,
    label: 'Guidelines were issued',
    patterns: [/\bguidelines\b[^.]{0,120}\b(?:issued|released|notified)\b/i, /\b(?:issued|released|notified)\s+(?:the\s+)?guidelines\b/i],
    questionParts: [
      {
        en: 'whether the Ministry has completed the compliance with the guidelines referred to in the reply, if so, the date thereof and the details of the last compliance audit',
        hi: 'क्या मंत्रालय ने उत्तर में उल्लिखित दिशानिर्देशों का अनुपालन पूरा कर लिया है; यदि हाँ, तो तत्संबंधी तिथि क्या है और अंतिम अनुपालन लेखापरीक्षा का ब्यौरा क्या है',
      },
    ],
    noticeParts: [
      {
        en: 'whether compliance of {system} with the guidelines referred to in the reply has been audited, if so, the date thereof',
        hi: 'क्या उत्तर में उल्लिखित दिशानिर्देशों के अनुपालन के लिए {system} की लेखापरीक्षा की गई है; यदि हाँ, तो तत्संबंधी तिथि क्या है',
      },
    ],
    withheld: { en: 'whether they were applied to {system}', hi: 'क्या उन्हें {system} पर लागू किया गया' },
    weight: 7,
    rtiPoints: [
      {
        en: 'Copies of compliance reports, audit reports or certificates held by this public authority on the guidelines referred to in {reply}, {period}.',
        hi: '{reply} के उत्तर में उल्लिखित दिशानिर्देशों के संबंध में इस लोक प्राधिकारी के पास उपलब्ध अनुपालन रिपोर्टों, लेखापरीक्षा रिपोर्टों या प्रमाणपत्रों की प्रतियाँ, {period}।',
      },
    ],
    why: {
      en: 'Guidelines that apply to every ministry say nothing about this incident; the Ministry\'s compliance record does.',
      hi: 'सभी मंत्रालयों पर लागू दिशानिर्देश इस घटना के बारे में कुछ नहीं बताते; मंत्रालय के अनुपालन के अभिलेख बताते हैं।',
    },
    caution: null,
    source: `${A6} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-empanelled-auditors',
    onlyForSystem: true,
    label: 'Auditors have been empanelled',
    patterns: [/\bempanell?ed\b[^.]{0,80}\baudit/i],
    questionParts: [
      {
        en: 'the names of the empanelled auditing organisations engaged to audit {system} during the last three years and the dates of the audits conducted by them',
        hi: 'पिछले तीन वर्षों के दौरान {system} की लेखापरीक्षा के लिए लगाए गए सूचीबद्ध लेखापरीक्षा संगठनों के नाम क्या हैं और उनके द्वारा की गई लेखापरीक्षाओं की तिथियाँ क्या हैं',
      },
    ],
    noticeParts: [
      {
        en: 'the names of the empanelled auditing organisations which audited {system} during the last three years and the dates of their audits',
        hi: 'पिछले तीन वर्षों के दौरान {system} की लेखापरीक्षा करने वाले सूचीबद्ध लेखापरीक्षा संगठनों के नाम और उनकी लेखापरीक्षाओं की तिथियाँ क्या हैं',
      },
    ],
    withheld: { en: 'which of them, if any, audited {system}', hi: 'उनमें से किसने, यदि किसी ने, {system} की लेखापरीक्षा की' },
    weight: 6,
    rtiPoints: [
      {
        en: 'The list of empanelled security auditing organisations referred to in {reply}, with the date of empanelment of each, as held by this public authority, {period}.',
        hi: '{reply} के उत्तर में उल्लिखित सूचीबद्ध सुरक्षा लेखापरीक्षा संगठनों की सूची, प्रत्येक के सूचीबद्ध होने की तिथि सहित, जैसी इस लोक प्राधिकारी के पास है, {period}।',
      },
      {
        en: 'The names of the auditing organisations engaged by this public authority to audit {system}, the dates of their work orders and of each audit report, {period}.',
        hi: '{system} की लेखापरीक्षा के लिए इस लोक प्राधिकारी द्वारा लगाए गए लेखापरीक्षा संगठनों के नाम, उनके कार्यादेशों की तिथियाँ और प्रत्येक लेखापरीक्षा रिपोर्ट की तिथि, {period}।',
      },
    ],
    why: {
      en: 'A count of empanelled auditors is a generic measure; which of them audited this system, and when, is the specific answer.',
      hi: 'सूचीबद्ध लेखापरीक्षकों की संख्या एक सामान्य उपाय है; उनमें से किसने इस प्रणाली की लेखापरीक्षा की, और कब, यही विशिष्ट उत्तर है।',
    },
    caution: S24_CAUTION,
    source: `${A6} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-committee',
    label: 'A committee has been constituted',
    patterns: [/\bcommittee\b[^.]{0,60}\b(?:constituted|set up|formed|appointed)\b/i, /\b(?:constituted|set up|formed|appointed)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}committee\b/i],
    questionParts: [
      {
        en: 'the date of constitution of the committee, its terms of reference and whether it has submitted its report, if so, the findings thereof and if not, the date by which it is expected',
        hi: 'समिति का गठन किस तिथि को किया गया, उसके विचारार्थ विषय क्या हैं और क्या उसने अपनी रिपोर्ट प्रस्तुत कर दी है; यदि हाँ, तो तत्संबंधी निष्कर्ष क्या हैं और यदि नहीं, तो वह कब तक अपेक्षित है',
      },
    ],
    noticeParts: [
      {
        en: 'the date of constitution of the committee referred to in the reply and whether it has submitted its report, if so, the findings thereof',
        hi: 'उत्तर में उल्लिखित समिति का गठन किस तिथि को किया गया और क्या उसने अपनी रिपोर्ट प्रस्तुत कर दी है; यदि हाँ, तो तत्संबंधी निष्कर्ष क्या हैं',
      },
    ],
    withheld: { en: 'when the committee was constituted or what it found', hi: 'समिति का गठन कब हुआ या उसने क्या पाया' },
    weight: 2,
    rtiPoints: [
      {
        en: 'A copy of the order constituting the committee referred to in {reply}, with its terms of reference, {period}.',
        hi: '{reply} के उत्तर में उल्लिखित समिति के गठन के आदेश की प्रति, उसके विचारार्थ विषयों सहित, {period}।',
      },
      {
        en: 'Copies of the minutes of the meetings of that committee and of its report, if submitted, {period}.',
        hi: 'उस समिति की बैठकों के कार्यवृत्त और, यदि प्रस्तुत की गई हो, तो उसकी रिपोर्ट की प्रतियाँ, {period}।',
      },
    ],
    why: {
      en: 'A committee leaves a constitution order, minutes and a report; asking for them tests whether it met and what it found ("who is responsible" becomes the inquiry committee\'s order and report).',
      hi: 'समिति के गठन का आदेश, बैठकों के कार्यवृत्त और रिपोर्ट अभिलेख के रूप में रहते हैं; इन्हें माँगने से पता चलता है कि उसकी बैठकें हुईं या नहीं और उसने क्या पाया ("कौन उत्तरदायी है" का प्रश्न जाँच समिति के आदेश और रिपोर्ट की माँग बन जाता है)।',
    },
    caution: null,
    source: `${A7} ; ${A6}`,
    confirmed: true,
  },
  {
    id: 'claim-internal-inquiry',
    label: 'An internal probe or review was initiated',
    patterns: [/\binternal (?:probe|review|inquiry|enquiry|investigation)\b/i, /\b(?:inquiry|enquiry|probe)\b[^.]{0,40}\b(?:initiated|ordered|instituted)\b/i],
    questionParts: [
      {
        en: 'the date on which the internal review was ordered, the officer or agency conducting it and whether it has fixed responsibility, if so, the details thereof',
        hi: 'आंतरिक समीक्षा का आदेश किस तिथि को दिया गया, उसे कौन-सा अधिकारी या एजेंसी कर रही है और क्या उसमें उत्तरदायित्व निर्धारित किया गया है; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है',
      },
    ],
    noticeParts: [
      {
        en: 'whether the internal review referred to has been completed, if so, its findings and whether responsibility has been fixed for {matter}',
        hi: 'क्या उल्लिखित आंतरिक समीक्षा पूरी हो गई है; यदि हाँ, तो उसके निष्कर्ष क्या हैं और क्या {matter} के लिए उत्तरदायित्व निर्धारित किया गया है',
      },
    ],
    withheld: { en: 'whether the review was completed, what it found, or whether responsibility was fixed', hi: 'समीक्षा पूरी हुई या नहीं, उसमें क्या पाया गया, या उत्तरदायित्व निर्धारित किया गया या नहीं' },
    weight: 2,
    rtiPoints: [
      {
        en: 'A copy of the order initiating the internal review or inquiry into {matter}, with its date, {period}.',
        hi: '{matter} की आंतरिक समीक्षा या जाँच आरंभ करने के आदेश की प्रति, उसकी तिथि सहित, {period}।',
      },
      {
        en: 'A copy of the report of that review or inquiry, if submitted, and of file notings recording action on it, {period}.',
        hi: 'उस समीक्षा या जाँच की रिपोर्ट की प्रति, यदि प्रस्तुत की गई हो, और उस पर की गई कार्रवाई को दर्ज करने वाली फ़ाइल टिप्पणियों की प्रतियाँ, {period}।',
      },
    ],
    why: {
      en: 'An internal probe leaves an order and a report; they show whether responsibility was fixed.',
      hi: 'आंतरिक जाँच का एक आदेश और एक रिपोर्ट होती है; उनसे पता चलता है कि उत्तरदायित्व निर्धारित हुआ या नहीं।',
    },
    caution: null,
    source: `${A7}`,
    confirmed: true,
  },
  {
    id: 'claim-ccmp',
    onlyForSystem: true,
    label: 'A Cyber Crisis Management Plan has been formulated',
    patterns: [/\bCyber Crisis Management Plan\b/i, /\bCCMP\b/],
    questionParts: [
      {
        en: 'whether the Ministry has its own Cyber Crisis Management Plan, if so, the date of its last update and whether it was invoked after {matter}',
        hi: 'क्या मंत्रालय की अपनी साइबर संकट प्रबंधन योजना है; यदि हाँ, तो उसे अंतिम बार किस तिथि को अद्यतन किया गया और क्या {matter} के बाद उसे लागू किया गया',
      },
    ],
    noticeParts: [
      {
        en: 'whether the Cyber Crisis Management Plan was invoked after {matter}, if so, the date thereof',
        hi: 'क्या {matter} के बाद साइबर संकट प्रबंधन योजना लागू की गई; यदि हाँ, तो तत्संबंधी तिथि क्या है',
      },
    ],
    withheld: { en: 'whether the plan was invoked for this incident', hi: 'क्या इस घटना में वह योजना लागू की गई' },
    weight: 7,
    rtiPoints: [
      {
        en: 'The date of the last update of the Cyber Crisis Management Plan of this public authority before {matter}, and a copy of its non-sensitive parts, {period}.',
        hi: '{matter} से पहले इस लोक प्राधिकारी की साइबर संकट प्रबंधन योजना के अंतिम अद्यतन की तिथि, और उसके असंवेदनशील अंशों की प्रति, {period}।',
      },
      {
        en: 'Copies of records showing whether that plan was invoked after {matter}, such as minutes of crisis management meetings, {period}.',
        hi: 'ऐसे अभिलेखों की प्रतियाँ जिनसे पता चले कि {matter} के बाद वह योजना लागू की गई या नहीं, जैसे संकट प्रबंधन बैठकों के कार्यवृत्त, {period}।',
      },
    ],
    why: {
      en: 'The reply cites a plan for all ministries; whether this Ministry had one, kept it current and used it is the point.',
      hi: 'उत्तर सभी मंत्रालयों के लिए बनी एक योजना का हवाला देता है; असली प्रश्न यह है कि क्या इस मंत्रालय की अपनी योजना थी, क्या वह अद्यतन थी और क्या उसका उपयोग हुआ।',
    },
    caution: {
      en: 'The plan may be withheld under s.8(1)(a) of the RTI Act; its date of update and whether it was invoked are not sensitive.',
      hi: 'योजना सूचना का अधिकार अधिनियम की धारा 8(1)(क) के अंतर्गत रोकी जा सकती है; उसके अद्यतन की तिथि और यह कि उसे लागू किया गया या नहीं, संवेदनशील नहीं हैं।',
    },
    source: `${A7} ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-apis-deactivated',
    onlyForSystem: true,
    label: 'APIs were deactivated',
    patterns: [/\bAPIs?\b[^.]{0,60}\b(?:deactivated|disabled|shut down|blocked|withdrawn)\b/i],
    questionParts: [
      {
        en: 'the date on which the APIs were deactivated and the date on which the unauthorised access through them was first detected',
        hi: 'एपीआई किस तिथि को निष्क्रिय किए गए और उनके माध्यम से अनधिकृत पहुँच का पहली बार किस तिथि को पता चला',
      },
    ],
    noticeParts: [
      {
        // "Whether", not "the date on which they were": the deactivation is the reply's claim (known
        // to the example only from the press), and a question may not assert it (LS Rule 41(2)(iii), review 5).
        en: 'whether the APIs of {system} were deactivated after the incident, if so, the date thereof, the order under which this was done and whether any of them has since been restored',
        hi: 'क्या घटना के बाद {system} के एपीआई निष्क्रिय किए गए; यदि हाँ, तो किस तिथि को और किस आदेश के अंतर्गत, और क्या उनमें से किसी को तब से पुनः चालू किया गया है',
      },
    ],
    withheld: { en: 'when the APIs were deactivated, under what order, or whether any was restored', hi: 'एपीआई कब और किस आदेश से निष्क्रिय किए गए, या उनमें से कोई फिर से चालू किया गया या नहीं' },
    weight: 2,
    rtiPoints: [
      {
        en: 'Copies of the order or file noting under which the APIs of {system} were deactivated, with its date, {period}.',
        hi: 'उस आदेश या फ़ाइल टिप्पणी की प्रति जिसके अंतर्गत {system} के एपीआई निष्क्रिय किए गए, उसकी तिथि सहित, {period}।',
      },
    ],
    why: {
      en: 'The gap between detection and deactivation is the measure of the response; both dates are in the file (the Ministry of Health and Family Welfare\'s Lok Sabha reply of 21.07.2023 said all Co-WIN APIs were deactivated).',
      hi: 'पता चलने और निष्क्रिय करने के बीच का अंतराल ही प्रतिक्रिया का माप है; दोनों तिथियाँ फ़ाइल में होती हैं (स्वास्थ्य और परिवार कल्याण मंत्रालय के 21.07.2023 के लोक सभा उत्तर में कहा गया था कि को-विन के सभी एपीआई निष्क्रिय कर दिए गए)।',
    },
    caution: null,
    source: 'parliament-procedure.md §5.2 ; rti-law-and-anchors.md A.6',
    confirmed: true,
  },
  {
    id: 'claim-security-safeguards',
    onlyForSystem: true,
    label: 'Adequate security safeguards are in place',
    patterns: [/\bWeb Application Firewall\b/i, /\badequate safeguards\b/i, /\bcomplete security measures\b/i, /\bIdentity (?:&|and) Access Management\b/i],
    questionParts: [
      {
        en: 'whether any review of the security of {system} was carried out after {matter}, if so, the findings thereof and the deficiencies identified',
        hi: 'क्या {matter} के बाद {system} की सुरक्षा की कोई समीक्षा की गई; यदि हाँ, तो तत्संबंधी निष्कर्ष क्या हैं और कौन-सी कमियाँ पाई गईं',
      },
    ],
    noticeParts: [
      {
        // Whether what was found was remedied, not the findings themselves: a security audit's findings
        // invite a refusal on grounds of security, and the remedy is what the House needs (review 6).
        en: 'whether the security of {system} has been audited since {matter}, if so, by which agency and whether the vulnerabilities that audit found have been remedied',
        hi: 'क्या {matter} के बाद {system} की सुरक्षा की लेखापरीक्षा की गई है; यदि हाँ, तो किस एजेंसी द्वारा और क्या उसमें पाई गई कमज़ोरियाँ दूर कर दी गई हैं',
      },
    ],
    withheld: { en: 'how the data was taken despite these safeguards, or whether they were reviewed after the incident', hi: 'इन सुरक्षा उपायों के बावजूद डेटा कैसे लिया गया, या घटना के बाद उनकी समीक्षा की गई या नहीं' },
    weight: 3,
    rtiPoints: [
      {
        en: 'Copies of the order initiating any review of the security measures of {system} after {matter}, and of its report, {period}.',
        hi: '{matter} के बाद {system} के सुरक्षा उपायों की किसी समीक्षा को आरंभ करने के आदेश और उसकी रिपोर्ट की प्रतियाँ, {period}।',
      },
    ],
    why: {
      en: 'A list of safeguards answers a question nobody asked: if they were in place, the incident needs explaining. A review after the incident is the record that would do it; a generic list of security measures is a deflection.',
      hi: 'सुरक्षा उपायों की सूची ऐसे प्रश्न का उत्तर है जो पूछा ही नहीं गया: यदि ये उपाय लागू थे, तो घटना की व्याख्या आवश्यक है। घटना के बाद की समीक्षा ही वह अभिलेख है जो यह व्याख्या देगा; सुरक्षा उपायों की सामान्य सूची देना बात टालना है।',
    },
    caution: {
      en: 'A security review may be withheld under s.8(1)(a) of the RTI Act; ask for its date, the officer who conducted it and the severable parts (s.10).',
      hi: 'सुरक्षा समीक्षा सूचना का अधिकार अधिनियम की धारा 8(1)(क) के अंतर्गत रोकी जा सकती है; उसकी तिथि, उसे करने वाले अधिकारी का नाम और उसके पृथक किए जा सकने वाले अंश (धारा 10) माँगें।',
    },
    source: `reply-analysis.md (unanswered: generic list of security measures) ; ${SEED}`,
    confirmed: true,
  },
  {
    id: 'claim-coordinated-response',
    onlyForSystem: true,
    label: 'Incident response measures were coordinated',
    patterns: [/\bcoordinated (?:the )?incident response\b/i, /\bincident response measures\b/i],
    questionParts: [
      {
        en: 'the dates of the meetings held by the Ministry on the incident response after {matter} and the decisions taken therein',
        hi: '{matter} के बाद घटना प्रतिक्रिया पर मंत्रालय द्वारा आयोजित बैठकों की तिथियाँ क्या हैं और उनमें क्या निर्णय लिए गए',
      },
    ],
    // Not "the steps taken to contain the data": that is in substance the part already asked ("a
    // plan to contain the leaked information", RS Rule 47(xiv)). What containment leaves on the
    // record is a direction or a request to the platform, with its date (review 5). Without naming
    // a blocking power: the docs do not hold s.69A's text, and a part that cites it invites the
    // confidentiality of blocking orders as a ground to refuse (review 8, R8-2); nor "regarding"
    // twice beside the matter's name ("the cyber incident regarding CoWIN data").
    noticeParts: [
      {
        en: 'whether any intermediary was directed or requested to remove or block the data exposed in {matter}, if so, the dates thereof',
        hi: 'क्या {matter} में उजागर डेटा को हटाने या अवरुद्ध करने के लिए किसी मध्यवर्ती को कोई निदेश या अनुरोध जारी किया गया; यदि हाँ, तो कब',
      },
    ],
    withheld: { en: 'what was done to contain the leaked data, or when', hi: 'लीक हुए डेटा को नियंत्रित करने के लिए क्या और कब किया गया' },
    weight: 2,
    rtiPoints: [
      {
        en: 'Copies of the minutes of meetings held by this public authority on the response to {matter}, and of file notings recording the decisions taken, {period}.',
        hi: '{matter} से निपटने हेतु की गई कार्रवाई के संबंध में इस लोक प्राधिकारी द्वारा आयोजित बैठकों के कार्यवृत्त और लिए गए निर्णयों को दर्ज करने वाली फ़ाइल टिप्पणियों की प्रतियाँ, {period}।',
      },
    ],
    why: {
      en: 'Coordination leaves minutes and notings in the Ministry\'s own files, which stay open to RTI even though CERT-In is exempt.',
      hi: 'समन्वय के कार्यवृत्त और टिप्पणियाँ मंत्रालय की अपनी फ़ाइलों में रहते हैं, जो सीईआरटी-इन को छूट होने पर भी सूचना के अधिकार के अंतर्गत खुली रहती हैं।',
    },
    caution: S24_CAUTION,
    source: `${A7} ; ${SEED} ; Information Technology Act, 2000, s.69A (directions to block public access to information): UNCONFIRMED, not in the project's docs`,
    confirmed: false,
  },
];
