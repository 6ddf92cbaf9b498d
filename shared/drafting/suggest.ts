import { CLAIM_RULES, type ClaimRule } from '../../templates/rules/claims.ts';
import type { Bilingual } from '../../templates/rules/bilingual.ts';
import { DEFAULT_FOLLOW_UP, FOLLOW_UP_FACETS, STATUS_FOLLOW_UPS, STATUS_WHY, type FollowUpFacet } from '../../templates/rules/follow-ups.ts';
import { verdictReason } from '../analysis/reason-text.ts';
import type { PartVerdict } from '../domain/analysis.ts';
import type { Language } from '../domain/draft.ts';
import { isOpenForFollowUp, type PartStatus } from '../domain/part-status.ts';
import type { Question } from '../domain/question.ts';
import { assertNever } from '../lib/assert-never.ts';
import { findAll, matchesAny } from '../lint/text.ts';
import { buildContext, hindiContext, partAskedHi, withoutArticle, type FollowUpContext } from './suggest/context.ts';
import { partLabel } from './part-label.ts';
import { capitalise, fill, hindiSafe, isRecordRequest, rtiSafe } from './suggest/fill.ts';
import { parsePart } from './suggest/part-text.ts';
import { sentenceAround } from './suggest/sentences.ts';
import { REPEAT_THRESHOLD, similarity } from '../lint/similarity.ts';

/**
 * A proposed follow-up: question parts in notice form and RTI points asking for records.
 *
 * `forPart` is the label of the open part it follows up (or of the part whose reply made the
 * claim, when known); `claim` is the reply's sentence a claim-based suggestion tests.
 */
export type Suggestion = {
  readonly forPart: string | null;
  readonly claim: string | null;
  /** In the draft's language. */
  readonly questionParts: ReadonlyArray<string>;
  /** In the draft's language. */
  readonly rtiPoints: ReadonlyArray<string>;
  /** In the reader's language (`whyLanguage`). */
  readonly why: string;
  /**
   * The reply's sentence the follow-up answers: the claim itself, or for a part the first passage
   * the part was judged on; null when the reply said nothing on it.
   */
  readonly dodge: string | null;
};

/** At most this many facets per open part, so a long part does not drown the user. */
const MAX_FACETS = 3;

/**
 * Follow-ups for every open part (unanswered, partial, deferred, refused) and for every
 * checkable claim in the reply (`templates/rules/claims.ts`).
 *
 * Question parts and RTI points are written in `language`, the draft's: they go into the draft.
 * The "why" is written in `whyLanguage`, the interface's (defaults to `language`): it is advice to
 * the reader, not text of the draft, and a Hindi reader drafting an English application for an
 * English-speaking CPIO still reads the advice in Hindi, like every other line on the screen.
 *
 * Every phrase is built in English and Hindi together, and every check runs on the English twin
 * (the repeat-in-substance filter, the "why"/opinion filter, the fallback to the matter), so both
 * languages propose the same suggestions, item for item.
 *
 * English RTI points ask for records only (file notings, correspondence, reports, orders, minutes,
 * dates, numbers), each with a period, in the RTI Online character set; a point that would still
 * read as "why", an opinion or a hypothetical is dropped rather than proposed.
 */
export function suggestFollowUps(input: {
  question: Question;
  verdicts: ReadonlyArray<PartVerdict>;
  replyText: string;
  language: Language;
  whyLanguage?: Language;
}): ReadonlyArray<Suggestion> {
  const { language } = input;
  const whyLanguage = input.whyLanguage ?? language;
  return suggestBoth(input).map((s) => ({
    forPart: s.forPart,
    claim: s.claim,
    questionParts: s.questionParts.map((t) => t[language]),
    rtiPoints: s.rtiPoints.map((t) => t[language]),
    why: s.why[whyLanguage],
    dodge: s.dodge,
  }));
}

