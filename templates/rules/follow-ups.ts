/**
 * Follow-ups for question parts the reply left open (unanswered, partial, deferred, refused).
 *
 * A part is matched to "facets" by what it asks (responsibility, investigation, a plan, measures,
 * status, reasons, figures). Each facet gives follow-up question parts in notice form
 * (`parliament-procedure.md` §3.1 formulae: "whether ...; if so, the details thereof", "the
 * details of ...") and RTI points that ask for records only (A.6: file notings, correspondence,
 * reports, orders, minutes, dates, numbers, each with a period; never "why", never an opinion).
 *
 * Placeholders: {reply} {period} {matter} {system} as in `claims.ts`; {label} = the part's
 * letter; {topic} = what the part asked about, as a noun phrase without its "the details of",
 * "thereof" scaffolding (falls back to {matter}); {clause} = the part's "whether" clause.
 */
export type FollowUpFacet = {
  readonly id: string;
  readonly patterns: ReadonlyArray<RegExp>;
  readonly questionParts: ReadonlyArray<string>;
  readonly rtiPoints: ReadonlyArray<string>;
  readonly why: string;
  readonly source: string;
  readonly confirmed: boolean;
  /**
   * The same facet as one point of a new RTI application to the authority that answered, in
   * English and Hindi: {authority} = that authority, {topic} = the matter. Used when the case names
   * no specific record to ask for (`shared/drafting/records.ts` finds those first); the period is
   * stated once in the application's opening, so it is not repeated here (A.6).
   */
  readonly recordAsk: { readonly en: string; readonly hi: string };
  /**
   * Used instead when the part's own topic already is what the facet asks about ("the steps taken
   * to ..."), so the follow-up restates it with dates rather than nesting it ("the steps taken in
   * respect of the steps taken ...").
   */
  readonly whenTopic?: {
    readonly pattern: RegExp;
    readonly questionParts: ReadonlyArray<string>;
    readonly rtiPoints: ReadonlyArray<string>;
  };
};

/** The fallback differs for a "whether" part (a clause) and a "the details of" part (a noun phrase). */
export type DefaultFollowUp = FollowUpFacet & {
  readonly clauseQuestionParts: ReadonlyArray<string>;
  readonly clauseRtiPoints: ReadonlyArray<string>;
};

const A7 = 'rti-law-and-anchors.md A.7';
const A6 = 'rti-law-and-anchors.md A.6';
const FORM = 'parliament-procedure.md §3.1 (part formulae)';

