import { effectiveVerdicts } from '../domain/effective-verdicts.ts';
import { parseTypedDate, type IsoDate } from '../lib/dates/index.ts';
import { fieldValue, type Draft } from '../domain/draft.ts';
import type { Finding } from '../lint/finding.ts';
import { questionLayout, rtiLayout, type FieldSpan } from '../lint/layout.ts';
import { lintNoticePeriod } from '../lint/lint-notice-period.ts';
import { lintHalfAnHour } from '../lint/lint-half-an-hour.ts';
import { lintCommissionOverlap } from '../lint/lint-commission.ts';
import { lintQuestion, type EarlierQuestion } from '../lint/lint-question.ts';
import type { Case } from '../domain/case.ts';
import { questionReference, replyText } from '../drafting/draft-context.ts';
import { mayAskAgain } from '../drafting/ask-again.ts';
import { lintRti } from '../lint/lint-rti.ts';
import { authorityNamed } from '../../templates/authorities/authorities.ts';
import { RTI_JURISDICTIONS } from '../../templates/rules/jurisdictions.ts';

/**
 * The questions a case holds that a new notice must not repeat in substance (LS Rule 41(2)(xiii),
 * RS Rule 47(xiv)): the question the case follows up, named as the notice would name it. The rules
 * bar questions "already answered or to which an answer has been refused": a part neither answered
 * nor refused may be asked again and is left out: one the user marked unanswered, or one the reply
 * says nothing on (`mayAskAgain`). A part the analyser alone calls unanswered, though the reply has
 * a passage or a heading on it, stays in (review 16: NHM 08 asked two such parts again, unflagged).
 */
export function storedQuestions(c: Case): ReadonlyArray<EarlierQuestion> {
  const q = c.question;
  if (!q || q.parts.length === 0) return [];
  const reply = c.sources.find((s) => s.id === c.analysis.sourceId)?.text ?? replyText(c);
  const askAgain = new Set(effectiveVerdicts(c)
    .filter((v) => mayAskAgain({ label: v.label, status: v.status, evidence: c.analysis.parts.find((p) => p.label === v.label)?.evidence ?? [], byUser: v.by === 'user' }, reply))
    .map((v) => v.label));
  const parts = q.parts.filter((p) => !askAgain.has(p.label)).map((p) => ({ label: p.label, text: p.text }));
  return parts.length === 0 ? [] : [{ ref: questionReference(q, 'en', { numberSlot: false }) || c.title, parts }];
}

/** Which field of the editor a finding's offsets fall in. */
export type FindingTarget =
  | { readonly field: 'point'; readonly index: number; readonly start: number; readonly end: number }
  | { readonly field: 'stem' }
  | null;

export type DraftLint =
  | { readonly kind: 'question'; readonly house: 'Lok Sabha' | 'Rajya Sabha'; readonly findings: ReadonlyArray<LocatedFinding> }
  | { readonly kind: 'rti'; readonly jurisdiction: string; readonly findings: ReadonlyArray<LocatedFinding> }
  | { readonly kind: 'no-house' }
  | { readonly kind: 'none' };

export type LocatedFinding = { readonly finding: Finding; readonly target: FindingTarget; readonly key: string };

export function isRtiKind(kind: Draft['kind']): boolean {
  return kind === 'rti-application' || kind === 'rti-first-appeal' || kind === 'rti-second-appeal' || kind === 'rti-complaint';
}

export function isQuestionKind(kind: Draft['kind']): boolean {
  return kind === 'pq-notice' || kind === 'half-an-hour-notice';
}

/** Whether the user means to file the draft on RTI Online (stored with the draft, so it survives a restart). */
export function targetsRtiOnline(draft: Draft): boolean {
  return fieldValue(draft, 'filingMode') === 'rti-online';
}

/**
 * The jurisdiction code `lintRti` wants, from the draft's `state` field (a State's name, as the
 * templates print it, or its code). No State means a central public authority.
 */
export function jurisdictionOf(draft: Draft): string {
  const state = (fieldValue(draft, 'state') ?? '').trim();
  if (state === '') return 'central';
  const known = RTI_JURISDICTIONS.find((j) => j.code.toLowerCase() === state.toLowerCase() || j.name.toLowerCase() === state.toLowerCase());
  return known ? known.code : state;
}

