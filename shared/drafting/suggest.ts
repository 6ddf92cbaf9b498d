import { CLAIM_RULES, type ClaimRule } from '../../templates/rules/claims.ts';
import { DEFAULT_FOLLOW_UP, FOLLOW_UP_FACETS, STATUS_FOLLOW_UPS, type FollowUpFacet } from '../../templates/rules/follow-ups.ts';
import type { PartVerdict } from '../domain/analysis.ts';
import { isOpenForFollowUp, type PartStatus } from '../domain/part-status.ts';
import type { Question } from '../domain/question.ts';
import { assertNever } from '../lib/assert-never.ts';
import { findAll, matchesAny } from '../lint/text.ts';
import { buildContext, type FollowUpContext } from './suggest/context.ts';
import { capitalise, fill, isRecordRequest, rtiSafe } from './suggest/fill.ts';
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
  readonly questionParts: ReadonlyArray<string>;
  readonly rtiPoints: ReadonlyArray<string>;
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
 * RTI points ask for records only (file notings, correspondence, reports, orders, minutes, dates,
 * numbers), each with a period, in the RTI Online character set; a point that would still read as
 * "why", an opinion or a hypothetical is dropped rather than proposed.
 */
export function suggestFollowUps(input: { question: Question; verdicts: ReadonlyArray<PartVerdict>; replyText: string }): ReadonlyArray<Suggestion> {
  const { question, verdicts, replyText } = input;
  const ctx = buildContext(question, replyText);
  const out: Suggestion[] = [];

  const partText = new Map(question.parts.map((p) => [p.label, p.text]));
  for (const verdict of verdicts) {
    // An unsure "met" verdict is not taken as met: its follow-up is still offered (the user may drop it).
    if (!isOpenForFollowUp(verdict.status) && verdict.needsCheck !== true) continue;
    const text = partText.get(verdict.label);
    if (text === undefined) continue;
    out.push(suggestForPart(verdict, text, ctx, replyText));
  }

  out.push(...suggestForClaims(replyText, verdicts, ctx));
  // A suggested part that repeats in substance a part already answered is inadmissible (LS Rule
  // 41(2)(xiii), RS Rule 47(xiv)): such parts are not proposed.
  return out.map((sg) => ({ ...sg, questionParts: sg.questionParts.filter((p) => !repeatsQuestion(p, question)) }));
}

function repeatsQuestion(part: string, question: Question): boolean {
  return question.parts.some((q) => similarity(part, q.text) >= REPEAT_THRESHOLD);
}

type Vars = Readonly<Record<string, string>>;

function suggestForPart(verdict: PartVerdict, text: string, ctx: FollowUpContext, replyText: string): Suggestion {
  const ask = parsePart(text);
  const vars: Vars = {
    ...ctx,
    label: verdict.label,
    topic: ask.topic ?? ctx.matter,
    clause: ask.clause ?? '',
  };

  // The fallback restates the point about the matter, not in the part's own words.
  const plain: Vars = { ...vars, topic: ctx.matter };
  const candidate = (t: string, fallback: string = t): Candidate => ({ primary: fill(t, vars), fallback: fill(fallback, plain) });

  const facets: ReadonlyArray<FollowUpFacet> = FOLLOW_UP_FACETS.filter((f) => matchesAny(text, f.patterns)).slice(0, MAX_FACETS);
  const questionParts: string[] = [];
  const rtiPoints: Candidate[] = [];
  const whys: string[] = [statusWhy(verdict.status, verdict.label, verdict.reason)];

  if (facets.length === 0) {
    const d = DEFAULT_FOLLOW_UP;
    questionParts.push(...(ask.clause ? d.clauseQuestionParts : d.questionParts).map((t) => fill(t, vars)));
    if (ask.clause) rtiPoints.push(...d.clauseRtiPoints.map((t, i) => candidate(t, d.rtiPoints[i] ?? t)));
    else rtiPoints.push(...d.rtiPoints.map((t) => candidate(t)));
    whys.push(d.why);
  }
  for (const f of facets) {
    const own = f.whenTopic && ask.topic && f.whenTopic.pattern.test(ask.topic) ? f.whenTopic : null;
    questionParts.push(...(own ?? f).questionParts.map((t) => fill(t, vars)));
    rtiPoints.push(...(own ? own.rtiPoints.map((t, i) => candidate(t, f.rtiPoints[i] ?? t)) : f.rtiPoints.map((t) => candidate(t))));
    whys.push(f.why);
  }

  const extra = statusExtras(verdict.status);
  questionParts.push(...extra.questionParts.map((t) => fill(t, vars)));
  rtiPoints.push(...extra.rtiPoints.map((t) => candidate(t)));

  return {
    forPart: verdict.label,
    claim: null,
    questionParts: dedupe(questionParts.map(pqSafe)),
    rtiPoints: cleanRtiPoints(rtiPoints),
    why: whys.join(' '),
    dodge: firstPassage(verdict, replyText),
  };
}