/** A suggestion with every generated text in both languages. */
type Twin = Bilingual;
type BiSuggestion = {
  readonly forPart: string | null;
  readonly claim: string | null;
  readonly questionParts: ReadonlyArray<Twin>;
  readonly rtiPoints: ReadonlyArray<Twin>;
  readonly why: Twin;
  readonly dodge: string | null;
};

function suggestBoth(input: { question: Question; verdicts: ReadonlyArray<PartVerdict>; replyText: string }): ReadonlyArray<BiSuggestion> {
  const { question, verdicts, replyText } = input;
  const ctx: Contexts = { en: buildContext(question, replyText), hi: hindiContext(question, replyText) };
  const out: BiSuggestion[] = [];

  const partText = new Map(question.parts.map((p) => [p.label, p.text]));
  for (const verdict of verdicts) {
    // An unsure "met" verdict is not taken as met: its follow-up is still offered (the user may drop it).
    if (!isOpenForFollowUp(verdict.status) && verdict.needsCheck !== true) continue;
    const text = partText.get(verdict.label);
    if (text === undefined) continue;
    out.push(suggestForPart(verdict, text, ctx, replyText, question));
  }

  out.push(...suggestForClaims(replyText, verdicts, ctx));
  // A suggested part that repeats in substance a part already answered is inadmissible (LS Rule
  // 41(2)(xiii), RS Rule 47(xiv)): such parts are not proposed, in either language.
  return out.map((sg) => ({ ...sg, questionParts: sg.questionParts.filter((p) => !repeatsQuestion(p.en, question)) }));
}

function repeatsQuestion(part: string, question: Question): boolean {
  return question.parts.some((q) => similarity(part, q.text) >= REPEAT_THRESHOLD);
}

type Vars = Readonly<Record<string, string>>;
type Contexts = { readonly en: FollowUpContext; readonly hi: FollowUpContext };
type TwinVars = { readonly en: Vars; readonly hi: Vars };

function fillTwin(t: Twin, vars: TwinVars): Twin {
  return { en: fill(t.en, vars.en), hi: fill(t.hi, vars.hi) };
}

function suggestForPart(verdict: PartVerdict, text: string, ctx: Contexts, replyText: string, question: Question): BiSuggestion {
  const ask = parsePart(text);
  // {topic} and {clause} are the part's own words; a Hindi sentence names the topic without "the",
  // and an English topic by reference to the part, in Hindi (matterOfHi, context.ts).
  const vars: TwinVars = {
    en: { ...ctx.en, label: verdict.label, topic: ask.topic ?? ctx.en.matter, clause: ask.clause ?? '' },
    hi: { ...ctx.hi, label: verdict.label, topic: ask.topic && !/[A-Za-z]/.test(ask.topic) ? withoutArticle(ask.topic) : ask.topic ? partAskedHi(question, partLabel(verdict.label, 'hi').slice(1, -1)) : ctx.hi.matter, clause: ask.clause ?? '' },
  };

  // The fallback restates the point about the matter, not in the part's own words.
  const plain: TwinVars = { en: { ...vars.en, topic: ctx.en.matter }, hi: { ...vars.hi, topic: ctx.hi.matter } };
  const candidate = (t: Twin, fallback: Twin = t): Candidate => ({ primary: fillTwin(t, vars), fallback: fillTwin(fallback, plain) });
  // A question part in the part's own words that would repeat the question already answered (LS
  // 41(2)(xiii), RS 47(xiv)) is asked about the matter instead, rather than dropped.
  const fillPart = (t: Twin): Twin => {
    const own = fillTwin(t, vars);
    return repeatsQuestion(own.en, question) ? fillTwin(t, plain) : own;
  };

  const facets: ReadonlyArray<FollowUpFacet> = FOLLOW_UP_FACETS.filter((f) => matchesAny(text, f.patterns)).slice(0, MAX_FACETS);
  const questionParts: Twin[] = [];
  const rtiPoints: Candidate[] = [];
  const whys: Twin[] = [statusWhy(verdict)];

  if (facets.length === 0) {
    const d = DEFAULT_FOLLOW_UP;
    questionParts.push(...(ask.clause ? d.clauseQuestionParts : d.questionParts).map(fillPart));
    if (ask.clause) rtiPoints.push(...d.clauseRtiPoints.map((t, i) => candidate(t, d.rtiPoints[i] ?? t)));
    else rtiPoints.push(...d.rtiPoints.map((t) => candidate(t)));
    whys.push(d.why);
  }
  for (const f of facets) {
    const own = f.whenTopic && ask.topic && f.whenTopic.pattern.test(ask.topic) ? f.whenTopic : null;
    questionParts.push(...(own ?? f).questionParts.map(fillPart));
    rtiPoints.push(...(own ? own.rtiPoints.map((t, i) => candidate(t, f.rtiPoints[i] ?? t)) : f.rtiPoints.map((t) => candidate(t))));
    whys.push(f.why);
  }

  const extra = statusExtras(verdict.status);
  questionParts.push(...extra.questionParts.map(fillPart));
  rtiPoints.push(...extra.rtiPoints.map((t) => candidate(t)));

  return {
    forPart: verdict.label,
    claim: null,
    questionParts: dedupe(questionParts.map(pqSafe)),
    rtiPoints: cleanRtiPoints(rtiPoints),
    why: { en: whys.map((w) => w.en).join(' '), hi: whys.map((w) => w.hi).join(' ') },
    dodge: firstPassage(verdict, replyText),
  };
}