export const FOLLOW_UP_FACETS: ReadonlyArray<FollowUpFacet> = [
  {
    id: 'facet-responsibility',
    patterns: [/\bresponsib\w*/i, /\baccountab\w*/i, /\bculprits?\b/i, /\bidentified (?:those|the persons?|the accused)\b/i, /\bguilty\b/i, /\blapses?\b/i, /\bnegligen\w*/i],
    questionParts: [
      'whether responsibility for {matter} has been fixed on any official, contractor or agency, if so, the details thereof and if not, the reasons therefor',
    ],
    rtiPoints: [
      'A copy of any order or file noting of this public authority fixing responsibility for {matter}, {period}.',
      'A copy of the order constituting any inquiry into {matter} and of its report, if submitted, {period}.',
    ],
    why: '"Who is responsible" becomes the order or file noting fixing responsibility, or the inquiry\'s constitution order and report (A.7).',
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
      'the number and date of the First Information Report registered in connection with {matter}, the agency investigating it and whether a chargesheet has been filed, if so, the date thereof',
    ],
    rtiPoints: [
      'The number and date of the FIR registered in connection with {matter} and the name of the investigating agency, as held in the records of this public authority, {period}.',
      'Copies of correspondence between this public authority and the investigating agency about {matter}, {period}.',
    ],
    why: '"Investigation status" becomes the FIR number and date, the date of any chargesheet and the correspondence with the police (A.7).',
    source: `${A7} ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      en: 'The number and date of every complaint and First Information Report in the matter of {topic}, as recorded in the files of {authority}, and copies of the correspondence of {authority} with the investigating agency or with any other Ministry about them, with dates',
      hi: '{topic} के मामले में प्रत्येक शिकायत और प्रथम सूचना रिपोर्ट की संख्या और तिथि, जैसी {authority} की फ़ाइलों में दर्ज है, तथा इस विषय में {authority} और जाँच एजेंसी या किसी अन्य मंत्रालय के बीच हुए पत्राचार की प्रतियाँ, तिथियों सहित',
    },
  },
  {
    id: 'facet-plan',
    patterns: [/\bplan\b/i, /\bcontain(?:ment)?\b/i, /\bSOP\b/, /\bstandard operating procedure\b/i, /\bstrategy\b/i, /\broadmap\b/i, /\bguidelines?\b/i, /\bmechanism\b/i],
    questionParts: [
      'whether any standard operating procedure or incident response plan was invoked after {matter}, if so, the date thereof and the steps taken under it',
    ],
    rtiPoints: [
      'A copy of the standard operating procedure or incident response plan of this public authority that applied to {matter}, as in force at the time, {period}.',
      'Copies of minutes of meetings held on containing {matter}, and of directions issued to States or agencies, {period}.',
    ],
    why: '"Containment plan" becomes the SOP, the incident response plan, minutes of meetings and directions issued to States (A.7).',
    source: `${A7} ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      en: 'Copies of the standard operating procedure, incident response or action plan, minutes of meetings and directions issued by {authority} in the matter of {topic}, with their dates',
      hi: '{topic} के मामले में {authority} द्वारा जारी मानक संचालन प्रक्रिया, घटना प्रतिक्रिया या कार्य योजना, बैठकों के कार्यवृत्त और निर्देशों की प्रतियाँ, उनकी तिथियों सहित',
    },
  },
  {
    id: 'facet-measures',
    patterns: [/\bmeasures\b/i, /\bsteps\b/i, /\bsafeguards?\b/i, /\bprotocols?\b/i],
    questionParts: [
      'the details of the specific steps taken in respect of {topic}, with the date of each and the authority which ordered it',
    ],
    rtiPoints: [
      'Copies of orders, office memoranda or directions issued by this public authority in respect of {topic}, with their dates, {period}.',
    ],
    whenTopic: {
      pattern: /^the (?:specific |various )?(?:steps|measures|action)\b/i,
      questionParts: ['{topic}, with the date of each and the authority which ordered it'],
      rtiPoints: ['Copies of the orders, office memoranda or directions of this public authority recording {topic}, with their dates, {period}.'],
    },
    why: 'A general list of measures does not say what was done about this matter; orders with dates do (reply-analysis.md: a generic list of measures is a deflection).',
    source: `${A6} ; reply-analysis.md ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      en: 'Copies of the standard operating procedure, incident response or action plan, minutes of meetings and directions issued by {authority} in the matter of {topic}, with their dates',
      hi: '{topic} के मामले में {authority} द्वारा जारी मानक संचालन प्रक्रिया, घटना प्रतिक्रिया या कार्य योजना, बैठकों के कार्यवृत्त और निर्देशों की प्रतियाँ, उनकी तिथियों सहित',
    },
  },
  {
    id: 'facet-status',
    patterns: [/\bstatus\b/i, /\bprogress\b/i, /\bpresent stage\b/i, /\boutcome\b/i, /\bfindings?\b/i],
    questionParts: [
      'the present stage of {topic}, the date of the last action taken thereon and the date by which it is expected to be completed',
    ],
    rtiPoints: [
      'Certified copies of the file notings of this public authority on {topic}, and the date of the last entry in that file, {period}.',
    ],
    why: 'A "status" question gets a one-line reply; the file notings are the status (RTI Mitra drafting rules, A.6).',
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
      'the reasons, as recorded in the files of the Ministry, for the position stated in reply to part ({label}) of the earlier question',
    ],
    rtiPoints: [
      'Copies of the file notings of this public authority that record the reasons for the position taken in part ({label}) of {reply}, {period}.',
    ],
    why: 'Reasons are not information under s.2(f) unless recorded (Celsa Pinto, A.6); the file notings that record them are.',
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
      'the year-wise figures of {topic} during the last three years and the current year',
    ],
    rtiPoints: [
      'The records maintained by this public authority showing the figures of {topic}, year-wise, {period}.',
    ],
    why: 'A national total or a general statement where figures were asked is a partial answer (reply-analysis.md); the register the figures come from is a record.',
    source: `reply-analysis.md (partial) ; ${A6} ; ${FORM}`,
    confirmed: true,
    recordAsk: {
      en: 'Copies of the returns, statements and reports held by {authority} that give the figures in the matter of {topic}, with their dates',
      hi: '{topic} के मामले में आँकड़े देने वाले {authority} के पास उपलब्ध विवरणियों, विवरणों और रिपोर्टों की प्रतियाँ, उनकी तिथियों सहित',
    },
  },
];

/** Used when no facet matches: re-ask for the details, and ask for the file. */
export const DEFAULT_FOLLOW_UP: DefaultFollowUp = {
  id: 'facet-default',
  patterns: [],
  questionParts: ['the details of {topic}, with dates'],
  clauseQuestionParts: ['whether {clause}, if so, the details thereof with dates and if not, the reasons therefor'],
  rtiPoints: [
    'Copies of the file notings, correspondence and reports of this public authority relating to {topic}, {period}.',
  ],
  clauseRtiPoints: [
    'Copies of the file notings, correspondence and reports of this public authority on whether {clause}, {period}.',
  ],
  why: 'The part is still open; the file on it holds the answer (A.6: ask for file notings, correspondence, reports).',
  source: `${A6} ; ${FORM}`,
  confirmed: true,
  recordAsk: {
    en: 'Copies of the file notings, correspondence, reports and orders held by {authority} in the matter of {topic}, with their numbers and dates',
    hi: '{topic} के मामले में {authority} के पास उपलब्ध फ़ाइल टिप्पणियों, पत्राचार, रिपोर्टों और आदेशों की प्रतियाँ, उनकी संख्या और तिथियों सहित',
  },
};

/** Extra follow-ups by the way the part was left open. */
export const STATUS_FOLLOW_UPS = {
  deferred: {
    id: 'status-deferred',
    questionParts: [
      'whether the information promised in {reply} in respect of part ({label}) has since been collected and laid on the Table of the House, if so, the date thereof and if not, the reasons therefor',
    ],
    rtiPoints: [
      'Copies of the file notings and correspondence of this public authority on collecting the information promised in {reply} in respect of part ({label}), {period}.',
    ],
    why: 'A promise to supply information later is an assurance, due within three months of the answer (OAMS, parliament-procedure.md §4); the collection file shows whether it is being honoured.',
    source: 'https://oams.nic.in/ ; parliament-procedure.md §4',
    confirmed: true,
  },
  refused: {
    id: 'status-refused',
    questionParts: [
      'whether the portions of the information sought in part ({label}) that are not covered by the ground cited can be furnished, if so, the details thereof',
    ],
    rtiPoints: [],
    why: 'A refusal in Parliament is not a refusal under the RTI Act: the RTI points ask for the records, and any s.8 exemption must then be justified part by part, with the s.8(2) public-interest override available (A.1).',
    source: 'rti-law-and-anchors.md A.1 (s.8(1), s.8(2))',
    confirmed: true,
  },
  partial: {
    id: 'status-partial',
    questionParts: [],
    rtiPoints: [],
    why: 'The reply addressed the part but left out something it specifically asked (reply-analysis.md).',
    source: 'reply-analysis.md (partial)',
    confirmed: true,
  },
  unanswered: {
    id: 'status-unanswered',
    questionParts: [],
    rtiPoints: [],
    why: 'Nothing in the reply addresses the part, or it talks about something else (reply-analysis.md).',
    source: 'reply-analysis.md (unanswered)',
    confirmed: true,
  },
} as const;
