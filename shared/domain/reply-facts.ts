/**
 * What identifies and describes one reply as read from its header: House, kind of question,
 * number, date of answer (ISO), ministry and subject, each null when the reply does not say.
 * Shared by a digest's row and the briefing made from it.
 */
export type ReplyFacts = {
  readonly house: string | null;
  readonly kind: string | null;
  readonly number: string | null;
  readonly date: string | null;
  readonly ministry: string | null;
  readonly subject: string | null;
};
