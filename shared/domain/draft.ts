import { z } from 'zod';
import { declaresField, DRAFT_FIELD_KEYS, type AnyDraftFieldKey, type DraftFieldKey } from './draft-fields.ts';

/**
 * Every kind of document the app drafts. One template per kind lives in `templates/`.
 */
export const DRAFT_KINDS = [
  'rti-application',
  'rti-first-appeal',
  'rti-second-appeal',
  'rti-complaint',
  'pq-notice',
  'half-an-hour-notice',
  'list-of-dates',
  'points-table',
] as const;
export const DraftKindSchema = z.enum(DRAFT_KINDS);
export type DraftKind = z.infer<typeof DraftKindSchema>;

export const LanguageSchema = z.enum(['en', 'hi']);
export type Language = z.infer<typeof LanguageSchema>;

/** A kind's fields: the keys it declares (`draft-fields.ts`), each an optional string; no other key. */
function fieldsSchema<K extends DraftKind>(kind: K) {
  const shape = Object.fromEntries(DRAFT_FIELD_KEYS[kind].map((key) => [key, z.string().optional()]));
  // Object.fromEntries forgets the keys; they are exactly the kind's declared keys.
  return z.strictObject(shape as { [P in DraftFieldKey<K>]: z.ZodOptional<z.ZodString> });
}

function draftSchemaOf<K extends DraftKind>(kind: K) {
  return z.object({
    id: z.string().min(1),
    kind: z.literal(kind),
    title: z.string(),
    language: LanguageSchema,
    createdAt: z.string(),
    updatedAt: z.string(),
    /** The question parts this draft follows up. */
    forParts: z.array(z.string()),
    /** Template fields by key: only the keys the kind declares (`draft-fields.ts`). */
    fields: fieldsSchema(kind),
    /**
     * Keys an older case stored that the kind no longer declares (schema 3 -> 4 migration):
     * kept with the draft so no text the user typed is lost, read by nothing but search.
     */
    legacyFields: z.record(z.string(), z.string()).optional(),
    /** The numbered points (RTI) or lettered parts (question notice). */
    points: z.array(z.string()),
    /**
     * The tracked filing a one-click draft was made from ("Draft the first appeal"): the same
     * action on the same filing opens this draft instead of making a second.
     */
    fromFilingId: z.string().optional(),
  });
}

/** A draft: one shape per kind, told apart by `kind`. */
export const DraftSchema = z.discriminatedUnion('kind', [
  draftSchemaOf('rti-application'),
  draftSchemaOf('rti-first-appeal'),
  draftSchemaOf('rti-second-appeal'),
  draftSchemaOf('rti-complaint'),
  draftSchemaOf('pq-notice'),
  draftSchemaOf('half-an-hour-notice'),
  draftSchemaOf('list-of-dates'),
  draftSchemaOf('points-table'),
]);
export type Draft = z.infer<typeof DraftSchema>;

/** The draft of one kind (or of a union of kinds). */
export type DraftOf<K extends DraftKind> = Extract<Draft, { readonly kind: K }>;

/**
 * A field's value, or undefined when the draft has none. The key must be one some kind declares
 * (`draft-fields.ts`); a key this draft's kind does not declare reads as absent.
 */
export function fieldValue(draft: Draft, key: AnyDraftFieldKey): string | undefined {
  const fields: { readonly [key: string]: string | undefined } = draft.fields;
  return fields[key];
}

/**
 * The draft with some fields set, and removed where the patch says `undefined`. The types allow
 * only keys the draft's kind declares; `withField` is the same for a key known only at run time.
 */
export function withFields<D extends Draft>(draft: D, patch: { readonly [P in DraftFieldKey<D['kind']>]?: string | undefined }): D {
  return setDeclared(draft, Object.entries(patch));
}

/**
 * The draft with one field set (or removed, for `undefined`), the key coming from a form or a
 * table rather than from the types. A key the draft's kind does not declare is a bug (check with
 * `declaresField` first where the key may belong to another kind).
 */
export function withField<D extends Draft>(draft: D, key: AnyDraftFieldKey, value: string | undefined): D {
  return setDeclared(draft, [[key, value]]);
}

/** `withField` for several keys at once (the example's specimen values; a patch built at run time). */
export function withSomeFields<D extends Draft>(draft: D, patch: { readonly [P in AnyDraftFieldKey]?: string | undefined }): D {
  return setDeclared(draft, Object.entries(patch));
}

function setDeclared<D extends Draft>(draft: D, entries: ReadonlyArray<readonly [string, string | undefined]>): D {
  const patch = new Map(entries);
  for (const key of patch.keys()) {
    if (!declaresField(draft.kind, key)) throw new Error(`Bug: a ${draft.kind} draft has no field "${key}"`);
  }
  // Keys keep their place; a new one goes last; `undefined` removes one.
  const current = Object.entries(draft.fields).map(([key, value]): [string, string | undefined] => [key, patch.has(key) ? patch.get(key) : value]);
  const added = [...patch].filter(([key]) => !(key in draft.fields));
  const fields = Object.fromEntries([...current, ...added].filter(([, value]) => value !== undefined));
  // Every key is one the kind declares (checked above), so the fields keep the kind's shape.
  return { ...draft, fields: fields as D['fields'] };
}

/** The RTI documents: addressed to a public authority, with the applicant's particulars. */
export type RtiDraftKind = 'rti-application' | 'rti-first-appeal' | 'rti-second-appeal' | 'rti-complaint';

export function isRtiDraft(draft: Draft): draft is DraftOf<RtiDraftKind> {
  return draft.kind === 'rti-application' || draft.kind === 'rti-first-appeal' || draft.kind === 'rti-second-appeal' || draft.kind === 'rti-complaint';
}
