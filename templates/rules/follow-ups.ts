import type { Bilingual } from './bilingual.ts';

/**
 * Follow-ups for question parts the reply left open (unanswered, partial, deferred, refused).
 *
 * A part is matched to "facets" by what it asks (responsibility, investigation, a plan, measures,
 * status, reasons, figures). Each facet gives follow-up question parts in notice form
 * (`parliament-procedure.md` §3.1 formulae: "whether ...; if so, the details thereof", "the
 * details of ..."; in Hindi the formulae of Hindi question lists: "क्या ...; यदि हाँ, तो तत्संबंधी
 * ब्यौरा क्या है और यदि नहीं, तो इसके क्या कारण हैं") and RTI points that ask for records only (A.6:
 * file notings, correspondence, reports, orders, minutes, dates, numbers, each with a period; never
 * "why", never an opinion).
 *
 * Every phrase is `Bilingual`, with the same placeholders in both languages: {reply} {period}
 * {matter} {system} as in `claims.ts`; {label} = the part's letter as the question has it; {topic} =
 * what the part asked about, as a noun phrase without its "the details of", "thereof" scaffolding
 * (falls back to {matter}); {clause} = the part's "whether" clause. {topic}, {clause} and {matter}
 * are the user's own words and stay in the language they were typed in.
 */
export type FollowUpFacet = {
  readonly id: string;
  readonly patterns: ReadonlyArray<RegExp>;
  readonly questionParts: ReadonlyArray<Bilingual>;
  readonly rtiPoints: ReadonlyArray<Bilingual>;
  readonly why: Bilingual;
  readonly source: string;
  readonly confirmed: boolean;
  /**
   * The same facet as one point of a new RTI application to the authority that answered, in
   * English and Hindi: {authority} = that authority, {topic} = the matter. Used when the case names
   * no specific record to ask for (`shared/drafting/records.ts` finds those first); the period is
   * stated once in the application's opening, so it is not repeated here (A.6).
   */
  readonly recordAsk: Bilingual;
  /**
   * Used instead when the part's own topic already is what the facet asks about ("the steps taken
   * to ..."), so the follow-up restates it with dates rather than nesting it ("the steps taken in
   * respect of the steps taken ...").
   */
  readonly whenTopic?: {
    readonly pattern: RegExp;
    readonly questionParts: ReadonlyArray<Bilingual>;
    readonly rtiPoints: ReadonlyArray<Bilingual>;
  };
};

/** The fallback differs for a "whether" part (a clause) and a "the details of" part (a noun phrase). */
export type DefaultFollowUp = FollowUpFacet & {
  readonly clauseQuestionParts: ReadonlyArray<Bilingual>;
  readonly clauseRtiPoints: ReadonlyArray<Bilingual>;
  /**
   * The record ask for a part that names what it asked ("the key achievements made under NHM in
   * ..."): the reports that record it, not every file note and letter "in the matter of" it, which a
   * CPIO refuses as not specific or too wide to compile (review 15; s.7(9); A.6). `recordAsk` stays
   * for the matter as a whole, where the file is the record.
   */
  readonly ownTopicRecordAsk: Bilingual;
};

/** The follow-ups a part gets for the way it was left open, and why. */
export type StatusFollowUp = {
  readonly id: string;
  readonly questionParts: ReadonlyArray<Bilingual>;
  readonly rtiPoints: ReadonlyArray<Bilingual>;
  readonly why: Bilingual;
  readonly source: string;
  readonly confirmed: boolean;
};

const A7 = 'rti-law-and-anchors.md A.7';
const A6 = 'rti-law-and-anchors.md A.6';
const FORM = 'parliament-procedure.md §3.1 (part formulae)';

