import { formatDate, isIsoDate } from '../../lib/dates/index.ts';
import type { Question } from '../../domain/question.ts';
import { systemNameHi } from '../../../templates/phrases/system-names-hi.ts';
import { INCIDENT_KIND_HI, INCIDENT_WORDS_HI, MONTHS_HI, RELATED_TO_HI } from '../../../templates/phrases/incident-hi.ts';

/**
 * The values that fill follow-up templates ({reply}, {period}, {matter}, {system}), derived from
 * the question and the reply. The English values are plain prose in the RTI Online character set
 * (A.3); the Hindi values (`hindiContext`) are written in Hindi where the app writes them (the
 * reference to the question, the period, the kind of system) and keep the user's own words where
 * they come from the question (the matter; the system's name, unless the list of Hindi system names
 * has it, `templates/phrases/system-names-hi.ts`).
 */
export type FollowUpContext = {
  readonly reply: string;
  readonly period: string;
  readonly matter: string;
  readonly system: string;
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

const HOUSE_HI = { 'Lok Sabha': 'लोक सभा', 'Rajya Sabha': 'राज्य सभा' } as const satisfies { readonly [H in NonNullable<Question['house']>]: string };
const KIND_HI = { starred: 'तारांकित ', unstarred: 'अतारांकित ', 'short-notice': 'अल्प सूचना ' } as const satisfies { readonly [K in NonNullable<Question['kind']>]: string };

export function replyReference(q: Question): string {
  const kind = q.kind === 'starred' ? 'Starred ' : q.kind === 'unstarred' ? 'Unstarred ' : q.kind === 'short-notice' ? 'Short Notice ' : '';
  const house = q.house ? `${q.house} ` : 'the parliamentary ';
  const number = q.number && /^[\w*-]{1,12}$/.test(q.number) ? ` No. ${q.number.replace(/\*/g, '')}` : '';
  const date = q.date && isIsoDate(q.date) ? formatDate(q.date) : null;
  return `the reply to ${house}${kind}Question${number}${date ? ` answered on ${date}` : ''}`;
}

/**
 * The Hindi {reply}: the question the reply answered, as Hindi documents name it
 * (`questionReference` in draft-context.ts): "21.07.2023 को उत्तरित राज्य सभा प्रश्न". Hindi templates
 * govern it themselves ("{reply} के उत्तर में"), since Hindi puts the postposition after the noun.
 */
export function replyReferenceHi(q: Question): string {
  const house = q.house ? `${HOUSE_HI[q.house]} ` : 'संसदीय ';
  const kind = q.kind ? KIND_HI[q.kind] : '';
  const number = q.number && /^[\w*-]{1,12}$/.test(q.number) ? ` संख्या ${q.number.replace(/\*/g, '')}` : '';
  const date = q.date && isIsoDate(q.date) ? `${formatDate(q.date)} को उत्तरित ` : '';
  return `${date}${house}${kind}प्रश्न${number}`;
}

const MONTH_YEAR = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b/g;

/**
 * A narrow window (A.6): from the first of the earliest month named in the question or reply
 * (within three years before the answer), else from a year before the answer, to the date of the
 * application.
 */
export function followUpPeriod(q: Question, replyText: string): string {
  const earliest = earliestEventMonth(q.date, [q.subject ?? '', ...q.parts.map((p) => p.text), replyText]);
  if (earliest === null) return 'from the date of the incident to the date of this application';
  return `from 1 ${MONTHS[earliest % 12]} ${Math.floor(earliest / 12)} to the date of this application`;
}

/** The same window in Hindi, dated as documents date it: "01.06.2023 से इस आवेदन की तिथि तक". */
export function followUpPeriodHi(q: Question, replyText: string): string {
  const earliest = earliestEventMonth(q.date, [q.subject ?? '', ...q.parts.map((p) => p.text), replyText]);
  if (earliest === null) return 'घटना की तिथि से इस आवेदन की तिथि तक';
  return `01.${String((earliest % 12) + 1).padStart(2, '0')}.${Math.floor(earliest / 12)} से इस आवेदन की तिथि तक`;
}

const LAST_YEARS = /\b(?:during|in|for|over|of) the (?:last|past|previous|preceding) (\w+) (?:financial |calendar )?years\b/gi;
const SINCE_YEAR = /\bsince (?:the year )?((?:19|20)\d\d)\b/gi;
const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'] as const;
function yearsIn(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,2}$/.test(w)) return Number(w);
  const i = NUMBER_WORDS.findIndex((n) => n === w);
  return i > 0 ? i : null;
}

