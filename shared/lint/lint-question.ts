import {
  PQ_EMPTY_PART,
  PQ_MINISTER_CONCERNED,
  PQ_MINISTRY_REQUIRED,
  PQ_NAME_INSTITUTION,
  PQ_NO_PARTS,
  PQ_ONE_ISSUE,
  PQ_PART_LABELS,
  PQ_PAST_HISTORY,
  PQ_REPEAT,
  PQ_PART_PUNCTUATION,
  PQ_PENULTIMATE_AND,
  PQ_PERSONAL_CHARGE,
  PQ_PERSONAL_NAME,
  PQ_PHRASE_RULES,
  PQ_STEM,
  PQ_STEM_MINISTRY_MISMATCH,
  PQ_WORD_LIMITS,
  type HouseName,
  type PqRule,
} from '../../templates/rules/question-rules.ts';
import { FindingSink, lintSafely, type Finding } from './finding.ts';
import { questionLayout } from './layout.ts';
import { countWords, findAll, quote } from './text.ts';
import { sameMinistry } from '../lib/ministry-name.ts';
import { REPEAT_THRESHOLD, similarity } from './similarity.ts';
import { FOLLOW_UP_MARK, FOLLOW_UP_TAIL } from '../../templates/rules/follow-ups.ts';
import { msg, type Message } from '../messages/message.ts';
import { formatDate } from '../lib/dates/index.ts';
import { concernOf } from '../../templates/rules/minister-concerned.ts';
import { namesMinistry } from '../../templates/authorities/names.ts';

/** A question the user has stored (a case's question), for the repeat check. */
export type EarlierQuestion = {
  /** How the notice names it, e.g. "Rajya Sabha Question answered on 21.07.2023". */
  readonly ref: string;
  readonly parts: ReadonlyArray<{ readonly label: string; readonly text: string }>;
};

export type QuestionDraft = {
  house: 'Lok Sabha' | 'Rajya Sabha';
  ministry: string;
  parts: ReadonlyArray<string>;
  stem?: string;
  /** Questions already answered (or refused) that this one must not repeat in substance. */
  earlier?: ReadonlyArray<EarlierQuestion>;
  /** The notice's date (yyyy-mm-dd), for the past-history check; without it that check is skipped. */
  today?: string;
  /** The date (yyyy-mm-dd) of the answer the notice follows up: a follow-up on an old answer seeks past history whatever its words. */
  answerFollowedUp?: string;
};

/**
 * Check a question notice against the admissibility and form rules of its House.
 *
 * Offsets index into `questionLayout(q).text` (stem, then each part, joined by newlines).
 * Heuristic rules flag wording for a person to review; they never decide admissibility.
 * Never throws: a linter runs on every keystroke.
 */
export function lintQuestion(q: QuestionDraft): ReadonlyArray<Finding> {
  return lintSafely(msg('lint.checker.question'), 'shared/lint/lint-question.ts', () => lintQuestionUnsafe(q));
}

function lintQuestionUnsafe(q: QuestionDraft): ReadonlyArray<Finding> {
  const house: HouseName = q.house === 'Rajya Sabha' ? 'Rajya Sabha' : 'Lok Sabha';
  const ministry = typeof q.ministry === 'string' ? q.ministry : '';
  const rawParts: ReadonlyArray<unknown> = Array.isArray(q.parts) ? q.parts : [];
  const parts = rawParts.map((p) => (typeof p === 'string' ? p : ''));
  const stem = typeof q.stem === 'string' ? q.stem : undefined;
  const layout = questionLayout(stem === undefined ? { ministry, parts } : { ministry, parts, stem });
  const sink = new FindingSink();

  const emit = (rule: PqRule, detail: Message | null, span?: { start: number; end: number }): void => {
    const ref = rule.houses[house];
    if (!ref) return;
    sink.add({
      ruleId: rule.id,
      severity: rule.severity,
      cite: ref.cite,
      message: rule.message,
      detail,
      source: ref.source,
      confirmed: ref.confirmed,
      ...(span ? { start: span.start, end: span.end } : {}),
    });
  };

  // Rule 34(1)(b): the Minister addressed.
  if (ministry.trim().length === 0) emit(PQ_MINISTRY_REQUIRED, null);

  // Stem form and the Minister it names (§3.1, linter table row 18).
  if (layout.stemGiven && stem !== undefined) {
    const m = PQ_STEM.pattern.exec(stem);
    if (!m) {
      emit(PQ_STEM, msg('lint.detail.found', { text: quote(stem) }), layout.stem);
    } else if (m[1] !== undefined && ministry.trim().length > 0 && !sameMinistry(m[1], ministry)) {
      emit(PQ_STEM_MINISTRY_MISMATCH, msg('lint.detail.stemMismatch', { stem: quote(m[1]), ministry: quote(ministry) }), layout.stem);
    }
  }

  if (parts.length === 0 || parts.every((p) => p.trim().length === 0)) {
    emit(PQ_NO_PARTS, null);
  } else {
    lintParts(parts, layout.parts, emit);
  }

  // Word limit over stem and parts (LS Rule 41(2)(vii), RS Rule 47(vii)).
  const limit = PQ_WORD_LIMITS[house];
  const words = countWords(layout.text);
  if (words > limit.words) {
    sink.add({
      ruleId: limit.id,
      severity: limit.severity,
      cite: limit.cite,
      message: msg('lint.pq.wordLimit', { count: words, limit: limit.words }),
      detail: null,
      source: limit.source,
      confirmed: limit.confirmed,
    });
  }

  if (parts.length > PQ_ONE_ISSUE.maxParts) emit(PQ_ONE_ISSUE, msg('lint.detail.parts', { count: parts.length }));

  lintConcern(parts, layout.parts, ministry, emit);
  lintRepeats(parts, layout.parts, Array.isArray(q.earlier) ? q.earlier : [], emit);
  lintPastHistory(parts, layout.parts, typeof q.today === 'string' ? q.today : '', emit);
  lintOldAnswer(typeof q.answerFollowedUp === 'string' ? q.answerFollowedUp : '', typeof q.today === 'string' ? q.today : '', emit);

  return sink.result();
}

