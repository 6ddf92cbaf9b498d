import { z } from 'zod';

/**
 * A file kept as evidence for the case: a reply received, a postal receipt, a screenshot of
 * the RTI Online status page. The file itself is copied into `<workspace>/<caseId>/evidence/`;
 * this record is what the case stores about it.
 *
 * The SHA-256 is taken while the file is copied in, so a later change to the stored copy shows
 * up when it is verified (the "local archive with hashes and timestamps" need in
 * `rti-law-and-anchors.md`, feature 22; the CIC second-appeal guidelines ask for the documents
 * relied on with an index, https://cic.gov.in/second-appeal-guidelines).
 */

/** Stored names are generated, never taken from the user: `<id>` plus a short safe extension. */
export const EVIDENCE_FILE_NAME = /^[a-z0-9][a-z0-9-]{0,79}(\.[a-z0-9]{1,8})?$/;

export const EVIDENCE_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'A SHA-256 is 64 lower-case hex digits');

export const EvidenceFileSchema = z.object({
  id: z.string().regex(EVIDENCE_ID, 'An evidence id is lower-case letters, digits and hyphens'),
  /** The name inside the case's `evidence/` folder. */
  fileName: z.string().regex(EVIDENCE_FILE_NAME, 'An evidence file name is generated: lower-case letters, digits, hyphens and one extension'),
  /** The name the file had when the user attached it, for display only (never used as a path). */
  originalName: z.string(),
  sha256: Sha256HexSchema,
  size: z.number().int().nonnegative(),
  /** ISO timestamp of when the file was attached. */
  addedAt: z.string(),
  /** The filing it belongs to, or null for the case as a whole. */
  filingId: z.string().nullable(),
  note: z.string().default(''),
});
export type EvidenceFile = z.infer<typeof EvidenceFileSchema>;

/** The case's evidence records; a case saved before evidence existed has none. */
export function caseEvidence(c: { readonly evidence?: ReadonlyArray<EvidenceFile> | undefined }): ReadonlyArray<EvidenceFile> {
  return c.evidence ?? [];
}
