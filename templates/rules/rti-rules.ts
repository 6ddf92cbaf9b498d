import type { Message } from '../../shared/messages/message.ts';
import type { CitedFact, Severity } from './fact.ts';
import type { PhraseRule } from './phrase-rule.ts';

/**
 * Drafting rules for RTI applications, `rti-law-and-anchors.md` A.1, A.2 and A.6.
 *
 * The phrase rules are heuristics: they flag wording a PIO can refuse as not being "information"
 * under s.2(f), or that practitioners advise against. None is a statutory bar on filing.
 */

const A6 = 'rti-law-and-anchors.md A.6';

/** "Why"/"how come" questions ask for reasons, which are not information held (s.2(f)). */
export const RTI_WHY: PhraseRule = {
  id: 'rti-why',
  cite: { key: 'cite.rtiActCase', params: { section: { key: 'section.s2f', params: {} }, case: 'Dr Celsa Pinto v Goa SIC, Bombay HC WP 419/2007' } },
  source: `https://blog.onlinerti.com/how-to-draft-a-good-rti-application ; https://www.rtifoundationofindia.com/faq-504 ; ${A6}`,
  confirmed: true,
  severity: 'warning',
  patterns: [
    /\bwhy\b/i,
    /\bhow come\b/i,
    /\bfor what reason\b/i,
    /\bwhat (?:is|are|was|were) the reasons?\b/i,
    /\bhow (?:could|can|did|does|do|was|were|is it|has|have)\b/i,
    /\bexplain\b/i,
  ],
  message: { key: 'lint.rti.why', params: { section: { key: 'section.s2f', params: {} } } },
};

