/**
 * The records a reply (or the case's notes) names, each as one RTI point, and who holds it.
 *
 * Practice (`rti-law-and-anchors.md` A.6, A.7): ask for a "shopping list" of records, one kind of
 * record per point, from the authority that holds it; "who is responsible" becomes the order or
 * file noting fixing responsibility, "investigation status" the FIR's number and date and the
 * correspondence with the police, "containment plan" the orders and minutes. A.1: CERT-In's own
 * material is exempt under s.24, so the points ask for the ministries' own records.
 *
 * `claims` are the claim rules (`claims.ts`) whose sentence names the record. `holder` says who
 * keeps it:
 * - `owner`: the authority that owns the system named (the CoWIN portal: MoHFW);
 * - `complainant`: the authority the sentence says lodged the complaint (else the owner);
 * - `police`: the police the case names as having registered the FIR;
 * - `answering`: the ministry that answered the question (it holds the file the reply came from).
 *
 * Placeholders: {system}, {matter}, {question} (the question answered, e.g. "Rajya Sabha Question
 * answered on 21.07.2023"), {s24Except} (", other than information furnished by CERT-In" where the
 * case names a Second Schedule organisation, so s.24(1) cannot take the whole point; else empty). Text stays in the RTI Online character set (A.3): no quotes or semicolons.
 */
export type RecordHolder = 'owner' | 'complainant' | 'police' | 'answering';

export type RecordRule = {
  readonly id: string;
  readonly claims: ReadonlyArray<string>;
  readonly holder: RecordHolder;
  readonly en: string;
  readonly hi: string;
  /** Files a requester may ask to inspect (s.2(j)) rather than only copy. */
  readonly inspectable: boolean;
  readonly source: string;
};

const A7 = 'rti-law-and-anchors.md A.7';
const A6 = 'rti-law-and-anchors.md A.6';

/** The record every application to the ministry that answered asks for: its file on the reply. */
export const REPLY_FILE_RECORD = 'record-reply-file';

