import type { Message } from '../../shared/messages/message.ts';
import type { Severity } from './fact.ts';

/**
 * Admissibility and form rules for parliamentary question notices, from the linter table at the
 * end of `parliament-procedure.md` ("Rules an admissibility linter could check mechanically").
 *
 * A rule may apply to one House or both, under different rule numbers; each House entry carries
 * its own source and confirmation. Lok Sabha clauses after Rule 41(2)(xiv) and Rajya Sabha clauses
 * after Rule 47(xvii) were not read verbatim: they are cited "per official summary".
 */
export type HouseName = 'Lok Sabha' | 'Rajya Sabha';

export type HouseRef = {
  /** The rule or clause applied, as a message so it reads in the interface language. */
  readonly cite: Message;
  readonly source: string;
  readonly confirmed: boolean;
};

export type PqRule = {
  readonly id: string;
  readonly severity: Severity;
  /** What the rule says, for the user (`shared/messages/catalogue-en.ts`, `lint.pq.*`). */
  readonly message: Message;
  readonly houses: Partial<Record<HouseName, HouseRef>>;
};

export type PqPhraseRule = PqRule & { readonly patterns: ReadonlyArray<RegExp> };

const LS41 = 'https://future.indiankanoon.org/doc/171979208/ ; parliament-procedure.md §1.5';
const RS47 = 'https://rajyasabha.nic.in/Questions?questionsTypes=AdmissibilityOfQuestions ; parliament-procedure.md §2';
const LS_SUMMARY = 'http://loksabhaph.nic.in/Questions/ProcedureRelating.aspx ; parliament-procedure.md §1.5 (official summary)';
const DIR10A = 'http://parliamentofindia.nic.in/ls/direct/dirp3.html ; parliament-procedure.md §1.5';
const FORM = 'parliament-procedure.md §3.1 and linter table row 18';

const cite = (key: Message['key'], params: Message['params'] = {}): Message => ({ key, params });
const ls = (rule: string, source = LS41, confirmed = true): HouseRef => ({ cite: cite('cite.ls', { rule }), source, confirmed });
const rs = (rule: string, source = RS47, confirmed = true): HouseRef => ({ cite: cite('cite.rs', { rule }), source, confirmed });
const ref = (c: Message, source: string, confirmed = true): HouseRef => ({ cite: c, source, confirmed });
const text = (key: Message['key'], params: Message['params'] = {}): Message => ({ key, params });

/** Word limits: LS "shall not ordinarily exceed 150 words"; RS "shall not exceed 100 words". */
export type PqWordLimit = HouseRef & { readonly id: string; readonly words: number; readonly severity: Severity };
export const PQ_WORD_LIMITS: Readonly<Record<HouseName, PqWordLimit>> = {
  'Lok Sabha': { id: 'pq-word-limit', words: 150, severity: 'warning', ...ref(cite('cite.lsWordLimit', { rule: '41(2)(vii)', words: 150 }), LS41) },
  'Rajya Sabha': { id: 'pq-word-limit', words: 100, severity: 'error', ...ref(cite('cite.rsWordLimit', { rule: '47(vii)', words: 100 }), RS47) },
};