/**
 * The event's month (year * 12 + month index): the earliest "June 2023" the texts name within
 * three years before the answer, else a year before the answer; null without either.
 */
export function earliestEventMonth(answerDate: string | null, texts: ReadonlyArray<string>): number | null {
  const answered = answerDate ? /^(\d{4})-(\d{2})/.exec(answerDate) : null;
  const answeredKey = answered ? Number(answered[1]) * 12 + Number(answered[2]) - 1 : null;
  let earliest: number | null = null;
  for (const text of texts) {
    for (const m of text.matchAll(MONTH_YEAR)) {
      const key = Number(m[2]) * 12 + MONTHS.indexOf(m[1] as (typeof MONTHS)[number]);
      if (answeredKey !== null && (key > answeredKey || key < answeredKey - 36)) continue;
      if (earliest === null || key < earliest) earliest = key;
    }
    // A period the question asks for ("during the last three years", "since 2019"), counted back from
    // the answer: the application's window covers it (review 11: "from 01.02.2024" against a part
    // that asked for the last three years). At most ten years, as RS Rule 47(xvi) is read here.
    if (answeredKey === null) continue;
    for (const m of text.matchAll(LAST_YEARS)) {
      const n = yearsIn(m[1] ?? '');
      if (n === null || n > 10) continue;
      const key = answeredKey - 12 * n;
      if (earliest === null || key < earliest) earliest = key;
    }
    for (const m of text.matchAll(SINCE_YEAR)) {
      const key = Number(m[1]) * 12;
      if (key > answeredKey || key < answeredKey - 120) continue;
      if (earliest === null || key < earliest) earliest = key;
    }
  }
  if (earliest === null && answeredKey !== null) earliest = answeredKey - 12;
  return earliest;
}

const SUBJECT_SCAFFOLD = /^(?:(?:the\s+)?(?:status|details|progress|present status|action taken|steps taken|position)\s+(?:of|on|regarding)\s+)?(?:(?:the\s+)?(?:investigation|inquiry|enquiry|probe|action)\s+(?:into|in|on|regarding)\s+)?/i;

/** "Status of investigation into CoWIN data breach" -> "the CoWIN data breach". */
export function matterOf(q: Question): string {
  const subject = (q.subject ?? '').replace(/\s+/g, ' ').trim();
  if (subject.length === 0) return 'the matter raised in the question';
  let core = subject.replace(SUBJECT_SCAFFOLD, '').trim();
  if (core.length === 0) core = subject;
  if (core === core.toUpperCase()) core = core.toLowerCase();
  return /^the\b/i.test(core) ? core : `the ${core}`;
}

/** "the CoWIN data breach" -> "CoWIN data breach": the user's words, without the English article a Hindi sentence has no place for. */
export function matterOfHi(q: Question): string {
  const own = (q.subjectHi ?? '').replace(/\s+/g, ' ').trim();
  if (own.length > 0) return hindiMatter(own);
  if ((q.subject ?? '').trim().length === 0) return 'प्रश्न में उठाया गया विषय';
  return withoutArticle(matterOf(q));
}

/**
 * The matter of a Hindi RTI document: the user's Hindi subject, else the question named in Hindi,
 * not the English words ("Hindi means Hindi"; review 10: 77 of 77 Hindi applications carried the
 * English title). "विषय-वस्तु" is feminine, so "की" stands unchanged before any postposition a
 * template puts after it ("... की विषय-वस्तु के मामले में"). A notice keeps `matterOfHi`: its
 * parts already name the question, and `hindiByReference` (gaps.ts) asks by the part instead.
 */
