import { CASE_SCHEMA_VERSION, CaseSchema, type Case } from './case.ts';
import { err, ok, type Result } from '../lib/result.ts';
import { describeIssues } from '../lib/parse.ts';
import { DraftKindSchema } from './draft.ts';
import { declaresField } from './draft-fields.ts';

export type CaseReadProblem =
  | { readonly kind: 'not-json'; readonly message: string }
  | { readonly kind: 'newer-version'; readonly message: string; readonly version: number }
  | { readonly kind: 'invalid'; readonly message: string };

export type ReadCase = { readonly value: Case; readonly migratedFrom: number | null };

/**
 * Turn the text of a case file into a Case, migrating older schema versions.
 *
 * A file we cannot read comes back as a problem with its reason; the caller must leave
 * it untouched on disk (the brief: never overwrite a file we could not read).
 */
export function readCaseText(text: string): Result<ReadCase, CaseReadProblem> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return err({ kind: 'not-json', message: `The file is not valid JSON (${e instanceof Error ? e.message : 'parse error'}); it may be truncated or damaged.` });
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return err({ kind: 'invalid', message: 'The file holds JSON, but not a case object.' });
  }
  const version = 'schemaVersion' in raw ? raw.schemaVersion : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err({ kind: 'invalid', message: 'The file has no valid schemaVersion, so it is not an Unanswered case.' });
  }
  if (version > CASE_SCHEMA_VERSION) {
    return err({ kind: 'newer-version', version, message: `The case was saved by a newer version of Unanswered (schema ${version}; this one reads up to ${CASE_SCHEMA_VERSION}). Update the app to open it.` });
  }
  const migrated = migrate(raw, version);
  const parsed = CaseSchema.safeParse(migrated);
  if (!parsed.success) {
    return err({ kind: 'invalid', message: `The case does not match schema ${CASE_SCHEMA_VERSION}: ${describeIssues(parsed.error.issues)}` });
  }
  return ok({ value: parsed.data, migratedFrom: version === CASE_SCHEMA_VERSION ? null : version });
}

/**
 * One step per schema version: STEPS[v] turns a version-v case into a version-(v+1) case. Each
 * step is small and only adds or reshapes what its version changed; the result is validated
 * against the current schema afterwards, so a step never has to be defensive about the rest.
 */
const STEPS: { readonly [from: number]: (raw: Record<string, unknown>) => Record<string, unknown> } = {
  // 1 -> 2: every case carries an evidence list; version 1 files may have none (or an early optional one).
  1: (raw) => ({ ...raw, evidence: Array.isArray(raw.evidence) ? raw.evidence : [], schemaVersion: 2 }),
  // 2 -> 3: revision, history and conflicts are new and optional; a version 2 case has none yet
  // (the store gives it its first revision when it next writes it, keeping the original beside it).
  2: (raw) => ({ ...raw, schemaVersion: 3 }),
  // 3 -> 4: each kind of draft takes only the field keys it declares (`draft-fields.ts`). A key a
  // version 3 draft stored that its kind does not declare moves to `legacyFields`, so no text is
  // lost (the store keeps the version 3 file beside the case, as for every migration).
  3: (raw) => ({ ...raw, drafts: Array.isArray(raw.drafts) ? raw.drafts.map(declaredFieldsOnly) : raw.drafts, schemaVersion: 4 }),
  // 4 -> 5: the matter's dated `events` are new and optional; a version 4 case has none.
  4: (raw) => ({ ...raw, schemaVersion: 5 }),
};

/** A stored draft with the keys its kind does not declare moved from `fields` to `legacyFields`. */
function declaredFieldsOnly(draft: unknown): unknown {
  if (typeof draft !== 'object' || draft === null || !('fields' in draft) || !('kind' in draft)) return draft;
  const { fields, kind } = draft;
  const parsedKind = DraftKindSchema.safeParse(kind);
  if (!parsedKind.success || typeof fields !== 'object' || fields === null) return draft;
  const entries = Object.entries(fields);
  const declared = entries.filter(([key]) => declaresField(parsedKind.data, key));
  const legacy = entries.filter(([key]) => !declaresField(parsedKind.data, key));
  if (legacy.length === 0) return draft;
  const earlier = 'legacyFields' in draft && typeof draft.legacyFields === 'object' ? draft.legacyFields : {};
  return { ...draft, fields: Object.fromEntries(declared), legacyFields: { ...earlier, ...Object.fromEntries(legacy) } };
}

/** Step a raw case up one schema version at a time. */
function migrate(raw: object, version: number): unknown {
  let current: Record<string, unknown> = { ...raw };
  for (let v = version; v < CASE_SCHEMA_VERSION; v += 1) {
    const step = STEPS[v];
    if (!step) throw new Error(`Bug: no migration step from case schema ${v}`);
    current = step(current);
  }
  return current;
}
