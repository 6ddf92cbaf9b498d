import { z } from 'zod';

/**
 * A filing recorded against the case (an RTI application, an appeal, a question notice, an assurance).
 *
 * The tracker deepens this; version 1 keeps the fields every filing has.
 */
export const FilingSchema = z.object({
  id: z.string().min(1),
  kind: z.string(),
  createdAt: z.string(),
}).loose();
export type Filing = z.infer<typeof FilingSchema>;