type Emit = (rule: PqRule, detail: Message | null, span?: { start: number; end: number }) => void;

const LABEL = /^\s*\(([a-z]{1,2})\)\s*/i;

function lintParts(parts: ReadonlyArray<string>, spans: ReadonlyArray<{ start: number; end: number }>, emit: Emit): void {
  const labelled = parts.map((p) => LABEL.exec(p)?.[1]?.toLowerCase() ?? null);
  const anyLabelled = labelled.some((l) => l !== null);
  const last = parts.length - 1;

  parts.forEach((part, i) => {
    const span = spans[i] ?? { start: 0, end: 0 };
    const trimmed = part.trim();
    if (trimmed.length === 0) {
      emit(PQ_EMPTY_PART, msg('lint.detail.part', { n: i + 1 }), span);
      return;
    }

    // Lettering: if the drafter letters parts, they run (a), (b), (c)... in order.
    if (anyLabelled) {
      const expected = partLabel(i);
      if (labelled[i] !== expected) {
        const found = labelled[i];
        emit(PQ_PART_LABELS, found ? msg('lint.detail.partLabelNot', { n: i + 1, expected, found }) : msg('lint.detail.partLabel', { n: i + 1, expected }), span);
      }
    }

    // Punctuation: ";" between parts, "?" only at the end; "; and" before the last.
    const end = trimmed.slice(-1);
    const endSpan = { start: span.start + part.lastIndexOf(end), end: span.start + part.lastIndexOf(end) + 1 };
    if (i < last && end === '?') emit(PQ_PART_PUNCTUATION, msg('lint.detail.partEndsQuestion', { n: i + 1 }), endSpan);
    if (i < last && end === '.') emit(PQ_PART_PUNCTUATION, msg('lint.detail.partEndsFullStop', { n: i + 1 }), endSpan);
    if (i === last && parts.length > 0 && (end === ';' || end === '.')) emit(PQ_PART_PUNCTUATION, msg('lint.detail.lastPartEnds', { end }), endSpan);
    if (i === last - 1 && end === ';') emit(PQ_PENULTIMATE_AND, null, endSpan);

    for (const rule of PQ_PHRASE_RULES) {
      for (const re of rule.patterns) {
        for (const hit of findAll(part, re, span.start)) emit(rule, msg('lint.detail.found', { text: quote(hit.text) }), hit);
      }
    }

    const names = PQ_PERSONAL_NAME.patterns
      .flatMap((re) => findAll(part, re, span.start))
      .filter((hit) => !isInstitution(hit.text, part.slice(hit.end - span.start, hit.end - span.start + 80)));
    for (const hit of names) emit(PQ_PERSONAL_NAME, msg('lint.detail.found', { text: quote(hit.text) }), hit);
    if (names.length > 0) {
      for (const re of PQ_PERSONAL_CHARGE.patterns) {
        for (const hit of findAll(part, re, span.start)) emit(PQ_PERSONAL_CHARGE, msg('lint.detail.chargeNextToName', { text: quote(hit.text), name: quote(names[0]?.text ?? '') }), hit);
      }
    }
  });
}

/** Parts another Minister answers for (Lok Sabha Rule 41(1)); the finding says which and why. */
function lintConcern(parts: ReadonlyArray<string>, spans: ReadonlyArray<{ start: number; end: number }>, ministry: string, emit: Emit): void {
  if (ministry.trim().length === 0) return;
  parts.forEach((part, i) => {
    const concern = concernOf(part);
    if (concern === null || namesMinistry(concern.ministry, ministry)) return;
    const hit = concern.patterns.map((re) => findAll(part, re, spans[i]?.start ?? 0)[0]).find((h) => h !== undefined);
    emit({ ...PQ_MINISTER_CONCERNED, message: concern.message }, msg('lint.detail.found', { text: quote(hit?.text ?? part) }), hit ?? spans[i]);
  });
}