export const FOLLOW_UP_FACETS: ReadonlyArray<FollowUpFacet> = [
  {
    id: 'facet-responsibility',
    patterns: [/\bresponsib\w*/i, /\baccountab\w*/i, /\bculprits?\b/i, /\bidentified (?:those|the persons?|the accused)\b/i, /\bguilty\b/i, /\blapses?\b/i, /\bnegligen\w*/i],
    questionParts: [
      { en: 'whether responsibility for {matter} has been fixed on any official or any other person or body, if so, the details thereof and if not, the reasons therefor', hi: 'क्या {matter} के लिए किसी अधिकारी या किसी अन्य व्यक्ति या संस्था का उत्तरदायित्व निर्धारित किया गया है; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है और यदि नहीं, तो इसके क्या कारण हैं' },
    ],
    rtiPoints: [
      { en: 'A copy of any order or file noting of this public authority fixing responsibility for {matter}, {period}.', hi: '{matter} के लिए उत्तरदायित्व निर्धारित करने वाले इस लोक प्राधिकारी के किसी आदेश या फ़ाइल टिप्पणी की प्रति, {period}।' },
      { en: 'A copy of the order constituting any inquiry into {matter} and of its report, if submitted, {period}.', hi: '{matter} की किसी जाँच के गठन के आदेश की प्रति और, यदि प्रस्तुत की गई हो, तो उसकी रिपोर्ट की प्रति, {period}।' },
    ],
    why: { en: '"Who is responsible" becomes the order or file noting fixing responsibility, or the inquiry\'s constitution order and report.', hi: '"कौन उत्तरदायी है" का प्रश्न उत्तरदायित्व निर्धारित करने वाले आदेश या फ़ाइल टिप्पणी, अथवा जाँच के गठन के आदेश और उसकी रिपोर्ट की माँग बन जाता है।' },
    source: `${A7} ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      en: 'Copies of the orders and file notings by which {authority} examined or fixed responsibility in the matter of {topic}, including any order constituting an inquiry or committee and its report, with their numbers and dates',
      hi: '{topic} के मामले में {authority} द्वारा उत्तरदायित्व की जाँच या निर्धारण से संबंधित आदेशों और फ़ाइल टिप्पणियों की प्रतियाँ, जिनमें किसी जाँच या समिति के गठन का आदेश और उसकी रिपोर्ट शामिल हो, उनकी संख्या और तिथियों सहित',
    },
  },
  {
    id: 'facet-investigation',
    patterns: [/\binvestigat\w*/i, /\binquiry\b/i, /\benquiry\b/i, /\bprobe\b/i, /\bF\.?I\.?R\b/, /\bpolice\b/i, /\bcomplaints?\b/i, /\bprosecut\w*/i, /\barrest\w*/i],
    questionParts: [
      { en: 'the number and date of the First Information Report registered in connection with {matter}, the agency investigating it and whether a chargesheet has been filed, if so, the date thereof', hi: '{matter} के संबंध में दर्ज प्रथम सूचना रिपोर्ट की संख्या और तिथि क्या है, उसकी जाँच कौन-सी एजेंसी कर रही है और क्या आरोप पत्र दाखिल किया गया है; यदि हाँ, तो तत्संबंधी तिथि क्या है' },
    ],
    rtiPoints: [
      { en: 'The number and date of the FIR registered in connection with {matter} and the name of the investigating agency, as held in the records of this public authority, {period}.', hi: '{matter} के संबंध में दर्ज प्रथम सूचना रिपोर्ट की संख्या और तिथि तथा जाँच एजेंसी का नाम, जैसा इस लोक प्राधिकारी के अभिलेखों में है, {period}।' },
      { en: 'Copies of correspondence between this public authority and the investigating agency about {matter}, {period}.', hi: '{matter} के संबंध में इस लोक प्राधिकारी और जाँच एजेंसी के बीच हुए पत्राचार की प्रतियाँ, {period}।' },
    ],
    why: { en: '"Investigation status" becomes the FIR\'s number and date, the date of any chargesheet and the correspondence with the police.', hi: '"जाँच की स्थिति" का प्रश्न प्रथम सूचना रिपोर्ट की संख्या और तिथि, किसी आरोप पत्र की तिथि और पुलिस के साथ पत्राचार की माँग बन जाता है।' },
    source: `${A7} ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      en: 'The number and date of every complaint and First Information Report in the matter of {topic}, as recorded in the files of {authority}, and copies of the correspondence of {authority} with the investigating agency or with any other Ministry about them, with dates',
      hi: '{topic} के मामले में प्रत्येक शिकायत और प्रथम सूचना रिपोर्ट की संख्या और तिथि, जैसी {authority} की फ़ाइलों में दर्ज है, तथा इस विषय में {authority} और जाँच एजेंसी या किसी अन्य मंत्रालय के बीच हुए पत्राचार की प्रतियाँ, तिथियों सहित',
    },
  },
  {
    id: 'facet-plan',
    // An incident's plan: containing it, the SOP or incident response plan. A plan, strategy or
    // mechanism for anything else is 'facet-action-plan' below (review 8: "an incident response
    // plan invoked after the Financial Support for Treatment of Rare Disease Patients").
    patterns: [/\bcontain(?:ment)?\b/i, /\bSOP\b/, /\bstandard operating procedure\b/i, /\bincident response\b/i],
    questionParts: [
      { en: 'whether any standard operating procedure or incident response plan was invoked after {matter}, if so, the date thereof and the steps taken under it', hi: 'क्या {matter} के बाद कोई मानक संचालन प्रक्रिया या घटना प्रतिक्रिया योजना लागू की गई; यदि हाँ, तो तत्संबंधी तिथि क्या है और उसके अंतर्गत क्या कदम उठाए गए' },
    ],
    rtiPoints: [
      { en: 'A copy of the standard operating procedure or incident response plan of this public authority that applied to {matter}, as in force at the time, {period}.', hi: '{matter} पर लागू इस लोक प्राधिकारी की मानक संचालन प्रक्रिया या घटना प्रतिक्रिया योजना की प्रति, जैसी वह उस समय प्रभावी थी, {period}।' },
      { en: 'Copies of minutes of meetings held on containing {matter}, and of directions issued to States or agencies, {period}.', hi: '{matter} को नियंत्रित करने के संबंध में हुई बैठकों के कार्यवृत्त, और राज्यों या एजेंसियों को जारी निर्देशों की प्रतियाँ, {period}।' },
    ],
    why: { en: '"Containment plan" becomes the standard operating procedure, the incident response plan, minutes of meetings and directions issued to States.', hi: '"नियंत्रण की योजना" का प्रश्न मानक संचालन प्रक्रिया, घटना प्रतिक्रिया योजना, बैठकों के कार्यवृत्त और राज्यों को जारी निर्देशों की माँग बन जाता है।' },
    source: `${A7} ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      en: 'Copies of the standard operating procedure, incident response or action plan, minutes of meetings and directions issued by {authority} in the matter of {topic}, with their dates',
      hi: '{topic} के मामले में {authority} द्वारा जारी मानक संचालन प्रक्रिया, घटना प्रतिक्रिया या कार्य योजना, बैठकों के कार्यवृत्त और निर्देशों की प्रतियाँ, उनकी तिथियों सहित',
    },
  },
  {
    id: 'facet-action-plan',
    // Only where the part is not about containing an incident (those are 'facet-plan'): the
    // lookahead keeps the two apart when suggestions take every facet that matches.
    patterns: [/^(?![\s\S]*\b(?:contain(?:ment)?|SOP|standard operating procedure|incident response)\b)[\s\S]*\b(?:plan|strategy|roadmap|mechanism|guidelines?|policy)\b/i],
    questionParts: [
      { en: 'whether an action plan with timelines has been approved in respect of {topic}, if so, the date of its approval and the targets fixed therein', hi: 'क्या {topic} के संबंध में समय-सीमा सहित कोई कार्य योजना अनुमोदित की गई है; यदि हाँ, तो उसके अनुमोदन की तिथि क्या है और उसमें क्या लक्ष्य निर्धारित किए गए हैं' },
    ],
    rtiPoints: [
      { en: 'A copy of the action plan, guidelines or order setting up any mechanism of this public authority in respect of {topic}, with the date of its approval, {period}.', hi: '{topic} के संबंध में इस लोक प्राधिकारी की कार्य योजना, दिशानिर्देशों या कोई तंत्र स्थापित करने वाले आदेश की प्रति, उसके अनुमोदन की तिथि सहित, {period}।' },
    ],
    why: { en: 'A plan that exists has a date of approval and targets; asking for them, and for the document, shows whether there is one.', hi: 'जो योजना है, उसकी अनुमोदन तिथि और लक्ष्य होते हैं; उन्हें और उस दस्तावेज़ को माँगने से पता चलता है कि कोई योजना है या नहीं।' },
    source: `${A6} ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      en: 'Copies of the action plan, guidelines or order setting up any mechanism in respect of {topic}, as approved by {authority}, with their dates',
      hi: '{topic} के संबंध में {authority} द्वारा अनुमोदित कार्य योजना, दिशानिर्देशों या कोई तंत्र स्थापित करने वाले आदेश की प्रतियाँ, उनकी तिथियों सहित',
    },
  },
  {
    id: 'facet-measures',
    patterns: [/\bmeasures\b/i, /\bsteps\b/i, /\bsafeguards?\b/i, /\bprotocols?\b/i],
    questionParts: [
      { en: 'the details of the specific steps taken in respect of {topic}, with the date of each and the authority which ordered it', hi: '{topic} के संबंध में उठाए गए विशिष्ट कदमों का ब्यौरा क्या है, प्रत्येक की तिथि और उसका आदेश देने वाले प्राधिकारी सहित' },
    ],
    rtiPoints: [
      { en: 'Copies of orders, office memoranda or directions issued by this public authority in respect of {topic}, with their dates, {period}.', hi: '{topic} के संबंध में इस लोक प्राधिकारी द्वारा जारी आदेशों, कार्यालय ज्ञापनों या निर्देशों की प्रतियाँ, उनकी तिथियों सहित, {period}।' },
    ],
    whenTopic: {
      pattern: /^the (?:specific |various )?(?:steps|measures|action)\b/i,
      questionParts: [{ en: '{topic}, with the date of each and the authority which ordered it', hi: '{topic} का ब्यौरा क्या है, प्रत्येक की तिथि और उसका आदेश देने वाले प्राधिकारी सहित' }],
      rtiPoints: [{ en: 'Copies of the orders, office memoranda or directions of this public authority recording {topic}, with their dates, {period}.', hi: '{topic} को दर्ज करने वाले इस लोक प्राधिकारी के आदेशों, कार्यालय ज्ञापनों या निर्देशों की प्रतियाँ, उनकी तिथियों सहित, {period}।' }],
    },
    why: { en: 'A general list of measures does not say what was done about this matter; orders with dates do (a generic list of measures is a deflection).', hi: 'उपायों की सामान्य सूची यह नहीं बताती कि इस मामले में क्या किया गया; तिथियों सहित आदेश बताते हैं (उपायों की सामान्य सूची देना बात टालना है)।' },
    source: `${A6} ; reply-analysis.md ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      // Orders and minutes of what was done, not an incident response plan: "steps taken" is asked of
      // every kind of matter (review 9: 24 applications on schemes asked for an "incident response" plan).
      en: 'Copies of the orders, office memoranda, directions and minutes of meetings of {authority} recording the steps taken in the matter of {topic}, with their dates',
      hi: '{topic} के मामले में उठाए गए कदमों को दर्ज करने वाले {authority} के आदेशों, कार्यालय ज्ञापनों, निर्देशों और बैठकों के कार्यवृत्त की प्रतियाँ, उनकी तिथियों सहित',
    },
  },
  {
    id: 'facet-status',
    patterns: [/\bstatus\b/i, /\bprogress\b/i, /\bpresent stage\b/i, /\boutcome\b/i, /\bfindings?\b/i],
    questionParts: [
      { en: 'the present stage of {topic}, the date of the last action taken thereon and the date by which it is expected to be completed', hi: '{topic} इस समय किस चरण में है, उस पर अंतिम कार्रवाई किस तिथि को की गई और उसके कब तक पूरा होने की संभावना है' },
    ],
    rtiPoints: [
      { en: 'Certified copies of the file notings of this public authority on {topic}, and the date of the last entry in that file, {period}.', hi: '{topic} के संबंध में इस लोक प्राधिकारी की फ़ाइल टिप्पणियों की प्रमाणित प्रतियाँ, और उस फ़ाइल में अंतिम प्रविष्टि की तिथि, {period}।' },
    ],
    why: { en: 'A "status" question gets a one-line reply; the file notings are the status.', hi: '"स्थिति" पूछने वाले प्रश्न का उत्तर प्रायः एक पंक्ति में मिलता है; फ़ाइल टिप्पणियाँ ही वास्तविक स्थिति हैं।' },
    source: `${A6} ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      en: 'Copies of the file notings, note sheets and action-taken reports recording the progress of the matter of {topic}, with their dates',
      hi: '{topic} के मामले की प्रगति दर्ज करने वाली फ़ाइल टिप्पणियों, नोट शीटों और की गई कार्रवाई की रिपोर्टों की प्रतियाँ, उनकी तिथियों सहित',
    },
  },
  {
    id: 'facet-reasons',
    patterns: [/\breasons?\b/i, /\bwhy\b/i, /\bgrounds?\b/i, /\bjustif\w*/i],
    questionParts: [
      // {reply} names the question: a new notice cannot point at "the earlier question" (review 10).
      { en: 'the reasons, as recorded in the files of the Ministry, for the position stated in part ({label}) of {reply}', hi: '{reply} के उत्तर के भाग ({label}) में बताई गई स्थिति के क्या कारण हैं, जैसे वे मंत्रालय की फ़ाइलों में दर्ज हैं' },
    ],
    rtiPoints: [
      { en: 'Copies of the file notings of this public authority that record the reasons for the position taken in part ({label}) of {reply}, {period}.', hi: '{reply} के उत्तर के भाग ({label}) में ली गई स्थिति के कारणों को दर्ज करने वाली इस लोक प्राधिकारी की फ़ाइल टिप्पणियों की प्रतियाँ, {period}।' },
    ],
    why: { en: 'Reasons are not information under s.2(f) of the RTI Act unless recorded (Dr Celsa Pinto v Goa State Information Commission, Bombay High Court, WP 419/2007); the file notings that record them are.', hi: 'कारण तब तक सूचना का अधिकार अधिनियम की धारा 2(च) के अंतर्गत सूचना नहीं हैं जब तक वे दर्ज न हों (डॉ. सेल्सा पिंटो बनाम गोवा राज्य सूचना आयोग, बंबई उच्च न्यायालय, रिट याचिका 419/2007); उन्हें दर्ज करने वाली फ़ाइल टिप्पणियाँ सूचना हैं।' },
    source: `${A6} ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      en: 'Copies of the file notings and note sheets in which {authority} examined the matter of {topic}, including the note recording any decision taken and its date',
      hi: 'उन फ़ाइल टिप्पणियों और नोट शीटों की प्रतियाँ जिनमें {authority} ने {topic} के मामले की जाँच की, जिसमें लिए गए किसी निर्णय और उसकी तिथि को दर्ज करने वाली टिप्पणी शामिल हो',
    },
  },
  {
    id: 'facet-figures',
    patterns: [/\bnumber of\b/i, /\bhow many\b/i, /\bstate-?wise\b/i, /\byear-?wise\b/i, /\bfigures?\b/i, /\bstatistics\b/i, /\bamount\b/i, /\bexpenditure\b/i, /\bquantum\b/i],
    questionParts: [
      { en: 'the year-wise figures of {topic} during the last three years and the current year', hi: 'पिछले तीन वर्षों और चालू वर्ष के दौरान {topic} के वर्ष-वार आँकड़े क्या हैं' },
    ],
    rtiPoints: [
      { en: 'The records maintained by this public authority showing the figures of {topic}, year-wise, {period}.', hi: 'इस लोक प्राधिकारी द्वारा रखे गए वे अभिलेख जिनमें {topic} के वर्ष-वार आँकड़े हैं, {period}।' },
    ],
    why: { en: 'A national total or a general statement where figures were asked is a partial answer; the register the figures come from is a record.', hi: 'जहाँ आँकड़े माँगे गए हों, वहाँ राष्ट्रीय योग या सामान्य कथन आंशिक उत्तर है; जिस रजिस्टर से आँकड़े लिए जाते हैं, वह एक अभिलेख है।' },
    source: `reply-analysis.md (partial) ; ${A6} ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      // "the figures of", not "the figures in the matter of": the topic is what was counted (review 16, NHM 01 pt 4).
      en: 'Copies of the returns, statements and reports held by {authority} that give the figures of {topic}, with their dates',
      // The Hindi keeps "के मामले में": its {topic} is often the part by reference ("भाग (क) में माँगी गई सूचना").
      hi: '{topic} के मामले में आँकड़े देने वाले {authority} के पास उपलब्ध विवरणियों, विवरणों और रिपोर्टों की प्रतियाँ, उनकी तिथियों सहित',
    },
  },
];

