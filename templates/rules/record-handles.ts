/**
 * Handles a reply gives to a record: a case number, a scheme whose claims it counts, a statement it
 * says is "being compiled". Each becomes one RTI point naming that record, asked of the ministry
 * that answered, in place of a point "in the matter of" the question's title (review 12: the
 * applications never used the CBI case number, the claims register or the promised statement, and
 * a CPIO answers a point on a named record, where a point on a whole subject invites "vague").
 *
 * Practice: one kind of record per point, named as the authority files it (`rti-law-and-anchors.md`
 * A.6, A.7). A promise to supply information later is an assurance, which the ministry's files track
 * until it is laid on the Table (`parliament-procedure.md` §4).
 *
 * `pattern` finds the handle in a reply; its first group is the name the point quotes. `alsoSays`,
 * when given, must appear in the same paragraph of the reply (a lettered
 * paragraph runs to the next heading). Placeholders: {handle}, {label} (the reply
 * paragraph's parts, "part (b)" or "parts (b) to (e)", "भाग (ख)"), {question} (the question answered, in an RTI point),
 * {reply} (the same, in a notice part), {asked} (in a notice part: what the part asked, quoted, so the
 * notice reads without the earlier question at hand: ", which asked whether …,"), {part} (in an
 * English notice part or RTI point of a handle asked part by part: the part's own words, "the number of …"),
 * {about} (in a Hindi notice part: what a promise was about, quoted, when the reply says so),
 * {registered} / {registeredHi} (in a notice part on a case number: who registered it and against
 * whom, in the reply's words, so the Table Office need not open the old reply; review 16, DMS 08). Text stays
 * in the RTI Online character set (A.3): no quotes or semicolons.
 */
export type RecordHandle = {
  readonly id: string;
  readonly pattern: RegExp;
  readonly alsoSays: RegExp | null;
  /** Fewest words the name must have: "Insurance Scheme" alone names no scheme a register is kept for. */
  readonly minWords: number;
  readonly en: string;
  readonly hi: string;
  /** Files a requester may ask to inspect (s.2(j)) rather than only copy. */
  readonly inspectable: boolean;
  /**
   * When given, the handle serves only the parts whose words match, and each of them gets a notice
   * part of its own, quoting it ({asked}): a publication cited for figures serves a part that asked
   * for several years, whose missing years are the gap.
   */
  readonly forPartsAsking?: RegExp;
  /**
   * The follow-up question part on the same handle, in notice form without its punctuation: a new
   * fact the reply's own words point to, not the question again (LS Rule 41(2)(xiii), RS Rule
   * 47(xiv)). {reply} names the question answered; {label} is as above.
   */
  readonly notice: { readonly en: string; readonly hi: string };
  /** What the reply leaves out about the handle, to finish "It does not say ..." / "इसमें यह नहीं बताया गया कि ...". */
  readonly withheld: { readonly en: string; readonly hi: string };
  readonly implements: string;
  readonly source: string;
};

/** Ids of handle records start so: the application keeps part-by-part asks for the parts none covers. */
export const HANDLE_PREFIX = 'handle-';

