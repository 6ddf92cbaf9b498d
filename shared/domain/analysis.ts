import { z } from 'zod';
import { PartStatusSchema } from './part-status-schema.ts';

/** A passage of the analysed text, as UTF-16 offsets into the text as read. */
export const EvidenceSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** An undertaking in the reply that the Committee on Government Assurances treats as an assurance. */
export const AssuranceSchema = z.object({
  phrase: z.string(),
  /** ISO date: three months from the date of answer (OAMS, `parliament-procedure.md` §4). */
  dueBy: z.string().nullable(),
  source: z.string(),
});
export type Assurance = z.infer<typeof AssuranceSchema>;

/**
 * The analyser's reason as a message: a template key and its parameters, so the interface and the
 * Hindi documents can write it in either language (`shared/analysis/reason-text.ts`). `items` are
 * the things a part asked and the reply left out, each a message of its own.
 */
const MessageCoreSchema = z.object({ key: z.string(), params: z.record(z.string(), z.string()) });
export const ReasonMessageDataSchema = MessageCoreSchema.extend({ items: z.array(MessageCoreSchema).optional() });
export type ReasonMessageData = z.infer<typeof ReasonMessageDataSchema>;

export const PartVerdictSchema = z.object({
  label: z.string(),
  status: PartStatusSchema,
  /** The reason in English, as the analyze --json contract gives it (reply-analysis.md). */
  reason: z.string(),
  reasonMessage: ReasonMessageDataSchema.optional(),
  evidence: z.array(EvidenceSchema),
  assurance: AssuranceSchema.optional(),
  /** How sure the verdict model is of the verdict's group (met / partly met / open), 0 to 1. */
  confidence: z.number().min(0).max(1).optional(),
  /** True when the confidence is below the cut where the model's cross-validated accuracy falls off: "check this". */
  needsCheck: z.boolean().optional(),
});
export type PartVerdict = z.infer<typeof PartVerdictSchema>;

/** The user's own verdict on a part, kept apart from the analyser's so both stay visible. */
export const VerdictOverrideSchema = z.object({
  label: z.string(),
  status: PartStatusSchema,
  reason: z.string(),
  at: z.string(),
});
export type VerdictOverride = z.infer<typeof VerdictOverrideSchema>;

export const CaseAnalysisSchema = z.object({
  /** Which source document the evidence offsets index into. */
  sourceId: z.string().nullable(),
  analyzedAt: z.string().nullable(),
  parts: z.array(PartVerdictSchema),
  overrides: z.array(VerdictOverrideSchema),
});
export type CaseAnalysis = z.infer<typeof CaseAnalysisSchema>;