/** Used when no facet matches: re-ask for the details, and ask for the file. */
export const DEFAULT_FOLLOW_UP: DefaultFollowUp = {
  id: 'facet-default',
  patterns: [],
  questionParts: [{ en: 'the details of {topic}, with dates', hi: '{topic} का ब्यौरा क्या है, तिथियों सहित' }],
  clauseQuestionParts: [{ en: 'whether {clause}, if so, the details thereof with dates and if not, the reasons therefor', hi: 'क्या {clause}; यदि हाँ, तो तिथियों सहित तत्संबंधी ब्यौरा क्या है और यदि नहीं, तो इसके क्या कारण हैं' }],
  rtiPoints: [
    { en: 'Copies of the file notings, correspondence and reports of this public authority relating to {topic}, {period}.', hi: '{topic} से संबंधित इस लोक प्राधिकारी की फ़ाइल टिप्पणियों, पत्राचार और रिपोर्टों की प्रतियाँ, {period}।' },
  ],
  clauseRtiPoints: [
    { en: 'Copies of the file notings, correspondence and reports of this public authority on whether {clause}, {period}.', hi: 'इस लोक प्राधिकारी की उन फ़ाइल टिप्पणियों, पत्राचार और रिपोर्टों की प्रतियाँ जो इस विषय से संबंधित हैं कि क्या {clause}, {period}।' },
  ],
  why: { en: 'The part is still open; the file on it holds the answer (ask for the file notings, correspondence and reports).', hi: 'यह भाग अभी भी खुला है; उसकी फ़ाइल में उत्तर है (फ़ाइल टिप्पणियाँ, पत्राचार और रिपोर्टें माँगें)।' },
  source: `${A6} ; ${FORM}`,
  confirmed: true,
  recordAsk: {
    en: 'Copies of the file notings, correspondence, reports and orders held by {authority} in the matter of {topic}, with their numbers and dates',
    hi: '{topic} के मामले में {authority} के पास उपलब्ध फ़ाइल टिप्पणियों, पत्राचार, रिपोर्टों और आदेशों की प्रतियाँ, उनकी संख्या और तिथियों सहित',
  },
  ownTopicRecordAsk: {
    en: 'Copies of the reports, statements and returns held by {authority} that record {topic}, with their dates',
    hi: '{topic} को दर्ज करने वाली, {authority} के पास उपलब्ध रिपोर्टों, विवरणों और विवरणियों की प्रतियाँ, उनकी तिथियों सहित',
  },
};

