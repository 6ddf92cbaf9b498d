import { z } from 'zod';
import { CaseAnalysisSchema } from './analysis.ts';
import { DraftSchema } from './draft.ts';
import { EvidenceFileSchema } from './evidence.ts';
import { FilingSchema } from './filing.ts';
import { QuestionSchema } from './question.ts';
import { SourceDocumentSchema } from './source-document.ts';

/**
 * Bump with a migration step in `case-migrations.ts` whenever the stored shape changes.
 * History: 1 — the first; 2 — every case carries an `evidence` list (empty when none).
 */
export const CASE_SCHEMA_VERSION = 2;

export const CaseIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'A case id is lower-case letters, digits and hyphens');
export type CaseId = z.infer<typeof CaseIdSchema>;

export const MatterSchema = z.object({
  summary: z.string(),
  notes: z.string(),
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
