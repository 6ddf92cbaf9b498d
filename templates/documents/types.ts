import type { DraftContext, Prefill } from '../../shared/drafting/draft-context.ts';
import type { DraftKind, DraftOf } from '../../shared/domain/draft.ts';
import type { AnyDraftFieldKey, DraftFieldKey } from '../../shared/domain/draft-fields.ts';
import type { Block } from '../../shared/documents/blocks.ts';
import type { Profile } from '../../shared/domain/profile.ts';

/** What a template may read besides the draft itself. */
export type RenderContext = {
  readonly profile: Profile;
  /** ISO date (YYYY-MM-DD) used where the draft gives no date of its own. */
  readonly today: string;
};

/**
 * The key a spec of kind `K` may name: one `K` declares (`draft-fields.ts`), so a template naming
 * a key its kind does not declare is a compile error. With no kind given (code that handles every
 * kind), any declared key.
 */
export type SpecKey<K extends DraftKind> = [DraftKind] extends [K] ? AnyDraftFieldKey : DraftFieldKey<K>;

/** A field a template asks for: a key of kind `K`, and its label. */
export type FieldSpec<K extends DraftKind = DraftKind> = KeyedSpec<SpecKey<K>>;

/** A field by its key; templates compare by their keys through this, not through the kind. */
export type KeyedSpec<Key extends string> = { readonly key: Key; readonly label: string };

/**
 * One template per document kind (Alaveteli `OutgoingMessage::Template::*`), typed by that kind
 * (`KindTemplate<'rti-application'>`): the keys it needs, and a pure render from the draft to blocks. docassemble's idea: the template decides which
 * questions the UI must ask, through `requiredFields` (and `conditionalFields` for keys that
 * only matter given other answers, e.g. the BPL certificate only when the fee mode is BPL).
 */
export type KindTemplate<K extends DraftKind> = TemplateOf<K, DraftFieldKey<K>>;

/**
 * A template of any kind (what `TEMPLATES` holds and generic code reads): every kind's template is
 * one, as its methods take its own kind's draft (see below).
 */
export type DocumentTemplate = TemplateOf<DraftKind, AnyDraftFieldKey>;

/** A template spelled by its kind and its field keys. */
type TemplateOf<K extends DraftKind, Key extends string> = {
  readonly kind: K;
  readonly title: string;
  readonly requiredFields: ReadonlyArray<KeyedSpec<Key>>;
  /*
   * `conditionalFields` and `render` are methods, not function-typed properties, on purpose: a
   * method's parameter is compared both ways, so the template of one kind (which reads that kind's
   * fields) still fits `DocumentTemplate` for every kind, and `TEMPLATES[draft.kind].render(draft)`
   * type-checks. `TEMPLATES` pairs each kind with its own template (checked in `index.ts`).
   */
  conditionalFields?(draft: DraftOf<K>): ReadonlyArray<KeyedSpec<Key>>;
  /** Keys whose value must be one of a closed set (a UI shows these as a choice); a filled value outside it blocks export. */
  readonly choices?: { readonly [P in Key]?: ReadonlyArray<string> };
  /** Human labels for the values in `choices`, by key then value (English: the UI language). */
  readonly choiceLabels?: { readonly [P in Key]?: { readonly [value: string]: string } };
  /** Optional keys the template reads, so an editor can offer them. */
  readonly optionalFields?: ReadonlyArray<KeyedSpec<Key>>;
  /** The draft needs at least this many points (numbered points / lettered parts / rows). */
  readonly minPoints?: { readonly count: number; readonly label: string };
  render(draft: DraftOf<K>, ctx: RenderContext): ReadonlyArray<Block>;
  /** The new draft's fields and points from the case, beside the render that reads them. */
  prefill(ctx: DraftContext): Prefill<K>;
};