/** Extra follow-ups by the way the part was left open. */
export const STATUS_FOLLOW_UPS: { readonly [S in 'deferred' | 'refused' | 'partial' | 'unanswered']: StatusFollowUp } = {
  deferred: {
    id: 'status-deferred',
    questionParts: [
      { en: 'whether the information promised in {reply} in respect of part ({label}) has since been collected and laid on the Table of the House, if so, the date thereof and if not, the reasons therefor', hi: 'क्या {reply} के उत्तर में भाग ({label}) के संबंध में जिस सूचना का आश्वासन दिया गया था, वह तब से एकत्र करके सभा पटल पर रख दी गई है; यदि हाँ, तो तत्संबंधी तिथि क्या है और यदि नहीं, तो इसके क्या कारण हैं' },
    ],
    rtiPoints: [
      { en: 'Copies of the file notings and correspondence of this public authority on collecting the information promised in {reply} in respect of part ({label}), {period}.', hi: '{reply} के उत्तर में भाग ({label}) के संबंध में आश्वासित सूचना एकत्र करने के विषय में इस लोक प्राधिकारी की फ़ाइल टिप्पणियों और पत्राचार की प्रतियाँ, {period}।' },
    ],
    why: { en: 'A promise to supply information later is an assurance, to be fulfilled within three months of the date it was given (Ministry of Parliamentary Affairs, Online Assurances Monitoring System); the collection file shows whether it is being honoured.', hi: 'बाद में सूचना देने का वचन एक आश्वासन है, जिसे दिए जाने की तिथि से तीन महीने के भीतर पूरा करना होता है (संसदीय कार्य मंत्रालय, ऑनलाइन आश्वासन निगरानी प्रणाली); सूचना एकत्र करने की फ़ाइल दिखाती है कि इसे पूरा किया जा रहा है या नहीं।' },
    source: 'https://oams.nic.in/ ; parliament-procedure.md §4',
    confirmed: true,
  },
  refused: {
    id: 'status-refused',
    questionParts: [
      { en: 'whether the portions of the information sought in part ({label}) that are not covered by the ground cited can be furnished, if so, the details thereof', hi: 'क्या भाग ({label}) में माँगी गई सूचना के वे अंश, जिन पर बताया गया आधार लागू नहीं होता, दिए जा सकते हैं; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है' },
    ],
    rtiPoints: [],
    why: { en: 'A refusal in Parliament is not a refusal under the RTI Act: the RTI points ask for the records, and any s.8 exemption must then be justified part by part, with the s.8(2) public-interest override available.', hi: 'संसद में किया गया इनकार सूचना का अधिकार अधिनियम के अंतर्गत इनकार नहीं है: आवेदन के बिंदु अभिलेख माँगते हैं, और तब धारा 8 की किसी भी छूट को अंश-दर-अंश उचित ठहराना होगा, जबकि धारा 8(2) का लोकहित प्रावधान उपलब्ध रहता है।' },
    source: 'rti-law-and-anchors.md A.1 (s.8(1), s.8(2))',
    confirmed: true,
  },
  partial: {
    id: 'status-partial',
    questionParts: [],
    rtiPoints: [],
    why: { en: 'The reply addressed the part but left out something it specifically asked.', hi: 'उत्तर इस भाग से संबंधित है, पर उसमें वह बात छूट गई है जो विशेष रूप से पूछी गई थी।' },
    source: 'reply-analysis.md (partial)',
    confirmed: true,
  },
  unanswered: {
    id: 'status-unanswered',
    questionParts: [],
    rtiPoints: [],
    why: { en: 'Nothing in the reply addresses the part, or it talks about something else.', hi: 'उत्तर का कोई अंश इस भाग से संबंधित नहीं है, या उत्तर किसी और विषय की बात करता है।' },
    source: 'reply-analysis.md (unanswered)',
    confirmed: true,
  },
};

