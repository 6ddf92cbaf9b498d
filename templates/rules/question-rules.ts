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
  readonly implements: string;
  readonly source: string;
  readonly confirmed: boolean;
};

export type PqRule = {
  readonly id: string;
  readonly severity: Severity;
  readonly message: string;
  readonly houses: Partial<Record<HouseName, HouseRef>>;
};

export type PqPhraseRule = PqRule & { readonly patterns: ReadonlyArray<RegExp> };

const LS41 = 'https://future.indiankanoon.org/doc/171979208/ ; parliament-procedure.md §1.5';
const RS47 = 'https://rajyasabha.nic.in/Questions?questionsTypes=AdmissibilityOfQuestions ; parliament-procedure.md §2';
const LS_SUMMARY = 'http://loksabhaph.nic.in/Questions/ProcedureRelating.aspx ; parliament-procedure.md §1.5 (official summary)';
const DIR10A = 'http://parliamentofindia.nic.in/ls/direct/dirp3.html ; parliament-procedure.md §1.5';
const FORM = 'parliament-procedure.md §3.1 and linter table row 18';

const ls = (rule: string, source = LS41, confirmed = true): HouseRef => ({ implements: rule, source, confirmed });
const rs = (rule: string, source = RS47, confirmed = true): HouseRef => ({ implements: rule, source, confirmed });

/** Word limits: LS "shall not ordinarily exceed 150 words"; RS "shall not exceed 100 words". */
export type PqWordLimit = HouseRef & { readonly id: string; readonly words: number; readonly severity: Severity };
export const PQ_WORD_LIMITS: Readonly<Record<HouseName, PqWordLimit>> = {
  'Lok Sabha': { id: 'pq-word-limit', words: 150, severity: 'warning', ...ls('Lok Sabha Rule 41(2)(vii) ("shall not ordinarily exceed 150 words")') },
  'Rajya Sabha': { id: 'pq-word-limit', words: 100, severity: 'error', ...rs('Rajya Sabha Rule 47(vii) ("it shall not exceed 100 words")') },
};

