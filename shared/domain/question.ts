import { z } from 'zod';

/**
 * A parliamentary question as the analyser reads it; field names follow the
 * `analyze --json` contract in `reply-analysis.md` (they may not be renamed).
 */
export const HouseSchema = z.enum(['Lok Sabha', 'Rajya Sabha']);
export type House = z.infer<typeof HouseSchema>;

export const QuestionKindSchema = z.enum(['starred', 'unstarred', 'short-notice']);
export type QuestionKind = z.infer<typeof QuestionKindSchema>;

export const QuestionPartSchema = z.object({
  label: z.string().regex(/^[a-z]{1,2}$/),
  text: z.string(),
});
export type QuestionPart = z.infer<typeof QuestionPartSchema>;

export const QuestionSchema = z.object({
  house: HouseSchema.nullable(),
  kind: QuestionKindSchema.nullable(),
  number: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) the question was (to be) answered. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  ministry: z.string().nullable(),
  subject: z.string().nullable(),
  /**
   * The subject in Hindi, as the Hindi version of the question list prints it, given by the user
   * (the analyser reads the English): Hindi documents and suggestions use it instead of the English.
   */
  subjectHi: z.string().optional(),
  askedBy: z.array(z.string()),
  parts: z.array(QuestionPartSchema),
});
export type Question = z.infer<typeof QuestionSchema>;