/**
 * The first sentence of a part's "why": how the reply left the part, with the analyser's reason in
 * brackets ({said} is " (reason)", or empty when there is none); {label} is the part's letter.
 */
export const STATUS_WHY = {
  unanswered: { en: 'Part ({label}) was not answered{said}.', hi: 'भाग ({label}) का उत्तर नहीं दिया गया{said}।' },
  partial: { en: 'Part ({label}) was answered only in part{said}.', hi: 'भाग ({label}) का उत्तर केवल आंशिक रूप से दिया गया{said}।' },
  deferred: { en: 'Part ({label}) was deferred{said}.', hi: 'भाग ({label}) का उत्तर टाल दिया गया{said}।' },
  refused: { en: 'Part ({label}) was refused{said}.', hi: 'भाग ({label}) की सूचना देने से इनकार किया गया{said}।' },
  met: { en: 'Part ({label}) is met{said}.', hi: 'भाग ({label}) का उत्तर मिल गया है{said}।' },
} as const satisfies { readonly [key: string]: Bilingual };

/**
 * An RTI point on a part refused because the data "is not maintained (centrally)": not the data
 * again, which the reply says is not held, but the records that show who holds it ("information not
 * held": ask for the record showing where it is held, `rti-law-and-anchors.md` A.6; review 13: the
 * covid application asked again for the deaths "not maintained centrally").
 */
