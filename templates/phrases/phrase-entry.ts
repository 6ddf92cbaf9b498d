/**
 * One piece of phrase knowledge the reply analyser relies on.
 *
 * `pattern` is run on ONE sentence of the reply, lower-cased with its whitespace
 * collapsed (see `shared/analysis/sentences.ts`), so patterns are written in lower
 * case and never need to span more than a sentence. Patterns use only bounded
 * gaps (`[^.]{0,80}`) so they stay linear on any input.
 */
export type PhraseKind =
  /** Talks about something else instead of the specific asked (reply-analysis.md, `unanswered`). */
  | 'deflection'
  /** A promise instead of an answer (reply-analysis.md, `deferred`). */
  | 'deferral'
  /** Declines, or says the information is not held (reply-analysis.md, `refused`). */
  | 'refusal';

export type PhraseEntry = {
  readonly id: string;
  readonly kind: PhraseKind;
  /** The wording as the source gives it. */
  readonly text: string;
  readonly pattern: RegExp;
  /** URL or doc section the wording comes from. */
  readonly source: string;
  /** False where the source marks the fact UNCONFIRMED or the wording is our own generalisation. */
  readonly confirmed: boolean;
  /**
   * Deflections only: true when the wording also prefaces real answers ("the Government has
   * taken various steps ..."), so it leaves a part open only when nothing else answers it.
   */
  readonly weak?: boolean;
};
