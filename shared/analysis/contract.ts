/**
 * The `analyze --json` output contract of reply-analysis.md: `question` and one
 * verdict per lettered part. Fields may be added, never renamed or dropped.
 */
import { z } from 'zod';
import { PartVerdictSchema } from '../domain/analysis.ts';
import { QuestionSchema } from '../domain/question.ts';

export const AnalyzeOutputSchema = z.object({
  question: QuestionSchema,
  parts: z.array(PartVerdictSchema),
  /** What evidence offsets index into: the combined text, or the reply given separately. */
  evidenceSource: z.enum(['text', 'reply']),
});
export type AnalyzeOutput = z.infer<typeof AnalyzeOutputSchema>;