export const NOT_HELD_RECORD_ASK = {
  en: 'Copies of the records of {authority} that show which authorities maintain the figures of {topic}, and of its letters to or from the States and Union Territories on collecting them, with their dates',
  hi: '{topic} के आँकड़े कौन-से प्राधिकारी रखते हैं, यह दर्शाने वाले {authority} के अभिलेखों की प्रतियाँ, और उन्हें एकत्र करने के संबंध में राज्यों और संघ राज्य क्षेत्रों को भेजे गए या उनसे प्राप्त उसके पत्रों की प्रतियाँ, उनकी तिथियों सहित',
  implements: 'Right to Information Act, 2005, s.2(f) and s.6(3)',
  source: 'rti-law-and-anchors.md A.6 ("information not held": ask for the record showing where the information is held)',
} as const;

/** A refusal that says the data is not kept, which `notMaintained` follows up. */
export const NOT_MAINTAINED = /\bnot (?:being )?(?:maintained|collected|compiled)\b|\bno such data\b|\bdata\b[^.]{0,40}\bnot available\b/i;

/**
 * A notice part for an open part that no claim of the reply and no facet can ask afresh
 * (review 8: half the corpus's cases got a notice with no parts at all). What is admissible is
 * asking for what the reply left out, not the question again (LS Rule 41(2)(xiii), RS Rule
 * 47(xiv): "already answered or to which an answer has been refused"; `parliament-procedure.md`
 * linter row 10: "require the new question to target a part the earlier reply left unanswered").
 * - `notGiven`: information on what the part asked for beyond that given, whether it is held;
 *   {question} names the earlier question, {topic} what the part asked for (else the matter).
 * - `unanswered`: a part the reply did not answer at all may be asked again as it was asked
 *   ({clause} for a "whether" part): it was neither answered nor refused.
 * {label} is the part's letter as the document writes it ((b) / (ख)).
 */