/** An RTI point in the part's own words, and the same point about the matter in general. */
type Candidate = { readonly primary: Twin; readonly fallback: Twin };

/** How the part was left open, with the analyser's reason in each language (`verdictReason`). */
function statusWhy(verdict: PartVerdict): Twin {
  const key = statusWhyKey(verdict.status);
  const extra = statusExtras(verdict.status).why;
  const say = (lang: Language): string => {
    const reason = verdictReason(verdict, lang).trim().replace(/[.।]$/, '');
    const head = fill(STATUS_WHY[key][lang], { label: verdict.label, said: reason.length > 0 ? ` (${reason})` : '' });
    const tail = extra?.[lang];
    return tail ? `${head} ${tail}` : head;
  };
  return { en: say('en'), hi: say('hi') };
}

function statusWhyKey(status: PartStatus): keyof typeof STATUS_WHY {
  switch (status) {
    case 'unanswered':
    case 'partial':
    case 'deferred':
    case 'refused':
      return status;
    case 'answered':
    case 'not_applicable':
      return 'met';
    default: return assertNever(status, 'Unknown part status');
  }
}

function statusExtras(status: PartStatus): { questionParts: ReadonlyArray<Twin>; rtiPoints: ReadonlyArray<Twin>; why: Twin | null } {
  switch (status) {
    case 'deferred': return STATUS_FOLLOW_UPS.deferred;
    case 'refused': return STATUS_FOLLOW_UPS.refused;
    case 'partial': return STATUS_FOLLOW_UPS.partial;
    case 'unanswered': return STATUS_FOLLOW_UPS.unanswered;
    case 'answered':
    case 'not_applicable':
      return { questionParts: [], rtiPoints: [], why: null };
    default: return assertNever(status, 'Unknown part status');
  }
}