/** An RTI point in the part's own words, and the same point about the matter in general. */
type Candidate = { readonly primary: string; readonly fallback: string };

function statusWhy(status: PartStatus, label: string, reason: string): string {
  const said = reason.trim().length > 0 ? ` (${reason.trim().replace(/\.$/, '')})` : '';
  switch (status) {
    case 'unanswered': return `Part (${label}) was not answered${said}. ${STATUS_FOLLOW_UPS.unanswered.why}`;
    case 'partial': return `Part (${label}) was answered only in part${said}. ${STATUS_FOLLOW_UPS.partial.why}`;
    case 'deferred': return `Part (${label}) was deferred${said}. ${STATUS_FOLLOW_UPS.deferred.why}`;
    case 'refused': return `Part (${label}) was refused${said}. ${STATUS_FOLLOW_UPS.refused.why}`;
    case 'answered':
    case 'not_applicable':
      return `Part (${label}) is met${said}.`;
    default: return assertNever(status, 'Unknown part status');
  }
}

function statusExtras(status: PartStatus): { questionParts: ReadonlyArray<string>; rtiPoints: ReadonlyArray<string> } {
  switch (status) {
    case 'deferred': return STATUS_FOLLOW_UPS.deferred;
    case 'refused': return STATUS_FOLLOW_UPS.refused;
    case 'partial': return STATUS_FOLLOW_UPS.partial;
    case 'unanswered': return STATUS_FOLLOW_UPS.unanswered;
    case 'answered':
    case 'not_applicable':
      return { questionParts: [], rtiPoints: [] };
    default: return assertNever(status, 'Unknown part status');
  }
}

function suggestForClaims(replyText: string, verdicts: ReadonlyArray<PartVerdict>, ctx: FollowUpContext): ReadonlyArray<Suggestion> {
  const found: Array<{ rule: ClaimRule; at: number }> = [];
  for (const rule of CLAIM_RULES) {
    const first = rule.patterns.flatMap((re) => findAll(replyText, re)).sort((a, b) => a.start - b.start)[0];
    if (first) found.push({ rule, at: first.start });
  }
  found.sort((a, b) => a.at - b.at);

  return found.map(({ rule, at }) => {
    const sentence = sentenceAround(replyText, at);
    const vars: Vars = { ...ctx, label: '', topic: ctx.matter, clause: '' };
    const why = rule.caution ? `${rule.why} ${rule.caution}` : rule.why;
    return {
      forPart: partForPassage(verdicts, sentence.start, Math.max(sentence.end, at + 1)),
      claim: sentence.text.length > 0 ? sentence.text : null,
      // The short notice parts first: they fit a 100-word Rajya Sabha notice (Rule 47(vii)).
      questionParts: dedupe([...rule.noticeParts, ...rule.questionParts].map((t) => pqSafe(fill(t, vars)))),
      rtiPoints: cleanRtiPoints(rule.rtiPoints.map((t) => ({ primary: fill(t, vars), fallback: fill(t, vars) }))),
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
 * Points in the RTI Online character set, capitalised, deduplicated. A point built from the part's
 * own words that reads as "why", opinion or hypothetical falls back to the same point about the
 * matter; if that still does, it is dropped.
 */
function cleanRtiPoints(candidates: ReadonlyArray<Candidate>): ReadonlyArray<string> {
  const out: string[] = [];
  for (const { primary, fallback } of candidates) {
    const first = capitalise(rtiSafe(primary));
    const point = isRecordRequest(first) ? first : capitalise(rtiSafe(fallback));
    if (point.length > 0 && isRecordRequest(point)) out.push(point);
  }
  return dedupe(out);
}

/**
 * Question parts are plain prose without trailing punctuation (the notice adds ";", "; and", "?").
 * A part that would say "why" is dropped: notices ask for "the reasons therefor" (§3.1).
 */
function pqSafe(s: string): string {
  const flat = s.replace(/\s+/g, ' ').replace(/[\s;,.?]+$/, '').trim();
  return /\bwhy\b/i.test(flat) ? '' : flat;
}

function dedupe(items: ReadonlyArray<string>): ReadonlyArray<string> {
  return [...new Set(items.filter((s) => s.length > 0))];
}