export const PQ_PHRASE_RULES: ReadonlyArray<PqPhraseRule> = [
  {
    id: 'pq-opinion',
    severity: 'warning',
    message: text('lint.pq.opinion'),
    houses: { 'Lok Sabha': ls('41(2)(v)'), 'Rajya Sabha': rs('47(v)') },
    patterns: [
      /\bin the (?:opinion|view) of\b/i,
      /\bis of the (?:opinion|view)\b/i,
      /\b(?:does|do) the (?:Government|Minister|Ministry) (?:think|feel|believe|agree)\b/i,
      /\bwhether the (?:Government|Minister|Ministry) (?:thinks|feels|believes|agrees)\b/i,
      /\b(?:is|was|would) it (?:be )?(?:legal|illegal|lawful|constitutional|unconstitutional)\b/i,
      /\bwhether it (?:is|was|would be) (?:legal|illegal|lawful|constitutional|unconstitutional)\b/i,
    ],
  },
  {
    id: 'pq-hypothetical',
    severity: 'warning',
    message: text('lint.pq.hypothetical'),
    houses: { 'Lok Sabha': ls('41(2)(v)'), 'Rajya Sabha': rs('47(v)') },
    patterns: [
      /\bwhat (?:would|will) happen\b/i,
      /\bwould the (?:Government|Minister|Ministry)\b/i,
      /\bif [^.;?]{0,80}\bwere to\b/i,
      /\bsuppose\b/i,
      /\bin the event (?:of|that)\b/i,
    ],
  },
  {
    id: 'pq-argument',
    severity: 'warning',
    message: text('lint.pq.argument'),
    houses: { 'Lok Sabha': ls('41(2)(iv)'), 'Rajya Sabha': rs('47(iv)') },
    patterns: [
      /\bshock(?:ing|ingly)\b/i,
      /\bcallous(?:ly|ness)?\b/i,
      /\bcriminal negligence\b/i,
      /\bfailed miserably\b/i,
      /\bso[- ]called\b/i,
      /\bcover[- ]?ups?\b/i,
      /\bscams?\b/i,
      /\blied\b/i,
      /\bshameful(?:ly)?\b/i,
      /\bdisgraceful\b/i,
      /\bincompeten(?:t|ce)\b/i,
      /\bbrazen(?:ly)?\b/i,
      /\bblatant(?:ly)?\b/i,
      /\butter failure\b/i,
      /\bmockery\b/i,
      /\bapath(?:y|etic)\b/i,
      /\bhoodwink(?:ed|ing)?\b/i,
      /\bwhy has the Government failed\b/i,
      /\bdespite repeated\b/i,
    ],
  },
  {
    id: 'pq-irony-quotes',
    severity: 'info',
    message: text('lint.pq.ironyQuotes'),
    houses: { 'Lok Sabha': ref(cite('cite.lsIronical', { rule: '41(2)(iv)' }), LS41), 'Rajya Sabha': ref(cite('cite.rsIronical', { rule: '47(iv)' }), RS47) },
    // A quoted name whose every word is capitalised or a figure ("HDI 2022-23", "RC.48(A)/2009") is
    // a title or a number, which the rule leaves alone; a short quoted phrase in words is not. Nor is
    // English quoted in a Hindi sentence (“the officials of DMS” के विरुद्ध): a Hindi notice quotes
    // the reply's own English words that way, as a citation (review 18, DMS 09); Hindi words in
    // quotation marks are still flagged.
    patterns: [/["\u201C](?!(?:[A-Z0-9][\w&()./:-]*(?:\s+|(?=["\u201D])))+["\u201D])(?![^"\u201C\u201D\p{Script=Devanagari}]{1,40}["\u201D]\s*\p{Script=Devanagari})[^"\u201C\u201D]{1,40}["\u201D]/u, /\s'[a-z][^']{0,30}'(?=[\s,.;?])/i],
  },
  {
    id: 'pq-sub-judice',
    severity: 'warning',
    message: text('lint.pq.subJudice'),
    houses: {
      'Lok Sabha': ref(cite('cite.lsSummaryClause', { rule: '41(2)', after: '(xiv)' }), LS_SUMMARY),
      'Rajya Sabha': ref(cite('cite.rsSubJudice', { rule: '47', after: '(xvii)', year: '2021' }), 'parliament-procedure.md §2 (Pegasus question, 2021) ; linter table row 12', false),
    },
    patterns: [
      /\bsub[- ]?judice\b/i,
      /\bpending (?:before|in) (?:the )?(?:Hon'ble |Hon\u2019ble )?(?:Supreme Court|High Court|court|tribunal|NGT)\b/i,
      /\bwrit petition\b/i,
      /\bspecial leave petition\b/i,
      /\bSLP\b/,
      /\bunder adjudication\b/i,
    ],
  },
  {
    id: 'pq-state-subject',
    severity: 'warning',
    message: text('lint.pq.stateSubject'),
    houses: { 'Lok Sabha': ls('41(2)(viii)'), 'Rajya Sabha': rs('47(viii)') },
    patterns: [
      /\bpolice (?:station|stations|personnel|officers?|officials?)\b/i,
      /\bstate police\b/i,
      /\blaw and order\b/i,
      /\bpublic order\b/i,
      /\b(?:district|state[- ]run|state government|state) hospitals?\b/i,
      /\bstate (?:PSUs?|public sector undertakings?)\b/i,
      /\bmunicipal (?:corporation|council|body|bodies)\b/i,
    ],
  },
  {
    id: 'pq-other-functionary',
    severity: 'info',
    message: text('lint.pq.otherFunctionary'),
    houses: { 'Lok Sabha': ref(cite('cite.lsDirection', { rule: '10A(iii)' }), DIR10A) },
    patterns: [
      /\bElection Commission\b/i,
      /\bChief Election Commissioner\b/i,
      /\bComptroller and Auditor[- ]General\b/i,
      /\bC&AG\b/,
      /\bCAG\b/,
    ],
  },
  {
    id: 'pq-committee',
    severity: 'info',
    message: text('lint.pq.committee'),
    houses: { 'Lok Sabha': ls('41(2)(ix)'), 'Rajya Sabha': rs('47(ix), (x)') },
    patterns: [/\bJPC\b/, /\bJoint Parliamentary Committee\b/i, /\bStanding Committee\b/i, /\bSelect Committee\b/i, /\bPublic Accounts Committee\b/i],
  },
  {
    id: 'pq-leading',
    severity: 'info',
    message: text('lint.pq.leading', { rule: '41(2)(i)', phrase: '"whether it is true that ..."', preferred: '"whether ...; if so, the details thereof"' }),
    houses: { 'Lok Sabha': ref(cite('cite.lsLeading', { rule: '41(2)(i)', date: { date: '1989-05-09' } }), `${LS41} ; admitted in practice: parliament-procedure.md §3.1 (sample 02)`) },
    patterns: [
      /\bwhether it is (?:true|a fact) that\b/i,
      /\bis it (?:not )?(?:true|a fact) that\b/i,
      /\bdoes the Government (?:not )?agree\b/i,
    ],
  },
  {
    id: 'pq-too-general',
    severity: 'warning',
    message: text('lint.pq.tooGeneral'),
    houses: { 'Lok Sabha': ls('41(2)(i)'), 'Rajya Sabha': ref(cite('cite.rsPointed', { rule: '47(i)' }), RS47) },
    patterns: [/\ball (?:the )?(?:details|information)\b/i, /\beverything\b/i, /\beach and every\b/i, /\bany and all\b/i],
  },
  {
    id: 'pq-premise',
    severity: 'info',
    message: text('lint.pq.premise'),
    houses: { 'Lok Sabha': ls('41(2)(iii)'), 'Rajya Sabha': rs('47(iii)') },
    patterns: [
      /\bit (?:has been|is|was) reported\b/i,
      /\baccording to (?:media|news|press|newspaper) reports?\b/i,
      /\bas per (?:media|news|press|newspaper) reports?\b/i,
      /\breportedly\b/i,
    ],
  },
  {
    id: 'pq-reference-documents',
    severity: 'info',
    message: text('lint.pq.referenceDocuments'),
    houses: {
      'Lok Sabha': ref(cite('cite.lsSummary'), LS_SUMMARY),
      'Rajya Sabha': rs('47(xvii)'),
    },
    patterns: [/\b(?:copy|text) of the (?:Act|Rules|notification|gazette)\b/i],
  },
  {
    id: 'pq-why-form',
    severity: 'info',
    message: text('lint.pq.whyForm', { form: '"the reasons therefor"', why: '"why"', example: '"...; if not, the reasons therefor"' }),
    houses: { 'Lok Sabha': ref(cite('cite.formDrafting'), FORM), 'Rajya Sabha': ref(cite('cite.formDrafting'), FORM) },
    patterns: [/\bwhy\b/i],
  },
];