export const FRESH_FOLLOW_UPS = {
  notGiven: {
    // Neutral: it asks for more than was given, and does not assert that the reply failed (an
    // inference, LS Rule 41(2)(iv), RS Rule 47(iv); review 11).
    en: 'whether the Government holds information on {topic}, beyond that given in reply to part ({label}) of {question}, if so, the details thereof and if not, the reasons therefor',
    hi: 'क्या सरकार के पास {topic} के संबंध में उससे अधिक सूचना है जो {reply} के भाग ({label}) के उत्तर में दी गई थी; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है और यदि नहीं, तो इसके क्या कारण हैं',
  },
  // Without "if not, the reasons therefor", which reads oddly after "whether the Government is aware" (review 10).
  unansweredClause: {
    en: 'whether {clause}, if so, the details thereof',
    hi: 'क्या {clause}; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है',
  },
  /** A part refused because the data "is not maintained": whether it will be (not the data again, which was refused). */
  notMaintained: {
    en: 'whether the Government proposes to collect and maintain the data on {topic}, if so, the details thereof and if not, the reasons therefor',
    hi: 'क्या सरकार का {topic} से संबंधित आँकड़े एकत्र करने और रखने का विचार है; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है और यदि नहीं, तो इसके क्या कारण हैं',
  },
  unansweredTopic: {
    en: 'the details of {topic}, with dates',
    hi: '{topic} का ब्यौरा क्या है, तिथियों सहित',
  },
} as const satisfies { readonly [key: string]: Bilingual };

