import type { Draft, DraftKind } from '../../shared/domain/draft.ts';
import type { Block } from '../../shared/documents/blocks.ts';
import type { Profile } from '../../shared/domain/profile.ts';

/** What a template may read besides the draft itself. */
export type RenderContext = {
  readonly profile: Profile;
  /** ISO date (YYYY-MM-DD) used where the draft gives no date of its own. */
  readonly today: string;
};

export type FieldSpec = { readonly key: string; readonly label: string };

/**
 * One template per document kind (Alaveteli `OutgoingMessage::Template::*`): the keys it needs,
 * and a pure render from the draft to blocks. docassemble's idea: the template decides which
 * questions the UI must ask, through `requiredFields` (and `conditionalFields` for keys that
 * only matter given other answers, e.g. the BPL certificate only when the fee mode is BPL).
 */
export type DocumentTemplate = {
  readonly kind: DraftKind;
  readonly title: string;
  readonly requiredFields: ReadonlyArray<FieldSpec>;
  readonly conditionalFields?: (draft: Draft) => ReadonlyArray<FieldSpec>;
  /** Keys whose value must be one of a closed set (a UI shows these as a choice); a filled value outside it blocks export. */
  readonly choices?: { readonly [key: string]: ReadonlyArray<string> };
  /** Human labels for the values in `choices`, by key then value (English: the UI language). */
  readonly choiceLabels?: { readonly [key: string]: { readonly [value: string]: string } };
  /** Optional keys the template reads, so an editor can offer them. */
  readonly optionalFields?: ReadonlyArray<FieldSpec>;
  /** The draft needs at least this many points (numbered points / lettered parts / rows). */
  readonly minPoints?: { readonly count: number; readonly label: string };
  readonly render: (draft: Draft, ctx: RenderContext) => ReadonlyArray<Block>;
};