/** Honorifics that introduce a personal name (Rule 41(2)(ii): no name not strictly necessary). */
export const PQ_PERSONAL_NAME: PqPhraseRule = {
  id: 'pq-personal-name',
  severity: 'warning',
  message: text('lint.pq.personalName'),
  houses: { 'Lok Sabha': ls('41(2)(ii), (vi)'), 'Rajya Sabha': rs('47(ii), (vi)') },
  patterns: [/\b(?:Shri|Sh|Smt|Shrimati|Kumari|Km|Sushri|Dr|Mr|Mrs|Ms|Prof)\.?\s+\p{Lu}[\p{L}'-]*(?:\.?\s\p{Lu}[\p{L}'-]*){0,3}/u],
};

/**
 * Honorific names that are places or institutions, not persons ("Dr. Ram Manohar Lohia Hospital",
 * "Shri Guru Ram Das Airport"): a name followed by one of these words is not flagged.
 */
export const PQ_NAME_INSTITUTION = /\b(?:Hospital|Institute|College|University|Medical|Memorial|Marg|Road|Nagar|Bhawan|Bhavan|Stadium|Airport|Station|Scheme|Yojana|Mission|Award|Park|Setu|Port|Centre|Center|Trust|Library|School|Vidyalaya|Mahavidyalaya)\b/u;

