import { z } from 'zod';

/** What a source document is to the case. `qa` is an official text holding both question and reply. */
export const SourceRoleSchema = z.enum(['qa', 'question', 'reply', 'notes']);
export type SourceRole = z.infer<typeof SourceRoleSchema>;

export const SourceOriginSchema = z.object({
  kind: z.enum(['paste', 'file', 'example']),
  fileName: z.string().nullable(),
  importedAt: z.string(),
});

export const SourceDocumentSchema = z.object({
  id: z.string().min(1),
  role: SourceRoleSchema,
  title: z.string(),
  text: z.string(),
  origin: SourceOriginSchema,
  note: z.string().default(''),
  /**
   * The text is a press report's account of the reply, not the official text: documents that quote
   * it say "as reported", so nobody files a paraphrase as the Minister's words.
   */
  reported: z.boolean().optional(),
});
export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