// The words of the `notGiven` and `notMaintained` frames above that the checks below (and
// gaps.ts's Hindi-by-reference choice) look for, written once, not in each pattern.
const BEYOND_GIVEN = String.raw`\bbeyond that given in reply to part`;
const KEEP_THE_DATA = 'proposes to collect and maintain the data';

/** The words of a `notGiven` part that say it asks for more than an earlier reply gave. */
export const MORE_THAN_GIVEN = new RegExp(String.raw`${BEYOND_GIVEN}\b`);

/** The words of a `notMaintained` part that ask whether the data will be kept. */
export const KEEPS_THE_DATA = new RegExp(KEEP_THE_DATA);

/**
 * The closing words of a `notGiven` part, from "beyond that given in reply to part (c) of …" to its
 * end: they name the reply followed up, not what is asked, so the repeat check compares a part
 * without them (review 18: with them, the earlier part asked again word for word fell below the
 * repeat threshold).
 */
export const FOLLOW_UP_TAIL = new RegExp(String.raw`,?\s*${BEYOND_GIVEN} \([a-z]{1,2}\) of\b.*$`, 'su');

/**
 * How the linter knows a `notGiven` or `notMaintained` part (in either language): it asks whether
 * the Government holds what an earlier reply did not give, or will keep the data it said it does not
 * keep, which is not the earlier question in substance even where it names the same information;
 * the repeat check (`lint-question.ts`) leaves such a part alone. The whole frame, not its closing
 * words only: the earlier question asked again word for word with "beyond that given in reply to
 * part (c) of …" put after it is still that question (review 18).
 */
export const FOLLOW_UP_MARK = new RegExp([
  String.raw`\bwhether the Government holds information on\b.*${BEYOND_GIVEN} \([a-z]{1,2}\) of\b`,
  String.raw`\bwhether the Government ${KEEP_THE_DATA} on\b`,
  String.raw`क्या सरकार के पास .*से अधिक सूचना है जो .+ के भाग \(.{1,3}\) के उत्तर में दी गई थी`,
  'क्या सरकार का .*आँकड़े एकत्र करने और रखने का विचार है',
].join('|'), 'su');

/**
 * A Hindi notice part whose words would carry English (the part's topic or clause as the user's
 * English question has it, "क्या the Government is aware that …") asks by reference instead, all
 * in Hindi: the information part ({label}) of the earlier question sought and the reply did not
 * give (review 9: 66 of 77 corpus cases had English clauses in a Hindi frame). {reply} is the
 * Hindi reference to the earlier question, {part} the part's Devanagari letter in brackets with
 * its words quoted as the question asked them ("(ख), अर्थात् “…”,").
 */
export const HINDI_BY_REFERENCE = {
  /** A part answered in part or not at all: the information sought and not given. */
  // With its "if not" limb, as the English part has it: the two must ask the same (review 16).
  notGiven: 'क्या सरकार के पास उससे अधिक सूचना है जो {reply} के भाग {part} के उत्तर में दी गई थी; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है और यदि नहीं, तो इसके क्या कारण हैं',
  /** A part asked again as it was asked ("the details of ..."): the details it sought. */
  details: '{reply} के भाग {part} में माँगी गई सूचना का ब्यौरा क्या है',
  /** A "whether" part asked again as it was asked: whether what it asked about is so, and the details. */
  whether: 'क्या {reply} के भाग {part} में पूछी गई स्थिति विद्यमान है; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है और यदि नहीं, तो इसके क्या कारण हैं',
  /** A part refused because the data is not kept: whether it will be kept, never the data again. */
  notMaintained: 'क्या सरकार का {reply} के भाग {part} में माँगे गए आँकड़े एकत्र करने और रखने का विचार है; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है और यदि नहीं, तो इसके क्या कारण हैं',
  /** Year-wise figures asked outright (the figures facet): the figures the part sought, year by year. */
  figures: '{reply} के भाग {part} में माँगे गए आँकड़े, पिछले तीन वर्षों और चालू वर्ष के लिए वर्ष-वार, क्या हैं',
} as const;