/** Accusatory words that, next to a personal name, make or imply a personal charge. */
export const PQ_PERSONAL_CHARGE: PqPhraseRule = {
  id: 'pq-personal-charge',
  severity: 'warning',
  message: text('lint.pq.personalCharge'),
  houses: { 'Lok Sabha': ls('41(2)(x), (xi)'), 'Rajya Sabha': rs('47(xi), (xii)') },
  patterns: [/\b(?:bribe[sd]?|bribery|corrupt|misconduct|fraud(?:ster)?|embezzl\w*|looted|criminal|guilty|culprits?|nexus|kickbacks?)\b/i],
};

export const PQ_STEM = {
  id: 'pq-stem-form',
  severity: 'warning',
  message: text('lint.pq.stem', { form: '"Will the Minister of <MINISTRY> be pleased to state:"', pm: '"Will the PRIME MINISTER be pleased to state:"' }),
  houses: { 'Lok Sabha': ref(cite('cite.formStem'), FORM), 'Rajya Sabha': ref(cite('cite.formStem'), FORM) },
  pattern: /^\s*Will the (?:Minister (?:of|for) ([^\n]{1,200}?)|PRIME MINISTER) be pleased to state\s*:?\s*$/i,
} as const satisfies PqRule & { pattern: RegExp };

export const PQ_MINISTRY_REQUIRED = {
  id: 'pq-ministry-missing',
  severity: 'error',
  message: text('lint.pq.ministryMissing'),
  houses: {
    'Lok Sabha': ls('34(1)(b)', 'http://parliamentofindia.nic.in/ls/rules/rulep7.html ; parliament-procedure.md §1.2'),
    'Rajya Sabha': ref(cite('cite.formMinister'), FORM),
  },
} as const satisfies PqRule;

export const PQ_STEM_MINISTRY_MISMATCH = {
  id: 'pq-stem-ministry-mismatch',
  severity: 'warning',
  message: text('lint.pq.stemMinistryMismatch'),
  houses: PQ_MINISTRY_REQUIRED.houses,
} as const satisfies PqRule;

/**
 * A part put to a Minister who does not answer for it (`minister-concerned.ts`). The rule is Lok
 * Sabha Rule 41(1), read verbatim; which Minister answers for the police rests on a secondary
 * source, so the finding is UNCONFIRMED in both Houses.
 */
