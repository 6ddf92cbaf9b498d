import type { CaseConflict, CaseHistoryEntry } from './case-sync.ts';

/**
 * Reading a case's sync fields, apart from their zod schemas (case-sync.ts): the case view uses
 * these on the first screen, which loads no zod (issue 12).
 */

/** How many history entries a case keeps (the newest). */
export const HISTORY_LIMIT = 50;

/** The case's open conflicts; a case saved before schema 3 has none. */
export function caseConflicts(c: { readonly conflicts?: ReadonlyArray<CaseConflict> | undefined }): ReadonlyArray<CaseConflict> {
  return c.conflicts ?? [];
}

/** The case's history, oldest first; a case saved before schema 3 has none. */
export function caseHistory(c: { readonly history?: ReadonlyArray<CaseHistoryEntry> | undefined }): ReadonlyArray<CaseHistoryEntry> {
  return c.history ?? [];
}