export function matterByReferenceHi(q: Question): string {
  const own = (q.subjectHi ?? '').replace(/\s+/g, ' ').trim();
  if (own.length > 0) return hindiMatter(own);
  return `${replyReferenceHi(q)} की विषय-वस्तु`;
}

/**
 * What a part asked, named in Hindi by reference to the part: "07.02.2025 को उत्तरित लोक सभा
 * प्रश्न संख्या 847 के भाग (ख) में माँगी गई सूचना" ("सूचना" is feminine: it takes any postposition).
 */
export function partAskedHi(q: Question, letterHi: string): string {
  return `${replyReferenceHi(q)} के भाग (${letterHi}) में माँगी गई सूचना`;
}

/** A noun phrase from the user's English text, as a Hindi sentence names it (no leading "the"). */
export function withoutArticle(phrase: string): string {
  return phrase.replace(/^the\s+/i, '');
}

const SYSTEM_KINDS = ['portal', 'platform', 'database', 'application', 'app', 'website', 'server', 'servers'] as const;
type SystemKind = (typeof SYSTEM_KINDS)[number];
const SYSTEM = /\b(\p{Lu}[\p{L}\p{N}-]*(?:\s\p{Lu}[\p{L}\p{N}-]*)?)\s+(portal|platform|database|application|app|website|server|servers)\b/u;
/** The kind of system in Hindi; the system's name stays as the question or reply wrote it. */
const SYSTEM_KIND_HI = {
  portal: 'पोर्टल', platform: 'प्लेटफ़ॉर्म', database: 'डेटाबेस', application: 'एप्लिकेशन', app: 'ऐप', website: 'वेबसाइट', server: 'सर्वर', servers: 'सर्वरों',
} as const satisfies { readonly [K in SystemKind]: string };

function isSystemKind(s: string): s is SystemKind {
  return (SYSTEM_KINDS as ReadonlyArray<string>).includes(s);
}

/** The system the question is about: its name and its kind ("CoWIN", "portal"), if one is named. */
function systemNamed(q: Question, replyText: string): { name: string; kind: SystemKind } | null {
  for (const text of [...q.parts.map((p) => p.text), q.subject ?? '', replyText]) {
    const m = SYSTEM.exec(text);
    if (m?.[1] && m[2] && isSystemKind(m[2]) && !/^(?:The|This|That|Such|A|An)$/.test(m[1])) return { name: m[1], kind: m[2] };
  }
  return null;
}

/** Whether the question or reply names a system ("the CoWIN portal"), which the system's claims need. */
export function systemIsNamed(q: Question, replyText: string): boolean {
  return systemNamed(q, replyText) !== null;
}

/** The system the question is about ("the CoWIN portal"), if one is named. */
export function systemOf(q: Question, replyText: string): string {
  const s = systemNamed(q, replyText);
  return s ? `the ${s.name} ${s.kind}` : 'the system concerned';
}

/** The same in Hindi: "कोविन पोर्टल" (the name in Devanagari where the list has it, else as written). */
export function systemOfHi(q: Question, replyText: string): string {
  const s = systemNamed(q, replyText);
  return s ? `${systemNameHi(s.name) ?? s.name} ${SYSTEM_KIND_HI[s.kind]}` : 'संबंधित प्रणाली';
}

/** "the cyber incident regarding CoWIN data in June 2023": an incident and what it concerned, to the end of its clause. */
const INCIDENT_NAMED = /\bthe\s+((?:cyber(?:\s*security)?\s+)?incident\s+(?:regarding|relating to|related to|involving|concerning|pertaining to|in respect of)\s+[^.,;:()\n]{3,80}?)(?=\s*[,.;:]|\s+(?:and|which|that|was|has|had|is)\b)/i;

