/**
 * One reply in a session digest: what the analyser's verdicts come to, counted by the
 * groups of reply-analysis.md (met: answered, not applicable; partly met: partial; open:
 * unanswered, deferred, refused). Built only from `analyze()`'s public output contract.
 */
import type { AnalyzeOutput } from '../analysis/contract.ts';
import { statusGroup, type PartStatus } from '../domain/part-status.ts';
import type { ReplyFacts } from '../domain/reply-facts.ts';

/** A deferral or an assurance in the reply, with the date it falls due where the analyser gave one. */
export type DigestPromise = {
  readonly label: string;
  /** The reply's words: the assurance phrase, or the verdict's reason for a deferral. */
  readonly text: string;
  /** ISO date: three months from the date of answer (OAMS), or null when the date is unknown. */
  readonly dueBy: string | null;
};

export type DigestVerdict = { readonly label: string; readonly status: PartStatus; readonly confidence: number | null };

export type DigestReply = ReplyFacts & {
  readonly members: string[];
  readonly verdicts: DigestVerdict[];
  readonly met: number;
  readonly partlyMet: number;
  readonly open: number;
  readonly deferrals: DigestPromise[];
  readonly assurances: DigestPromise[];
  /**
   * Verdicts whose confidence is below LOW_CONFIDENCE; null when the analyser gave no
   * confidence for any part (unknown, which is not the same as none to check).
   */
  readonly lowConfidence: number | null;
};

/**
 * Below this a verdict is worth a person's second look. The analyser's confidence is a
 * probability-like number in 0..1; 0.6 is a starting point, not a measured cut-off.
 */
export const LOW_CONFIDENCE = 0.6;

/** The analyser may add `confidence` (0..1) to a verdict; read it without assuming it is there. */
function confidenceOf(part: object): number | null {
  const value: unknown = Reflect.get(part, 'confidence');
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1 ? value : null;
}

export function digestReply(output: AnalyzeOutput): DigestReply {
  const q = output.question;
  const verdicts = output.parts.map((p) => ({ label: p.label, status: p.status, confidence: confidenceOf(p) }));
  const count = (group: ReturnType<typeof statusGroup>) => verdicts.filter((v) => statusGroup(v.status) === group).length;
  const deferrals = output.parts
    .filter((p) => p.status === 'deferred')
    .map((p) => ({ label: p.label, text: p.reason, dueBy: p.assurance?.dueBy ?? null }));
  const assurances = output.parts.flatMap((p) => (p.assurance ? [{ label: p.label, text: p.assurance.phrase, dueBy: p.assurance.dueBy }] : []));
  const known = verdicts.filter((v) => v.confidence !== null);
  return {
    house: q.house,
    kind: q.kind,
    number: q.number,
    date: q.date,
    ministry: q.ministry,
    subject: q.subject,
    members: q.askedBy,
    verdicts,
    met: count('met'),
    partlyMet: count('partly_met'),
    open: count('open'),
    deferrals,
    assurances,
    lowConfidence: known.length === 0 ? null : known.filter((v) => (v.confidence ?? 1) < LOW_CONFIDENCE).length,
  };
}

/**
 * The identity of a reply for the duplicate rule: the same House, question number and date of
 * answer is the same reply, whatever the file is called or however it was extracted. Number
 * marks ("*704", "†704", "704.") and leading zeros do not make a different question. Null when
 * any of the three is unknown: such a reply is then told apart only by its text (`textKey`).
 */
export function replyKey(reply: Pick<DigestReply, 'house' | 'number' | 'date'>): string | null {
  if (reply.house === null || reply.number === null || reply.date === null) return null;
  const digits = /\d+/.exec(reply.number)?.[0];
  if (digits === undefined) return null;
  return `${reply.house}|${String(Number.parseInt(digits, 10))}|${reply.date}`;
}

/** For replies without a full key: the same text, once whitespace is evened out, is the same reply. */
export function normalizeForTextKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}
