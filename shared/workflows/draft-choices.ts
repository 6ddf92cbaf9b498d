import type { Draft, DraftKind, Language } from '../domain/draft.ts';
import type { House, QuestionKind } from '../domain/question.ts';

/**
 * What the user picks from: the draft kinds, with a question notice split by House and by starred
 * / unstarred (Lok Sabha Rule 36: a starred question asks for an oral answer;
 * parliament-procedure.md §1.2) and a half-an-hour notice by House (LS Rule 55, RS Rule 60).
 * Every template renders in English and Hindi (templates/documents, `draft.language`).
 * Making the draft is create-draft.ts: the choices are on the first screen, the drafting code
 * they lead to loads when a draft is made (issue 12).
 */
export type DraftChoice = {
  readonly id: string;
  readonly kind: DraftKind;
  readonly house?: House;
  readonly questionKind?: QuestionKind;
};

export const DRAFT_CHOICES = [
  { id: 'rti-application', kind: 'rti-application' },
  { id: 'rti-first-appeal', kind: 'rti-first-appeal' },
  { id: 'rti-second-appeal', kind: 'rti-second-appeal' },
  { id: 'rti-complaint', kind: 'rti-complaint' },
  { id: 'pq-ls-starred', kind: 'pq-notice', house: 'Lok Sabha', questionKind: 'starred' },
  { id: 'pq-ls-unstarred', kind: 'pq-notice', house: 'Lok Sabha', questionKind: 'unstarred' },
  { id: 'pq-rs-starred', kind: 'pq-notice', house: 'Rajya Sabha', questionKind: 'starred' },
  { id: 'pq-rs-unstarred', kind: 'pq-notice', house: 'Rajya Sabha', questionKind: 'unstarred' },
  { id: 'hah-ls', kind: 'half-an-hour-notice', house: 'Lok Sabha' },
  { id: 'hah-rs', kind: 'half-an-hour-notice', house: 'Rajya Sabha' },
  { id: 'list-of-dates', kind: 'list-of-dates' },
  { id: 'points-table', kind: 'points-table' },
] as const satisfies ReadonlyArray<DraftChoice>;

export type DraftChoiceEntry = (typeof DRAFT_CHOICES)[number];
export type DraftChoiceId = DraftChoiceEntry['id'];

export function findChoice(id: string): DraftChoiceEntry | null {
  return DRAFT_CHOICES.find((c) => c.id === id) ?? null;
}

/** Languages each kind's template renders: all of them have English and Hindi text. */
export function languagesFor(_kind: DraftKind): ReadonlyArray<Language> {
  return ['en', 'hi'];
}

/** A draft id unlikely to collide within a case (ids only need to be unique per case). */
export function newDraftId(existing: ReadonlyArray<Draft>, now: number): string {
  const base = `draft-${now.toString(36)}`;
  let id = base;
  for (let n = 2; existing.some((d) => d.id === id); n += 1) id = `${base}-${n}`;
  return id;
}