export const RECORD_HANDLES: ReadonlyArray<RecordHandle> = [
  {
    id: 'handle-case-number',
    // "case No. RC.48(A)/2009-ACV-Delhi", "FIR No. 123/2023": a number with a digit in it.
    pattern: /\b(?:case|FIR|First Information Report)\s+(?:No\.?|number)\s*((?:[A-Z]{1,6}[.\s]?)?\d[A-Za-z0-9.()/-]*[A-Za-z0-9)])/i,
    alsoSays: null,
    minWords: 0,
    // The facts first, then the orders: facts about officials' suspension and sanction can be severed
    // from what s.8(1)(j) may protect in the orders themselves (s.10), where a request for the orders
    // alone invites a refusal of the whole (review 15, DMS 01).
    en: 'In connection with case No. {handle}, the number of officials suspended, the date on which sanction for prosecution was accorded or refused, and the present stage of any departmental proceedings, with copies of the orders passed on them and their dates.',
    hi: 'मामला संख्या {handle} के संबंध में निलंबित अधिकारियों की संख्या, अभियोजन की स्वीकृति दिए जाने या अस्वीकार किए जाने की तिथि, और किसी विभागीय कार्यवाही की वर्तमान स्थिति, उन पर पारित आदेशों की प्रतियों और उनकी तिथियों सहित।',
    inspectable: true,
    notice: {
      en: 'the present status of the investigation in case No. {handle}{registered}, referred to in {reply}, and whether any officer has been suspended or proceeded against departmentally in connection with it, if so, the details thereof',
      hi: '{reply} के उत्तर में उल्लिखित, {registeredHi}मामला संख्या “{handle}” में जाँच की वर्तमान स्थिति क्या है, और क्या इसके संबंध में किसी अधिकारी को निलंबित किया गया है या उसके विरुद्ध विभागीय कार्रवाई की गई है; यदि हाँ, तो तत्संबंधी ब्यौरा क्या है',
    },
    withheld: {
      en: 'where the investigation in case No. {handle} stands, or what action has been taken against any officer',
      hi: 'मामला संख्या “{handle}” की जाँच किस स्थिति में है, या किसी अधिकारी के विरुद्ध क्या कार्रवाई की गई है',
    },
    implements: 'Right to Information Act, 2005, s.2(f) and s.2(j) (orders and file notings are records)',
    source: 'rti-law-and-anchors.md A.7 (investigation status becomes the FIR\'s number and date and the correspondence) ; A.1 (s.24 proviso: allegations of corruption are not excluded)',
  },
  {
    id: 'handle-scheme-claims',
    // "Pradhan Mantri Garib Kalyan Package (PMGKP): Insurance Scheme": two or more capitalised
    // words ending in a scheme's kind, with its acronym in brackets if given.
    pattern: /\b((?:[A-Z][A-Za-z-]+|\([A-Z]{2,}\):?)(?:\s+(?:[A-Z][A-Za-z-]*|\([A-Z]{2,}\):?|of|for|and))*\s+(?:Scheme|Package|Yojana|Yojna))\b/,
    alsoSays: /\bclaims?\b/i,
    minWords: 3,
    en: 'The number of claims received, paid, rejected and pending under the {handle}, State/UT-wise, as on the latest date in the records of this public authority, with copies of the returns from which the figures are drawn.',
    hi: '{handle} के अंतर्गत प्राप्त, भुगतान किए गए, अस्वीकृत और लंबित दावों की राज्य/संघ राज्य क्षेत्र-वार संख्या, इस लोक प्राधिकारी के अभिलेखों में उपलब्ध नवीनतम तिथि तक, और उन विवरणियों की प्रतियाँ जिनसे ये आँकड़े लिए गए हैं।',
    inspectable: false,
    notice: {
      en: 'the number of claims received, settled, rejected and pending under the {handle}, State/UT-wise, and the reasons for the claims still pending',
      hi: '“{handle}” के अंतर्गत प्राप्त, निपटाए गए, अस्वीकृत और लंबित दावों की राज्य/संघ राज्य क्षेत्र-वार संख्या क्या है, और लंबित दावों के क्या कारण हैं',
    },
    withheld: {
      en: 'how many claims under the {handle} were received, rejected or are still pending, State/UT-wise',
      hi: '“{handle}” के अंतर्गत कितने दावे प्राप्त हुए, अस्वीकृत हुए या अभी लंबित हैं, राज्य/संघ राज्य क्षेत्र-वार',
    },
    implements: 'Right to Information Act, 2005, s.2(f) (data held in any electronic form, returns and reports)',
    source: 'rti-law-and-anchors.md A.6 (one kind of record per point, named as it is kept)',
  },
  {
    id: 'handle-being-compiled',
    // "It is being compiled and will be made available shortly", "will be laid on the Table".
    pattern: /\b((?:is|are)\s+being\s+(?:compiled|collected)|will\s+be\s+(?:laid|placed)\s+on\s+the\s+Table)\b/i,
    alsoSays: null,
    minWords: 0,
    en: 'A copy of the information compiled for the statement promised in reply to {label} of {question}, and the date on which it was laid on the Table of the House or sent to the Member, or, if it has not been, copies of the file notings on its collection, with their dates.',
    hi: '{question} के {label} के उत्तर में आश्वासित विवरण के लिए संकलित सूचना की प्रति, और वह तिथि जब उसे सभा पटल पर रखा गया या सदस्य को भेजा गया, या, यदि ऐसा नहीं हुआ है, तो उसके संकलन से संबंधित फ़ाइल टिप्पणियों की प्रतियाँ, उनकी तिथियों सहित।',
    inspectable: true,
    notice: {
      en: 'whether the information promised in {reply} in respect of {label}{asked} has since been collected and laid on the Table of the House, if so, the date thereof and if not, the reasons therefor',
      hi: 'क्या {reply} के {label}{asked} के उत्तर में {about}जिस सूचना का आश्वासन दिया गया था, वह तब से एकत्र करके सभा पटल पर रख दी गई है; यदि हाँ, तो तत्संबंधी तिथि क्या है और यदि नहीं, तो इसके क्या कारण हैं',
    },
    withheld: {
      en: 'when the information it said was being compiled will be given',
      hi: 'वह सूचना, जिसके संकलित किए जाने की बात कही गई, कब दी जाएगी',
    },
    implements: 'Right to Information Act, 2005, s.2(f) and s.2(j) ; Manual of the Ministry of Parliamentary Affairs, ch. 8, paras 8.1 and 8.2 (an undertaking to report back is an assurance, sent to the department to implement)',
    source: 'parliament-procedure.md §4 (MoPA Manual ch. 8 [OFFICIAL]) ; https://oams.nic.in/',
  },
  {
    id: 'handle-publication',
    // "may be seen at the following link of HDI 2022-23", "Status of Human Resource is available in
    // HDI 2022-23": a reply that points to a publication, named with its year, for the figures.
    pattern: /\b(?:may\s+be\s+seen|(?:is|are)\s+available|can\s+be\s+(?:seen|accessed))\s+(?:at|in|on)\s+(?:the\s+following\s+link\s+of\s+)?(?:the\s+)?((?:[A-Z][A-Za-z&]*\s+){1,6}(?:19|20)\d{2}(?:-\d{2,4})?)/,
    alsoSays: null,
    minWords: 1,
    // Only a part that asked for figures over several years, which a publication of one year's counts
    // (staff in position, facilities functioning) does not give as asked. The follow-up asks for the
    // figures as distinct from the publication's: asking for what it holds would be inadmissible
    // (RS Rule 47(xvii); the Lok Sabha's summary: "information … available in accessible documents" is
    // not admitted; parliament-procedure.md §1). Review 16: "the years not covered" was empty from a
    // later year and invited the next edition's link.
    forPartsAsking: /\b(?:during|in|for|over)\s+the\s+(?:last|past|previous)\s+(?:\w+\s+)?(?:years?|decade)\b|\byear-?wise\b|\bsince\s+(?:19|20)\d{2}\b/i,
    en: 'Copies of the returns and statements held by this public authority that give {part}, year-wise, as distinct from the figures published in {handle}, to which the reply to {label} of {question} referred.',
    hi: '{question} के {label} में माँगे गए आँकड़े, उत्तर में उल्लिखित {handle} में प्रकाशित आँकड़ों से अलग, वर्ष-वार देने वाली, इस लोक प्राधिकारी के पास उपलब्ध विवरणियों और विवरणों की प्रतियाँ।',
    inspectable: false,
    notice: {
      en: '{part}, year-wise, as distinct from the figures published in {handle}, to which {reply} referred for {label}',
      hi: '{reply} के {label}{asked} में माँगे गए आँकड़े, उत्तर में उल्लिखित “{handle}” में प्रकाशित आँकड़ों से अलग, वर्ष-वार क्या हैं',
    },
    // {part}: what the one part asked, in its words; the Hindi quotes it after its letter ({asked}).
    withheld: {
      en: '{part}, as distinct from the figures published in {handle}',
      hi: '{label}{asked} में माँगे गए आँकड़े क्या हैं, “{handle}” में प्रकाशित आँकड़ों से अलग',
    },
    implements: 'Rajya Sabha Rule 47(xvii) (no information set forth in accessible documents) ; Lok Sabha, official summary of admissibility ; Right to Information Act, 2005, s.2(f)',
    source: 'parliament-procedure.md §1 (LS summary, http://loksabhaph.nic.in/Questions/ProcedureRelating.aspx [OFFICIAL]) and §2 (RS Rule 47, verbatim) ; rti-law-and-anchors.md A.6',
  },
];

