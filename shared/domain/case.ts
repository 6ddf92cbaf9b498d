import { z } from 'zod';
import { CaseAnalysisSchema } from './analysis.ts';
import { CaseEventSchema } from './case-event.ts';
import { DraftSchema } from './draft.ts';
import { EvidenceFileSchema } from './evidence.ts';
import { FilingSchema } from './filing.ts';
import { QuestionSchema } from './question.ts';
import { SourceDocumentSchema } from './source-document.ts';
import { CaseConflictSchema, CaseHistoryEntrySchema, CaseRevisionSchema } from './case-sync.ts';

/**
 * Bump with a migration step in `case-migrations.ts` whenever the stored shape changes.
 * History: 1 — the first; 2 — every case carries an `evidence` list (empty when none); 3 — a
 * shared workspace: the case may carry its `revision`, a short `history` of who changed it, and
 * open `conflicts` (`case-sync.ts`). An app that reads only up to 2 refuses a version 3 file
 * rather than dropping its conflicts on save; 4 — each kind of draft carries only the field keys it
 * declares (`draft-fields.ts`), any other a version 3 draft had kept in its `legacyFields`; 5 — the
 * matter may carry dated `events` with their sources (`case-event.ts`), which a version 4 app would
 * drop on save.
 */
export const CASE_SCHEMA_VERSION = 5;

export const CaseIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'A case id is lower-case letters, digits and hyphens');
export type CaseId = z.infer<typeof CaseIdSchema>;

export const MatterSchema = z.object({
  summary: z.string(),
  notes: z.string(),
  /** Dated events known from the case's material, each with its source (schema 5 on). */
  events: z.array(CaseEventSchema).optional(),
});

/** One case: one JSON file in the workspace. */
export const CaseSchema = z.object({
  schemaVersion: z.literal(CASE_SCHEMA_VERSION),
  id: CaseIdSchema,
  title: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  isExample: z.boolean(),
  matter: MatterSchema,
  sources: z.array(SourceDocumentSchema),
  question: QuestionSchema.nullable(),
  analysis: CaseAnalysisSchema,
  drafts: z.array(DraftSchema),
  filings: z.array(FilingSchema),
  /** Files kept as evidence (`evidence.ts`); schema 2 on (version 1 files are migrated). */
  evidence: z.array(EvidenceFileSchema),
  /** Set by the case store on every write (schema 3 on); absent on a case never saved since. */
  revision: CaseRevisionSchema.optional(),
  /** Who changed the case and when, newest last, kept short (schema 3 on). */
  history: z.array(CaseHistoryEntrySchema).optional(),
  /** Clashes a merge could not settle, each keeping every version until the user picks one (schema 3 on). */
  conflicts: z.array(CaseConflictSchema).optional(),
});
export type Case = z.infer<typeof CaseSchema>;

/** What the case list shows without loading every case in full. */
export const CaseSummarySchema = z.object({
  id: CaseIdSchema,
  title: z.string(),
  updatedAt: z.string(),
  isExample: z.boolean(),
  openParts: z.number().int().nonnegative(),
  draftCount: z.number().int().nonnegative(),
});
export type CaseSummary = z.infer<typeof CaseSummarySchema>;