/**
 * The incident as the reply itself names it, when it does. A follow-up that names the matter in
 * the government's own words asks about a fact the Ministry has stated, not a premise it disputes
 * (the Health Ministry called the "breach" reports baseless): a statement in a question is the
 * member's to answer for (RS Rule 47(iii), LS Rule 41(2)(iii)), and it may carry no inference
 * (RS Rule 47(iv), LS Rule 41(2)(iv)). It also names the file the records sit in. Null when the
 * reply names no incident.
 */
export function matterNamedInReply(replyText: string): string | null {
  const m = INCIDENT_NAMED.exec(replyText);
  return m?.[1] ? `the ${m[1].replace(/\s+/g, ' ').trim()}` : null;
}

const INCIDENT_PARTS = /^(cyber(?:\s*security)?\s+)?incident\s+(?:regarding|relating to|related to|involving|concerning|pertaining to|in respect of)\s+(.+?)(?:\s+in\s+(January|February|March|April|May|June|July|August|September|October|November|December),?\s+(\d{4}))?$/i;

/**
 * The same incident in Hindi (`incident-hi.ts`): "जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना".
 * Null when the reply names none, or names it with a word the phrase data does not render.
 */
export function matterNamedInReplyHi(replyText: string): string | null {
  const named = INCIDENT_NAMED.exec(replyText)?.[1]?.replace(/\s+/g, ' ').trim();
  const m = named ? INCIDENT_PARTS.exec(named) : null;
  if (!m?.[2]) return null;
  const words = m[2].replace(/^the\s+/i, '').split(' ').map((w) => systemNameHi(w) ?? INCIDENT_WORDS_HI[w.toLowerCase()] ?? null);
  if (words.some((w) => w === null)) return null;
  const month = m[3] ? MONTHS.findIndex((x) => x.toLowerCase() === (m[3] ?? '').toLowerCase()) : -1;
  const when = month >= 0 && m[4] ? `${MONTHS_HI[month] ?? ''}, ${m[4]} में ` : '';
  return `${when}${words.join(' ')} ${RELATED_TO_HI} ${m[1] ? INCIDENT_KIND_HI.cyber : INCIDENT_KIND_HI.plain}`;
}

/**
 * `caseTexts`: the case's other replies, so that every follow-up of the case names the matter
 * alike, as whichever reply names it (the Lok Sabha reply does not; the Rajya Sabha one does).
 */
export function buildContext(q: Question, replyText: string, caseTexts: ReadonlyArray<string> = []): FollowUpContext {
  const named = [replyText, ...caseTexts].map(matterNamedInReply).find((m) => m !== null);
  return {
    reply: replyReference(q),
    period: followUpPeriod(q, replyText),
    matter: named ?? matterOf(q),
    system: systemOf(q, replyText),
  };
}

/** The values of the Hindi templates: the same placeholders as `buildContext`, written for a Hindi sentence. */
export function hindiContext(q: Question, replyText: string, caseTexts: ReadonlyArray<string> = []): FollowUpContext {
  const named = [replyText, ...caseTexts].map(matterNamedInReplyHi).find((m) => m !== null);
  return {
    reply: replyReferenceHi(q),
    period: followUpPeriodHi(q, replyText),
    matter: named ?? matterOfHi(q),
    system: systemOfHi(q, replyText),
  };
}

// "X की जाँच की स्थिति" / "X में जाँच की प्रगति" / "X की स्थिति": what the question is about is X, as
// the English "Status of investigation into X" is X (SUBJECT_SCAFFOLD above).
const HINDI_SUBJECT_SCAFFOLD = /\s+(?:(?:की|के|में|पर)\s+)?(?:(?:जाँच|जांच|अन्वेषण|कार्रवाई)\s+)?(?:की\s+)?(?:स्थिति|प्रगति|वर्तमान स्थिति|ब्यौरा|ब्योरा)$/u;

/** The matter a Hindi subject names: "कोविन डेटा उल्लंघन की जाँच की स्थिति" -> "कोविन डेटा उल्लंघन". */
export function hindiMatter(subjectHi: string): string {
  const core = subjectHi.replace(HINDI_SUBJECT_SCAFFOLD, '').trim();
  return core.length > 0 ? core : subjectHi;
}
