import type { Case } from '../domain/case.ts';
import { withFields, type Draft, type Language } from '../domain/draft.ts';
import type { Profile } from '../domain/profile.ts';
import { newDraft } from './new-draft.ts';
import type { DraftChoice } from './draft-choices.ts';

/**
 * A new draft of the chosen kind for the chosen parts, with the House and question kind the choice
 * fixes. Apart from draft-choices.ts, so the form that offers the choices (on the first screen)
 * does not load the drafting code and its rules until a draft is made (issue 12).
 */
export function createDraft(choice: DraftChoice, c: Case, opts: { parts: ReadonlyArray<string>; language: Language; profile: Profile; now: string; id: string; ministry?: string }): Draft {
  const draft = newDraft(choice.kind, c, opts);
  if (draft.kind !== 'pq-notice' && draft.kind !== 'half-an-hour-notice') return draft;
  return withFields(draft, { ...(choice.house ? { house: choice.house } : {}), ...(choice.questionKind ? { questionKind: choice.questionKind } : {}) });
}