/**
 * The authority the draft is addressed to: the one picked from the routing list, else the one whose
 * name the draft's public-authority field carries (newDraft fills it with the ministry's name).
 */
export function authorityIdOf(draft: Draft): string | null {
  const picked = fieldValue(draft, 'authorityId');
  if (picked) return picked;
  return authorityNamed(fieldValue(draft, 'publicAuthority') ?? '')?.id ?? null;
}

function locate(spans: ReadonlyArray<FieldSpan>, stem: FieldSpan | null, f: Finding): FindingTarget {
  if (f.start === undefined || f.end === undefined) return null;
  const start = f.start;
  const end = f.end;
  const index = spans.findIndex((s) => start >= s.start && start <= s.end);
  const span = spans[index];
  if (span) return { field: 'point', index, start: start - span.start, end: Math.min(end, span.end) - span.start };
  if (stem && start >= stem.start && start <= stem.end) return { field: 'stem' };
  return null;
}

/**
 * Run the linter the draft's kind calls for: `lintQuestion` on a question notice's parts (the
 * House's rules), `lintRti` on an RTI draft's points (the jurisdiction's rules, the authority's
 * s.24 status, and the RTI Online box when the user files there). Offsets are mapped back to the
 * point (or the stem) they fall in, relative to that field's own text.
 */
export function lintDraft(draft: Draft, stored: { readonly earlier?: ReadonlyArray<EarlierQuestion>; readonly today: IsoDate; readonly drafts?: ReadonlyArray<Draft> }): DraftLint {
  if (draft.kind === 'pq-notice') {
    const house = draft.fields.house;
    if (house !== 'Lok Sabha' && house !== 'Rajya Sabha') return { kind: 'no-house' };
    const ministry = draft.fields.ministry ?? '';
    const layout = questionLayout({ ministry, parts: draft.points });
    // The notice period needs both dates; the notice is dated today unless the draft says otherwise.
    // Dates as typed (15.12.2026, 15/12/2026 or 2026-12-15); an empty notice date is today in India.
    const noticeDate = parseTypedDate(draft.fields.date ?? '') ?? stored.today;
    const desiredDate = parseTypedDate(draft.fields.desiredDate ?? '') ?? (draft.fields.desiredDate ?? '');
    const findings = [
      ...lintQuestion({ house, ministry, parts: draft.points, earlier: stored.earlier ?? [], today: noticeDate, answerFollowedUp: draft.fields.questionDate ?? '' }),
      ...lintNoticePeriod({ house, noticeDate, desiredDate }),
    ];
    return { kind: 'question', house, findings: findings.map((f, i) => ({ finding: f, target: locate(layout.parts, layout.stem, f), key: `${f.ruleId}-${f.start ?? ''}-${i}` })) };
  }
  if (draft.kind === 'half-an-hour-notice') {
    const house = draft.fields.house;
    if (house !== 'Lok Sabha' && house !== 'Rajya Sabha') return { kind: 'no-house' };
    const noticeDate = parseTypedDate(draft.fields.date ?? '') ?? stored.today;
    const findings = lintHalfAnHour({ house, noticeDate, answerDate: draft.fields.questionDate ?? '', questionNumber: draft.fields.questionNumber ?? '' });
    return { kind: 'question', house, findings: findings.map((f, i) => ({ finding: f, target: null, key: `${f.ruleId}-${i}` })) };
  }
  if (isRtiKind(draft.kind)) {
    const jurisdiction = jurisdictionOf(draft);
    const authorityId = authorityIdOf(draft);
    const layout = rtiLayout(draft.points);
    const findings = [
      ...lintRti({
        jurisdiction,
        points: draft.points,
        ...(authorityId ? { authorityId } : {}),
        forRtiOnline: targetsRtiOnline(draft),
        period: fieldValue(draft, 'period') ?? '',
      }),
      ...lintCommissionOverlap(draft, stored.drafts ?? []),
    ];
    return { kind: 'rti', jurisdiction, findings: findings.map((f, i) => ({ finding: f, target: locate(layout.points, null, f), key: `${f.ruleId}-${f.start ?? ''}-${i}` })) };
  }
  return { kind: 'none' };
}
