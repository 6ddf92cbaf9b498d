import { z } from 'zod';

/**
 * Every kind of document the app drafts. One template per kind lives in `templates/`.
 */
export const DRAFT_KINDS = [
  'rti-application',
  'rti-first-appeal',
  'rti-second-appeal',
  'rti-complaint',
  'pq-notice',
  'half-an-hour-notice',
  'list-of-dates',
  'points-table',
] as const;
export const DraftKindSchema = z.enum(DRAFT_KINDS);
export type DraftKind = z.infer<typeof DraftKindSchema>;

export const LanguageSchema = z.enum(['en', 'hi']);
export type Language = z.infer<typeof LanguageSchema>;

export const DraftSchema = z.object({
  id: z.string().min(1),
  kind: DraftKindSchema,
  title: z.string(),
  language: LanguageSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  /** The question parts this draft follows up. */
  forParts: z.array(z.string()),
  /** Template fields by key; each template declares which keys it requires. */
  fields: z.record(z.string(), z.string()),
  /** The numbered points (RTI) or lettered parts (question notice). */
  points: z.array(z.string()),
});
export type Draft = z.infer<typeof DraftSchema>;
