import { z } from 'zod';

/**
 * What a case carries so that several people (or machines) can share one workspace without an
 * edit being lost: its revision, a short history of who changed it, and the clashes a merge
 * could not settle on its own. The merge itself is `case-merge.ts`; the store that applies it
 * is `electron/services/case-store.ts`.
 */

/** A revision: a counter that only grows, and the SHA-256 of the case's content without its revision. */
export const CaseRevisionSchema = z.object({
  counter: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/, 'A revision hash is 64 lower-case hex digits'),
});
export type CaseRevision = z.infer<typeof CaseRevisionSchema>;

/** What a write did: the user's own edit, a merge with a save made elsewhere, or a sync tool's conflict copy folded back in. */
export const HISTORY_KINDS = ['edit', 'merge', 'sync-copy'] as const;

/** One write of the case: who (the profile's name, '' when none is set), when, and which parts of the case changed. */
export const CaseHistoryEntrySchema = z.object({
  id: z.string().min(1).max(100),
  at: z.string(),
  by: z.string().max(200),
  kind: z.enum(HISTORY_KINDS),
  /** The revision this write produced. */
  counter: z.number().int().nonnegative(),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Top-level parts of the case that changed (`title`, `matter`, `drafts`, ...). */
  changed: z.array(z.string().max(40)).max(40),
});
export type CaseHistoryEntry = z.infer<typeof CaseHistoryEntrySchema>;

/**
 * Where in the case a clash is: property names, and `{ id }` for an item of a list that merges by
 * its id (drafts, filings, evidence, sources) or, for verdict overrides, by the part's label.
 */
export const ConflictPathSegmentSchema = z.union([z.string().min(1).max(80), z.object({ id: z.string().min(1).max(200) }).strict()]);
export type ConflictPathSegment = z.infer<typeof ConflictPathSegmentSchema>;

/** One side's version of a clashing value; `removed` when that side deleted the item. */
export const ConflictVersionSchema = z.object({
  value: z.unknown(),
  removed: z.boolean(),
  by: z.string().max(200),
  at: z.string(),
});
export type ConflictVersion = z.infer<typeof ConflictVersionSchema>;

/**
 * A real clash: two sides changed the same field from the same ancestor, differently. The case
 * keeps every version here, and the field holds the first one until the user picks.
 */
export const CaseConflictSchema = z.object({
  id: z.string().min(1).max(100),
  path: z.array(ConflictPathSegmentSchema).min(1).max(8),
  at: z.string(),
  versions: z.array(ConflictVersionSchema).min(2).max(50),
});
export type CaseConflict = z.infer<typeof CaseConflictSchema>;