function suggestForClaims(replyText: string, verdicts: ReadonlyArray<PartVerdict>, ctx: Contexts): ReadonlyArray<BiSuggestion> {
  const found: Array<{ rule: ClaimRule; at: number }> = [];
  for (const rule of CLAIM_RULES) {
    const first = rule.patterns.flatMap((re) => findAll(replyText, re)).sort((a, b) => a.start - b.start)[0];
    if (first) found.push({ rule, at: first.start });
  }
  found.sort((a, b) => a.at - b.at);

  return found.map(({ rule, at }) => {
    const sentence = sentenceAround(replyText, at);
    const vars: TwinVars = {
      en: { ...ctx.en, label: '', topic: ctx.en.matter, clause: '' },
      hi: { ...ctx.hi, label: '', topic: ctx.hi.matter, clause: '' },
    };
    const why: Twin = rule.caution ? { en: `${rule.why.en} ${rule.caution.en}`, hi: `${rule.why.hi} ${rule.caution.hi}` } : rule.why;
    return {
      forPart: partForPassage(verdicts, sentence.start, Math.max(sentence.end, at + 1)),
      claim: sentence.text.length > 0 ? sentence.text : null,
      // The short notice parts first: they fit a 100-word Rajya Sabha notice (Rule 47(vii)).
      questionParts: dedupe([...rule.noticeParts, ...rule.questionParts].map((t) => pqSafe(fillTwin(t, vars)))),
      rtiPoints: cleanRtiPoints(rule.rtiPoints.map((t) => ({ primary: fillTwin(t, vars), fallback: fillTwin(t, vars) }))),
      why,
      dodge: sentence.text.length > 0 ? sentence.text : null,
    };
  });
}

/** The sentence of the reply the part was judged on, if the analyser found one. */
function firstPassage(verdict: PartVerdict, replyText: string): string | null {
  const first = verdict.evidence[0];
  if (!first) return null;
  const at = replyText.slice(first.start, first.end) === first.text ? first.start : replyText.indexOf(first.text);
  const sentence = at >= 0 ? sentenceAround(replyText, at).text : first.text;
  return sentence.trim().length > 0 ? sentence.trim() : null;
}

/**
 * The part whose evidence overlaps the claim's sentence; with a grouped reply several parts can
 * cite the same passage, so the first in question order.
 */
function partForPassage(verdicts: ReadonlyArray<PartVerdict>, start: number, end: number): string | null {
  for (const v of verdicts) {
    if (v.evidence.some((e) => e.start < end && start < e.end)) return v.label;
  }
  return null;
}

/**
 * English points in the RTI Online character set, capitalised; Hindi points with the same
 * substitutions (`hindiSafe`); deduplicated. A point built from the part's own words whose English
 * reads as "why", opinion or hypothetical falls back, in both languages, to the same point about
 * the matter; if that still does, it is dropped from both.
 */
function cleanRtiPoints(candidates: ReadonlyArray<Candidate>): ReadonlyArray<Twin> {
  const out: Twin[] = [];
  for (const { primary, fallback } of candidates) {
    const first = capitalise(rtiSafe(primary.en));
    const chosen = isRecordRequest(first) ? { en: first, hi: primary.hi } : { en: capitalise(rtiSafe(fallback.en)), hi: fallback.hi };
    if (chosen.en.length > 0 && isRecordRequest(chosen.en)) out.push({ en: chosen.en, hi: hindiSafe(chosen.hi) });
  }
  return dedupe(out);
}

/**
 * Question parts are plain prose without trailing punctuation (the notice adds ";", "; and", "?").
 * A part whose English would say "why" is dropped in both languages: notices ask for "the reasons
 * therefor" (§3.1).
 */
function pqSafe(t: Twin): Twin {
  const flat = (s: string): string => s.replace(/\s+/g, ' ').replace(/[\s;,.?।]+$/, '').trim();
  const en = flat(t.en);
  return /\bwhy\b/i.test(en) ? { en: '', hi: '' } : { en, hi: flat(t.hi) };
}

/** Twins told apart by their English, which is what every check reads. */
function dedupe(items: ReadonlyArray<Twin>): ReadonlyArray<Twin> {
  const seen = new Set<string>();
  return items.filter((t) => {
    if (t.en.length === 0 || seen.has(t.en)) return false;
    seen.add(t.en);
    return true;
  });
}