/** Each part against every part of every earlier question; the closest match is named. */
function lintRepeats(parts: ReadonlyArray<string>, spans: ReadonlyArray<{ start: number; end: number }>, earlier: ReadonlyArray<EarlierQuestion>, emit: Emit): void {
  parts.forEach((part, i) => {
    if (part.trim().length === 0) return;
    // "whether the Government holds the information … sought in part (d) of … and not given in the
    // reply", "whether the Government proposes to collect and maintain the data on …": a follow-up
    // on what the reply left out, not the question again (follow-ups.ts).
    if (FOLLOW_UP_MARK.test(part)) return;
    const asked = part.replace(FOLLOW_UP_TAIL, '');
    let best: { score: number; ref: string; label: string; text: string } | null = null;
    for (const q of earlier) {
      for (const p of Array.isArray(q?.parts) ? q.parts : []) {
        const score = similarity(asked, String(p?.text ?? ''));
        if (score >= REPEAT_THRESHOLD && (best === null || score > best.score)) best = { score, ref: String(q.ref ?? ''), label: String(p.label ?? ''), text: String(p.text ?? '') };
      }
    }
    if (best) {
      const span = spans[i] ?? { start: 0, end: 0 };
      emit(PQ_REPEAT, msg('lint.detail.repeat', { n: i + 1, label: best.label, ref: best.ref, text: quote(best.text, 80), percent: Math.round(best.score * 100) }), span);
    }
  });
}

const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;
// A law's year is its title, not past history: "the Information Technology Act, 2000", and in a
// Hindi notice "सूचना प्रौद्योगिकी अधिनियम, 2000" (the audit found the Hindi notice flagged).
const LAW_TITLE_BEFORE = /(?:\b(?:Act|Rules|Code|Regulations|Ordinance|Order)|(?:अधिनियम|नियम|नियमावली|संहिता|विनियम|अध्यादेश|आदेश)),?\s*$/u;

/** Years long before the notice, and "since independence" (RS Rule 47(xvi)). */
function lintPastHistory(parts: ReadonlyArray<string>, spans: ReadonlyArray<{ start: number; end: number }>, today: string, emit: Emit): void {
  const year = /^(\d{4})-\d{2}-\d{2}$/.exec(today)?.[1];
  parts.forEach((part, i) => {
    const base = spans[i]?.start ?? 0;
    for (const re of PQ_PAST_HISTORY.patterns) for (const hit of findAll(part, re, base)) emit(PQ_PAST_HISTORY, msg('lint.detail.found', { text: quote(hit.text) }), hit);
    if (!year) return;
    for (const hit of findAll(part, YEAR, base)) {
      // The year in a law's title ("the Information Technology Act, 2000") names the law, not a
      // period the question asks about.
      if (LAW_TITLE_BEFORE.test(part.slice(Math.max(0, hit.start - base - 24), hit.start - base))) continue;
      if (Number(hit.text) < Number(year) - PQ_PAST_HISTORY.years) emit(PQ_PAST_HISTORY, msg('lint.detail.yearPast', { year: hit.text, count: PQ_PAST_HISTORY.years }), hit);
    }
  });
}

/**
 * A notice that follows up an answer long before it (RS Rule 47(xvi), the same years as the check
 * above): read off the answer's date, so the English and Hindi notices of one case are flagged
 * alike (review 11: only the Hindi notice, which printed the old answer's date, was flagged).
 */
function lintOldAnswer(answer: string, today: string, emit: Emit): void {
  const a = /^(\d{4})-\d{2}-\d{2}$/.exec(answer);
  const t = /^(\d{4})-\d{2}-\d{2}$/.exec(today);
  if (!a || !t) return;
  if (Number(a[1]) < Number(t[1]) - PQ_PAST_HISTORY.years) {
    emit(PQ_PAST_HISTORY, msg('lint.detail.answerPast', { date: formatDate(answer), count: PQ_PAST_HISTORY.years }));
  }
}

const CAPITALISED_RUN = /^(?:\s+\p{Lu}[\p{L}'-]*){0,3}/u;

/** "Dr. Ram Manohar Lohia Hospital" names a place, not a person. */
function isInstitution(name: string, after: string): boolean {
  return PQ_NAME_INSTITUTION.test(name + (CAPITALISED_RUN.exec(after)?.[0] ?? ''));
}

/** a..z, then aa, ab ... as the printed lists letter long questions. */
function partLabel(i: number): string {
  const a = 'a'.charCodeAt(0);
  return i < 26 ? String.fromCharCode(a + i) : String.fromCharCode(a + Math.floor(i / 26) - 1) + String.fromCharCode(a + (i % 26));
}