export const RECORD_RULES: ReadonlyArray<RecordRule> = [
  {
    id: 'record-complaint',
    claims: ['claim-complaint', 'claim-fir'],
    holder: 'complainant',
    en: 'A copy of the complaint made by this public authority about {matter}, with its date, the office to which it was made and the acknowledgement received.',
    hi: '{matter} के संबंध में इस लोक प्राधिकारी द्वारा की गई शिकायत की प्रति, उसकी तिथि, जिस कार्यालय को वह की गई उसका नाम और प्राप्त पावती सहित।',
    inspectable: false,
    source: `${A7} (the complaint the reply relies on)`,
  },
  {
    id: 'record-police-correspondence',
    claims: ['claim-fir', 'claim-investigation-inputs'],
    holder: 'complainant',
    en: 'Copies of the letters and e-mails exchanged between this public authority and the police or any investigating agency about that complaint{s24Except}, with their dates.',
    hi: 'उस शिकायत के संबंध में इस लोक प्राधिकारी और पुलिस या किसी जाँच एजेंसी के बीच हुए पत्रों और ई-मेल की प्रतियाँ{s24Except}, उनकी तिथियों सहित।',
    inspectable: false,
    source: `${A7} (investigation status becomes the correspondence with the police) ; rti-law-and-anchors.md A.1 (s.24(1) also excludes information a Second Schedule organisation furnished: leave it out, and the rest cannot be withheld under s.24)`,
  },
  {
    id: 'record-fir',
    claims: ['claim-fir'],
    holder: 'police',
    en: 'A copy of the First Information Report registered about {matter}, with its number, date and police station.',
    hi: '{matter} के संबंध में दर्ज प्रथम सूचना रिपोर्ट की प्रति, उसकी संख्या, तिथि और पुलिस थाने सहित।',
    inspectable: false,
    source: `${A7} (the FIR number and date)`,
  },
  {
    id: 'record-chargesheet',
    claims: ['claim-fir'],
    holder: 'police',
    // The arrests and the stage are the core of an unanswered "status of the investigation" (review
    // 5); one point with the chargesheet, as the case's progress is one record of the police station.
    en: 'The number of persons arrested in that case, with the dates of arrest, whether its investigation is pending or has been closed, and the date of any chargesheet or closure report filed in it and the court in which it was filed.',
    hi: 'उस मामले में गिरफ़्तार व्यक्तियों की संख्या, गिरफ़्तारी की तिथियों सहित, यह कि उसकी जाँच लंबित है या बंद हो चुकी है, और उसमें दाखिल किसी आरोप-पत्र या समापन रिपोर्ट की तिथि तथा वह न्यायालय जिसमें वह दाखिल किया गया।',
    inspectable: false,
    source: `${A7} (the date of any chargesheet)`,
  },
  {
    id: 'record-api-order',
    claims: ['claim-apis-deactivated'],
    holder: 'owner',
    en: 'A copy of the order or file noting under which the APIs of {system} were deactivated, with its date.',
    hi: '{system} के एपीआई निष्क्रिय किए जाने से संबंधित आदेश या फ़ाइल टिप्पणी की प्रति, उसकी तिथि सहित।',
    inspectable: true,
    source: 'parliament-procedure.md §5.2 (the Lok Sabha reply: all Co-WIN APIs were deactivated)',
  },
  {
    id: 'record-internal-probe',
    claims: ['claim-internal-inquiry', 'claim-committee'],
    holder: 'owner',
    en: 'A copy of the order initiating the internal probe or inquiry into {matter}, and of its report if submitted.',
    hi: '{matter} की आंतरिक जाँच आरंभ करने के आदेश की प्रति, और प्रस्तुत हो चुकी हो तो उसकी रिपोर्ट की प्रति।',
    inspectable: true,
    source: `${A7} (who is responsible becomes the inquiry's constitution order and report)`,
  },
  {
    id: 'record-audits',
    claims: ['claim-vulnerability-assessment', 'claim-security-safeguards', 'claim-empanelled-auditors'],
    holder: 'owner',
    en: 'Copies of the security audit and vulnerability assessment reports on {system} dated within the period, and of the last such report dated before the period, and for any report withheld, its date and the name of the agency that prepared it.',
    hi: 'उक्त अवधि में तैयार की गई {system} की सुरक्षा लेखा-परीक्षा और भेद्यता आकलन रिपोर्टों की प्रतियाँ, तथा उस अवधि से पहले की ऐसी अंतिम रिपोर्ट की प्रति, और जो रिपोर्ट न दी जाए, उसकी तिथि और उसे तैयार करने वाली एजेंसी का नाम।',
    inspectable: false,
    source: `${A6} ; claims.ts (regular vulnerability assessment is a claim that reports exist; the last report before the incident shows what was known then, and falls before the period)`,
  },
  {
    id: 'record-response-minutes',
    claims: ['claim-coordinated-response', 'claim-ccmp'],
    holder: 'owner',
    en: 'Copies of the minutes of the meetings held by this public authority on the response to {matter}, with the decisions recorded.',
    hi: '{matter} से निपटने हेतु की गई कार्रवाई के संबंध में इस लोक प्राधिकारी द्वारा आयोजित बैठकों के कार्यवृत्त की प्रतियाँ, लिए गए निर्णयों सहित।',
    inspectable: true,
    source: `${A7} (containment plan becomes minutes of meetings and directions)`,
  },
  {
    id: 'record-advisory-action',
    claims: ['claim-advisory', 'claim-guidelines'],
    holder: 'owner',
    en: 'Copies of the file notings recording the action taken by this public authority on the advisory received about {matter}.',
    hi: '{matter} के संबंध में प्राप्त परामर्शी पर इस लोक प्राधिकारी द्वारा की गई कार्रवाई दर्ज करने वाली फ़ाइल टिप्पणियों की प्रतियाँ।',
    inspectable: true,
    source: `${A6} ; rti-law-and-anchors.md A.1 (the ministry's own notings, not CERT-In's advisory, which s.24 covers)`,
  },
  {
    id: 'record-answering-correspondence',
    claims: ['claim-coordinated-response'],
    holder: 'answering',
    en: 'Copies of the letters and file notings of this Ministry on the response to {matter}, other than information furnished by CERT-In, with their dates.',
    hi: '{matter} से निपटने हेतु की गई कार्रवाई के संबंध में इस मंत्रालय के पत्रों और फ़ाइल टिप्पणियों की प्रतियाँ, सीईआरटी-इन द्वारा दी गई सूचना को छोड़कर, उनकी तिथियों सहित।',
    inspectable: true,
    source: 'rti-law-and-anchors.md A.1 (s.24(1) also excludes information CERT-In furnished to a ministry: ask for the ministry\'s own records)',
  },
  {
    id: REPLY_FILE_RECORD,
    claims: [],
    holder: 'answering',
    en: 'Copies of the file notings on the preparation of the reply to {question}, and of the material received from other Ministries for it.',
    hi: '{question} के उत्तर की तैयारी से संबंधित फ़ाइल टिप्पणियों की प्रतियाँ, और उसके लिए अन्य मंत्रालयों से प्राप्त सामग्री की प्रतियाँ।',
    inspectable: true,
    source: `${A7} ; A.1 (the answering ministry's own records stay open to RTI, unlike what CERT-In furnished)`,
  },
];