export const PQ_PHRASE_RULES: ReadonlyArray<PqPhraseRule> = [
  {
    id: 'pq-opinion',
    severity: 'warning',
    message: 'A question may not ask for an expression of opinion or the solution of an abstract legal question. Ask for facts: decisions taken, dates, figures, documents.',
    houses: { 'Lok Sabha': ls('Lok Sabha Rule 41(2)(v)'), 'Rajya Sabha': rs('Rajya Sabha Rule 47(v)') },
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
    message: 'A question may not ask about a hypothetical proposition. Ask what has been done or decided.',
    houses: { 'Lok Sabha': ls('Lok Sabha Rule 41(2)(v)'), 'Rajya Sabha': rs('Rajya Sabha Rule 47(v)') },
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
    message: 'A question may not contain arguments, inferences, ironical expressions, imputations, epithets or defamatory statements. Drop the loaded word and state the fact.',
    houses: { 'Lok Sabha': ls('Lok Sabha Rule 41(2)(iv)'), 'Rajya Sabha': rs('Rajya Sabha Rule 47(iv)') },
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
    message: 'Quotation marks around an official\'s words can read as irony, which the rules bar. Quote only titles of documents or schemes.',
    houses: { 'Lok Sabha': ls('Lok Sabha Rule 41(2)(iv) (ironical expressions)'), 'Rajya Sabha': rs('Rajya Sabha Rule 47(iv) (ironical expressions)') },
    patterns: [/["\u201C][^"\u201C\u201D]{1,40}["\u201D]/, /\s'[a-z][^']{0,30}'(?=[\s,.;?])/i],
  },
  {
    id: 'pq-sub-judice',
    severity: 'warning',
    message: 'A matter pending before a court or tribunal is not permitted to be asked about. Confine the question to what is not before the court, or wait for the judgment.',
    houses: {
      'Lok Sabha': ls('Lok Sabha admissibility, per official summary (clause of Rule 41(2) after (xiv) not read verbatim)', LS_SUMMARY),
      'Rajya Sabha': rs('Rajya Sabha practice (Rule 47 clauses after (xvii) not read; sub judice used to seek disallowance in 2021)', 'parliament-procedure.md §2 (Pegasus question, 2021) ; linter table row 12', false),
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
    message: 'This may be a State subject, "not primarily the concern of the Government of India". Frame the question around the Union\'s role: central funds, guidelines, central agencies, advisories to States.',
    houses: { 'Lok Sabha': ls('Lok Sabha Rule 41(2)(viii)'), 'Rajya Sabha': rs('Rajya Sabha Rule 47(viii)') },
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
    message: 'A question is inadmissible if it relates to a matter primarily within the jurisdiction of the Chief Election Commissioner, the C&AG, the courts or other such functionaries. Ask about the Government\'s own role.',
    houses: { 'Lok Sabha': ls('Lok Sabha Direction 10A(iii)', DIR10A) },
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
    message: 'A question may not ask about proceedings of a Parliamentary Committee not yet reported to the House (nor, in the Rajya Sabha, ordinarily about matters under its consideration).',
    houses: { 'Lok Sabha': ls('Lok Sabha Rule 41(2)(ix)'), 'Rajya Sabha': rs('Rajya Sabha Rule 47(ix), (x)') },
    patterns: [/\bJPC\b/, /\bJoint Parliamentary Committee\b/i, /\bStanding Committee\b/i, /\bSelect Committee\b/i, /\bPublic Accounts Committee\b/i],
  },
  {
    id: 'pq-leading',
    severity: 'info',
    message: 'Rule 41(2)(i) bars leading questions, but "whether it is true that ..." is admitted in practice. Prefer "whether ...; if so, the details thereof".',
    houses: { 'Lok Sabha': ls('Lok Sabha Rule 41(2)(i) (inserted 9.5.1989); admitted in practice per parliament-procedure.md §3.1 (sample 02)') },
    patterns: [
      /\bwhether it is (?:true|a fact) that\b/i,
      /\bis it (?:not )?(?:true|a fact) that\b/i,
      /\bdoes the Government (?:not )?agree\b/i,
    ],
  },
  {
    id: 'pq-too-general',
    severity: 'warning',
    message: 'A question must be clearly and precisely expressed, not "too general incapable of any specific answer". Name the specific record, figure or period.',
    houses: { 'Lok Sabha': ls('Lok Sabha Rule 41(2)(i)'), 'Rajya Sabha': rs('Rajya Sabha Rule 47(i) ("pointed, specific")') },
    patterns: [/\ball (?:the )?(?:details|information)\b/i, /\beverything\b/i, /\beach and every\b/i, /\bany and all\b/i],
  },
  {
    id: 'pq-premise',
    severity: 'info',
    message: 'The member is responsible for the accuracy of any statement in a question. Keep the source of this report with the notice.',
    houses: { 'Lok Sabha': ls('Lok Sabha Rule 41(2)(iii)'), 'Rajya Sabha': rs('Rajya Sabha Rule 47(iii)') },
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
    message: 'Questions asking for what is in accessible documents or ordinary works of reference are not admitted. Cite the document instead of asking for its text.',
    houses: {
      'Lok Sabha': ls('Lok Sabha admissibility, per official summary', LS_SUMMARY),
      'Rajya Sabha': rs('Rajya Sabha Rule 47(xvii)'),
    },
    patterns: [/\b(?:copy|text) of the (?:Act|Rules|notification|gazette)\b/i],
  },
  {
    id: 'pq-why-form',
    severity: 'info',
    message: 'Notices ask for "the reasons therefor" rather than "why". Rephrase: "...; if not, the reasons therefor".',
    houses: { 'Lok Sabha': ls('Drafting form', FORM), 'Rajya Sabha': rs('Drafting form', FORM) },
    patterns: [/\bwhy\b/i],
  },
];

/** Honorifics that introduce a personal name (Rule 41(2)(ii): no name not strictly necessary). */
export const PQ_PERSONAL_NAME: PqPhraseRule = {
  id: 'pq-personal-name',
  severity: 'warning',
  message: 'A question may not bring in a name not strictly necessary to make it intelligible, nor ask about a person\'s character or conduct except in an official capacity. Use the official designation instead.',
  houses: { 'Lok Sabha': ls('Lok Sabha Rule 41(2)(ii), (vi)'), 'Rajya Sabha': rs('Rajya Sabha Rule 47(ii), (vi)') },
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
  message: 'A question may not make or imply a charge of a personal character, or reflect on the conduct of a person whose conduct can only be challenged on a substantive motion.',
  houses: { 'Lok Sabha': ls('Lok Sabha Rule 41(2)(x), (xi)'), 'Rajya Sabha': rs('Rajya Sabha Rule 47(xi), (xii)') },
  patterns: [/\b(?:bribe[sd]?|bribery|corrupt|misconduct|fraud(?:ster)?|embezzl\w*|looted|criminal|guilty|culprits?|nexus|kickbacks?)\b/i],
};

export const PQ_STEM = {
  id: 'pq-stem-form',
  severity: 'warning',
  message: 'The stem reads "Will the Minister of <MINISTRY> be pleased to state:" (or "Will the PRIME MINISTER be pleased to state:").',
  houses: { 'Lok Sabha': ls('Notice form (stem)', FORM), 'Rajya Sabha': rs('Notice form (stem)', FORM) },
  pattern: /^\s*Will the (?:Minister (?:of|for) ([^\n]{1,200}?)|PRIME MINISTER) be pleased to state\s*:?\s*$/i,
} as const satisfies PqRule & { pattern: RegExp };

export const PQ_MINISTRY_REQUIRED = {
  id: 'pq-ministry-missing',
  severity: 'error',
  message: 'A notice must specify the official designation of the Minister to whom the question is addressed.',
  houses: {
    'Lok Sabha': ls('Lok Sabha Rule 34(1)(b)', 'http://parliamentofindia.nic.in/ls/rules/rulep7.html ; parliament-procedure.md §1.2'),
    'Rajya Sabha': rs('Notice form (stem names the Minister)', FORM),
  },
} as const satisfies PqRule;

export const PQ_STEM_MINISTRY_MISMATCH = {
  id: 'pq-stem-ministry-mismatch',
  severity: 'warning',
  message: 'The stem names a different Minister from the one the notice is addressed to.',
  houses: PQ_MINISTRY_REQUIRED.houses,
} as const satisfies PqRule;

export const PQ_NO_PARTS = {
  id: 'pq-no-parts',
  severity: 'error',
  message: 'The question has no parts: a notice must give the text of the question.',
  houses: {
    'Lok Sabha': ls('Lok Sabha Rule 34(1)(a)', 'http://parliamentofindia.nic.in/ls/rules/rulep7.html ; parliament-procedure.md §1.2'),
    'Rajya Sabha': rs('Notice form (text of the question)', FORM),
  },
} as const satisfies PqRule;

export const PQ_EMPTY_PART = {
  id: 'pq-empty-part',
  severity: 'warning',
  message: 'This part is empty.',
  houses: { 'Lok Sabha': ls('Notice form (parts)', FORM), 'Rajya Sabha': rs('Notice form (parts)', FORM) },
} as const satisfies PqRule;

export const PQ_PART_LABELS = {
  id: 'pq-part-labels',
  severity: 'warning',
  message: 'Parts are lettered (a), (b), (c)... in order.',
  houses: { 'Lok Sabha': ls('Notice form (parts)', FORM), 'Rajya Sabha': rs('Notice form (parts)', FORM) },
} as const satisfies PqRule;

export const PQ_PART_PUNCTUATION = {
  id: 'pq-part-punctuation',
  severity: 'warning',
  message: 'Parts are separated by semicolons and only the last part ends with "?".',
  houses: { 'Lok Sabha': ls('Notice form (parts)', FORM), 'Rajya Sabha': rs('Notice form (parts)', FORM) },
} as const satisfies PqRule;

export const PQ_PENULTIMATE_AND = {
  id: 'pq-penultimate-and',
  severity: 'info',
  message: 'The last-but-one part ends "; and".',
  houses: { 'Lok Sabha': ls('Notice form (parts)', FORM), 'Rajya Sabha': rs('Notice form (parts)', FORM) },
} as const satisfies PqRule;

/** RS Rule 47(i): "confined to one issue only". A long list of parts is a hint (heuristic threshold). */
export const PQ_ONE_ISSUE = {
  id: 'pq-one-issue',
  severity: 'info',
  message: 'A Rajya Sabha question must be "pointed, specific and confined to one issue only"; a long list of parts suggests several issues.',
  maxParts: 6,
  houses: { 'Rajya Sabha': rs('Rajya Sabha Rule 47(i) (threshold of 6 parts is this app\'s heuristic, not the rule\'s)') },
} as const satisfies PqRule & { maxParts: number };

/**
 * A part that repeats in substance a question already answered, or one to which an answer was
 * refused (linter table row 10). The comparison is by word similarity over the questions the user
 * has stored (`shared/lint/similarity.ts`), so it flags for review and names the earlier question.
 */
export const PQ_REPEAT = {
  id: 'pq-repeat',
  severity: 'warning',
  message: 'A question may not repeat in substance a question already answered or to which an answer has been refused. Ask what the earlier reply left out (a name, a number, a date, a record), not the earlier question again.',
  houses: {
    'Lok Sabha': ls('Lok Sabha Rule 41(2)(xiii)'),
    'Rajya Sabha': rs('Rajya Sabha Rule 47(xiv)'),
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
  message: 'A question shall not ordinarily seek information on matters of past history. Confine it to the recent period the earlier reply covered.',
  years: 10,
  houses: {
    'Rajya Sabha': rs('Rajya Sabha Rule 47(xvi) (the ten-year threshold is this app\'s heuristic, not the rule\'s)'),
  },
  patterns: [/\bsince (?:independence|inception)\b/i],
} as const satisfies PqRule & { years: number; patterns: ReadonlyArray<RegExp> };