/** Opinions and legal advice are not information (Khanapuram Gandaiah v Administrative Officer, SC 2010). */
export const RTI_OPINION: PhraseRule = {
  id: 'rti-opinion',
  cite: { key: 'cite.rtiActCase', params: { section: { key: 'section.s2f', params: {} }, case: 'Khanapuram Gandaiah v Administrative Officer, SC 2010' } },
  source: `http://robinsondsouza.in/2020/04/07/only-the-information-available-existing-held-by-pio-can-be-disclosed/ ; ${A6}`,
  confirmed: true,
  severity: 'warning',
  patterns: [
    /\bin (?:your|the PIO's|the department's|the ministry's) (?:opinion|view)\b/i,
    /\bopinion of the\b/i,
    /\bdo(?:es)? (?:you|the (?:PIO|department|ministry|government|authority|officer)) (?:think|feel|believe|agree)\b/i,
    /\bis it (?:legal|illegal|lawful|justified|fair|proper|correct|right)\b/i,
    /\bwhether (?:it|this|the action|the decision) (?:is|was) (?:legal|illegal|lawful|justified|fair|proper|correct)\b/i,
    /\byour (?:views?|comments?|opinion)\b/i,
  ],
  message: { key: 'lint.rti.opinion', params: {} },
};

/** Hypotheticals and future intentions are not held information (Khanapuram Gandaiah). */
export const RTI_HYPOTHETICAL: PhraseRule = {
  id: 'rti-hypothetical',
  cite: { key: 'cite.rtiActCase', params: { section: { key: 'section.s2f', params: {} }, case: 'Khanapuram Gandaiah v Administrative Officer, SC 2010' } },
  source: `http://robinsondsouza.in/2020/04/07/only-the-information-available-existing-held-by-pio-can-be-disclosed/ ; ${A6}`,
  confirmed: true,
  severity: 'warning',
  patterns: [
    /\bwhat would (?:happen|be)\b/i,
    /\bwould the (?:government|department|ministry|authority|PIO)\b/i,
    /\bif [^.;?]{0,80}\bwere to\b/i,
    /\bsuppose\b/i,
    /\bwhen will\b/i,
    /\bwill the (?:government|department|ministry|authority)\b/i,
  ],
  message: { key: 'lint.rti.hypothetical', params: {} },
};

/** Sweeping demands ("all information") invite refusal (CBSE v Aditya Bandopadhyay; CIC dismissals). */
export const RTI_VAGUE: PhraseRule = {
  id: 'rti-vague',
  cite: { key: 'cite.rtiVague', params: { case: 'CBSE v Aditya Bandopadhyay, SC CA 6454/2011', section: { key: 'section.s7_9', params: {} } } },
  source: `https://legalauthority.in/judgement/centrlal-board-of-sec-education-vs-aditya-bandopadhyay-7984 ; https://www.filertionline.com/?p=897 ; ${A6}`,
  confirmed: true,
  severity: 'warning',
  patterns: [
    /\ball (?:the )?(?:information|documents|records|files|details|papers|correspondence)\b/i,
    /\bany and all\b/i,
    /\beverything\b/i,
    /\bcomplete (?:information|details|records)\b/i,
  ],
  message: { key: 'lint.rti.vague', params: {} },
};

/** "Status" and "action taken" invite a one-line reply; ask for notings and copies (practitioner advice). */
export const RTI_STATUS: PhraseRule = {
  id: 'rti-status',
  cite: { key: 'cite.practiceRecords', params: {} },
  source: `https://github.com/pradeep-onlinerti/rti-mitra-chatbot (anythingllm-config/knowledgebases/RTI_Custom_Drafting_Rules.md) ; ${A6}`,
  confirmed: true,
  severity: 'info',
  patterns: [/\bstatus\b/i, /\baction[- ]taken\b/i, /\bprogress (?:made|of)\b/i],
  // Asking for copies of the records that show the progress (notings, action-taken reports) is the advice itself.
  unless: [/\b(?:certified )?cop(?:y|ies)\b/i, /\bfile notings?\b/i, /\binspection of\b/i],
  message: { key: 'lint.rti.status', params: {} },
};

/** Each point should carry a time window (practitioner advice). */
export const RTI_NO_PERIOD = {
  id: 'rti-no-period',
  cite: { key: 'cite.practicePeriod', params: {} },
  source: `https://github.com/pradeep-onlinerti/rti-mitra-chatbot (anythingllm-config/knowledgebases/RTI_Custom_Drafting_Rules.md) ; ${A6}`,
  confirmed: true,
  severity: 'warning',
  message: { key: 'lint.rti.noPeriod', params: {} },
} as const satisfies CitedFact & { severity: Severity; message: Message };

/**
 * What counts as a stated period: a year, a month name, a date, "from ... to", "since", "during",
 * "last N days/months/years", "dated", "till/until date".
 */
export const PERIOD_PATTERNS: ReadonlyArray<RegExp> = [
  /\b(?:19|20)\d{2}\b/,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{2,4}\b/i,
  /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/,
  /\bfrom\b[^.;]{1,60}\bto\b/i,
  /\bbetween\b[^.;]{1,60}\band\b/i,
  /\b(?:since|during|dated|till|until)\b/i,
  /\b(?:last|past|preceding)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b/i,
  /\bfor the period\b/i,
  /\bdate of (?:this|the) application\b/i,
];

/** Practitioners advise 3-5 points per application. */
export const RTI_TOO_MANY_POINTS = {
  id: 'rti-too-many-points',
  cite: { key: 'cite.practicePoints', params: { min: 3, max: 5 } },
  source: `https://github.com/pradeep-onlinerti/rti-mitra-chatbot (anythingllm-config/knowledgebases/RTI_Custom_Drafting_Rules.md) ; ${A6}`,
  confirmed: true,
  severity: 'info',
  max: 5,
} as const satisfies CitedFact & { severity: Severity; max: number };

export const RTI_EMPTY = {
  id: 'rti-empty',
  cite: { key: 'cite.rtiAct', params: { section: { key: 'section.s6_1', params: {} } } },
  source: 'rti-law-and-anchors.md A.1',
  confirmed: true,
  severity: 'error',
} as const satisfies CitedFact & { severity: Severity };

export const RTI_UNKNOWN_JURISDICTION = {
  id: 'rti-unknown-jurisdiction',
  cite: { key: 'cite.rtiJurisdiction', params: { section: { key: 'section.s2a', params: {} } } },
  source: 'rti-law-and-anchors.md A.5',
  confirmed: true,
  severity: 'warning',
} as const satisfies CitedFact & { severity: Severity };

/** Words that do not tell subjects apart when the one-subject heuristic compares points. */
export const SUBJECT_STOPWORDS: ReadonlyArray<string> = [
  'a', 'an', 'the', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'by', 'with', 'from', 'at', 'as', 'any', 'all', 'its', 'their',
  'this', 'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'there', 'thereof', 'therein',
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'if', 'so', 'not', 'no', 'such', 'each', 'other', 'also',
  'copy', 'copies', 'certified', 'record', 'records', 'file', 'files', 'noting', 'notings', 'information', 'details', 'detail',
  'date', 'dates', 'dated', 'number', 'numbers', 'period', 'provide', 'kindly', 'please', 'furnish', 'regarding', 'relating',
  'related', 'concerning', 'about', 'application', 'received', 'issued', 'made', 'taken', 'order', 'orders', 'letter', 'letters',
  'correspondence', 'documents', 'document', 'report', 'reports', 'minutes', 'meeting', 'meetings', 'list', 'name', 'names',
  'till', 'until', 'since', 'during', 'between', 'last', 'year', 'years', 'month', 'months', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'public', 'authority', 'office',
  'officer', 'department', 'ministry', 'government', 'pio', 'cpio', 'reply', 'replies', 'referred', 'mentioned', 'said',
  'present', 'current', 'status', 'action', 'whether', 'under', 'into', 'them', 'they', 'it', 'which', 'held', 'maintained',
];