/**
 * What a promise to supply information later is about, in the reply's words: "Up-to-date
 * information is not readily available … regarding cash reserves of profit making Public Sector
 * Undertakings. It is being compiled", "The information pertaining to Enforcement Directorate (ED)
 * is being collected". The follow-up names the promise by it, not by the part's question, whose
 * premise ("far exceed the amounts they may need") a new question must not carry (RS Rule 47(iv);
 * review 15, PSU 08). The first group is the subject.
 */
export const PROMISED_SUBJECT = /\binformation\b[^.]{0,80}?\b(?:pertaining to|regarding|relating to|in respect of)\s+([^.;]+?)\s*(?:[.;]|\b(?:is|are)\s+(?:being|not)\b|$)/i;

/**
 * Who registered a case and against whom, as the reply says it: "CBI has informed that it has
 * registered a case No. … against the officials of DMS". Group 1 is the agency (an acronym or a
 * capitalised name), group 2 whom the case is against; either may be missing.
 */
export const CASE_REGISTERED_BY = /\b([A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,3})\s+has\s+(?:informed\s+that\s+it\s+has\s+)?registered\b/;
export const CASE_REGISTERED_AGAINST = /\bagainst\s+((?:the\s+)?[^.,;]{3,60}?)(?=\s+and\b|[.,;]|$)/;
