import { formatDate, isIsoDate } from '../../lib/dates/index.ts';
import type { Question } from '../../domain/question.ts';

/**
 * The values that fill follow-up templates ({reply}, {period}, {matter}, {system}), derived from
 * the question and the reply. Every value is plain prose in the RTI Online character set (A.3).
 */
export type FollowUpContext = {
  readonly reply: string;
  readonly period: string;
  readonly matter: string;
  readonly system: string;
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

export function replyReference(q: Question): string {
  const kind = q.kind === 'starred' ? 'Starred ' : q.kind === 'unstarred' ? 'Unstarred ' : q.kind === 'short-notice' ? 'Short Notice ' : '';
  const house = q.house ? `${q.house} ` : 'the parliamentary ';
  const number = q.number && /^[\w*-]{1,12}$/.test(q.number) ? ` No. ${q.number.replace(/\*/g, '')}` : '';
  const date = q.date && isIsoDate(q.date) ? formatDate(q.date) : null;
  return `the reply to ${house}${kind}Question${number}${date ? ` answered on ${date}` : ''}`;
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

const SYSTEM = /\b(\p{Lu}[\p{L}\p{N}-]*(?:\s\p{Lu}[\p{L}\p{N}-]*)?)\s+(portal|platform|database|application|app|website|server|servers)\b/u;

/** The system the question is about ("the CoWIN portal"), if one is named. */
export function systemOf(q: Question, replyText: string): string {
  for (const text of [...q.parts.map((p) => p.text), q.subject ?? '', replyText]) {
    const m = SYSTEM.exec(text);
    if (m?.[1] && m[2] && !/^(?:The|This|That|Such|A|An)$/.test(m[1])) return `the ${m[1]} ${m[2]}`;
  }
  return 'the system concerned';
}

export function buildContext(q: Question, replyText: string): FollowUpContext {
  return {
    reply: replyReference(q),
    period: followUpPeriod(q, replyText),
    matter: matterOf(q),
    system: systemOf(q, replyText),
  };
}