export const PQ_MINISTER_CONCERNED = {
  id: 'pq-minister-concerned',
  severity: 'warning',
  message: text('lint.pq.concernPolice'),
  houses: {
    'Lok Sabha': ref(cite('cite.lsSpecialCognizance'), `${LS41}; minister-concerned.ts, system-owners.ts`, false),
    'Rajya Sabha': ref(cite('cite.rsSpecialCognizance'), `${LS41}; minister-concerned.ts, system-owners.ts (Rajya Sabha rule not read)`, false),
  },
} as const satisfies PqRule;

export const PQ_NO_PARTS = {
  id: 'pq-no-parts',
  severity: 'error',
  message: text('lint.pq.noParts'),
  houses: {
    'Lok Sabha': ls('34(1)(a)', 'http://parliamentofindia.nic.in/ls/rules/rulep7.html ; parliament-procedure.md §1.2'),
    'Rajya Sabha': ref(cite('cite.formText'), FORM),
  },
} as const satisfies PqRule;

export const PQ_EMPTY_PART = {
  id: 'pq-empty-part',
  severity: 'warning',
  message: text('lint.pq.emptyPart'),
  houses: { 'Lok Sabha': ref(cite('cite.formParts'), FORM), 'Rajya Sabha': ref(cite('cite.formParts'), FORM) },
} as const satisfies PqRule;

export const PQ_PART_LABELS = {
  id: 'pq-part-labels',
  severity: 'warning',
  message: text('lint.pq.partLabels', { labels: '(a), (b), (c)...' }),
  houses: { 'Lok Sabha': ref(cite('cite.formParts'), FORM), 'Rajya Sabha': ref(cite('cite.formParts'), FORM) },
} as const satisfies PqRule;

export const PQ_PART_PUNCTUATION = {
  id: 'pq-part-punctuation',
  severity: 'warning',
  message: text('lint.pq.partPunctuation'),
  houses: { 'Lok Sabha': ref(cite('cite.formParts'), FORM), 'Rajya Sabha': ref(cite('cite.formParts'), FORM) },
} as const satisfies PqRule;

export const PQ_PENULTIMATE_AND = {
  id: 'pq-penultimate-and',
  severity: 'info',
  message: text('lint.pq.penultimateAnd', { ending: '"; and"' }),
  houses: { 'Lok Sabha': ref(cite('cite.formParts'), FORM), 'Rajya Sabha': ref(cite('cite.formParts'), FORM) },
} as const satisfies PqRule;

/** RS Rule 47(i): "confined to one issue only". A long list of parts is a hint (heuristic threshold). */
export const PQ_ONE_ISSUE = {
  id: 'pq-one-issue',
  severity: 'info',
  message: text('lint.pq.oneIssue'),
  maxParts: 6,
  houses: { 'Rajya Sabha': ref(cite('cite.rsHeuristicParts', { rule: '47(i)', count: 6 }), RS47) },
} as const satisfies PqRule & { maxParts: number };

/**
 * A part that repeats in substance a question already answered, or one to which an answer was
 * refused (linter table row 10). The comparison is by word similarity over the questions the user
 * has stored (`shared/lint/similarity.ts`), so it flags for review and names the earlier question.
 */
export const PQ_REPEAT = {
  id: 'pq-repeat',
  severity: 'warning',
  message: text('lint.pq.repeat'),
  houses: {
    'Lok Sabha': ls('41(2)(xiii)'),
    'Rajya Sabha': rs('47(xiv)'),
  },
} as const satisfies PqRule;

/**
 * Rajya Sabha Rule 47(xvi): "it shall not ordinarily seek information on matters of past history"
 * (linter table row 11: flag date ranges far in the past). How far is "past history" is not in the
 * rule: this app flags years more than `years` before the notice, for review.
 */
export const PQ_PAST_HISTORY = {
  id: 'pq-past-history',
  severity: 'info',
  message: text('lint.pq.pastHistory'),
  years: 10,
  houses: {
    'Rajya Sabha': ref(cite('cite.rsHeuristicYears', { rule: '47(xvi)', count: 10 }), RS47),
  },
  patterns: [/\bsince (?:independence|inception)\b/i],
} as const satisfies PqRule & { years: number; patterns: ReadonlyArray<RegExp> };
