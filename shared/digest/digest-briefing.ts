/**
 * What a Member's briefing says about the digest's rows shown: each counted reply with anything
 * left open, partly met, deferred or assured, in the order shown. What was asked and what the
 * reply said come from the reply's analysis (the digest keeps only counts and labels); the
 * briefing's own words are the template's (`templates/documents/digest-briefing.ts`).
 */
import type { AnalyzeOutput } from '../analysis/contract.ts';
import type { Language } from '../domain/draft.ts';
import { statusGroup } from '../domain/part-status.ts';
import type { BriefingInput, BriefingReply } from '../../templates/documents/digest-briefing.ts';
import type { DigestEntry } from './digest-entry.ts';

/** A reply passage longer than this is cut at a word, with an ellipsis: the briefing points to the reply, it does not reprint it. */
const MAX_PASSAGE = 600;

function shorten(passage: string): string {
  const flat = passage.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_PASSAGE) return flat;
  const cut = flat.slice(0, MAX_PASSAGE);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), MAX_PASSAGE / 2))} …`;
}

function briefingReply(entry: Extract<DigestEntry, { kind: 'reply' }>, analysis: AnalyzeOutput | null): BriefingReply {
  const r = entry.reply;
  const parts = r.verdicts
    .filter((v) => statusGroup(v.status) !== 'met')
    .map((v) => ({
      label: v.label,
      status: v.status,
      asked: shorten(analysis?.question.parts.find((p) => p.label === v.label)?.text ?? ''),
      replied: shorten((analysis?.parts.find((p) => p.label === v.label)?.evidence ?? []).map((e) => e.text).join(' … ')),
    }));
  return {
    house: r.house, kind: r.kind, number: r.number, date: r.date, ministry: r.ministry, subject: r.subject, members: r.members,
    parts, deferrals: r.deferrals, assurances: r.assurances, file: entry.file,
  };
}

export function briefingInput(args: {
  readonly digestTitle: string;
  readonly today: string;
  readonly language: Language;
  /** The rows shown (filtered and sorted as on screen). */
  readonly entries: ReadonlyArray<DigestEntry>;
  /** The reply's analysis, read again from the digest's stored text; null when it is not there. */
  readonly analysisOf: (file: string) => AnalyzeOutput | null;
}): BriefingInput {
  const counted = args.entries.flatMap((e) => (e.kind === 'reply' && e.duplicateOf === null ? [e] : []));
  const replies = counted
    .filter((e) => e.reply.open > 0 || e.reply.partlyMet > 0 || e.reply.deferrals.length > 0 || e.reply.assurances.length > 0)
    .map((e) => briefingReply(e, args.analysisOf(e.file)));
  return { digestTitle: args.digestTitle, today: args.today, language: args.language, shown: counted.length, replies };
}
