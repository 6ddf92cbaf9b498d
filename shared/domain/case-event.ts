import { z } from 'zod';
import { IsoDateSchema } from '../lib/dates/iso-date-schema.ts';

/**
 * A dated event the case knows from its material rather than from its own tracker: a ministry's
 * statement, an FIR reported in the press, another reply of the same day, a notification. The list
 * of dates and the bundle's chronology print every one beside the question, the filings and the
 * evidence, with the source it rests on, so a lawyer can check each line before filing.
 */
export const CaseEventSchema = z.object({
  date: IsoDateSchema,
  /** What happened, one sentence, as the user wrote it. */
  event: z.string().min(1),
  /** The same in Hindi, when the user gave it: Hindi documents print it instead of `event`. */
  eventHi: z.string().default(''),
  /** Where the case learnt it, as users read it: the notification, the reply, the report and its date. */
  source: z.string().default(''),
  /** Only a secondary source (a press report) backs it: documents mark it UNCONFIRMED. */
  secondary: z.boolean().default(false),
  /** The case's source document holding the text, if it has one. */
  sourceId: z.string().nullable().default(null),
  /** The event is another reply on the matter (to another question): the points table quotes it too. */
  isReply: z.boolean().default(false),
});
export type CaseEvent = z.infer<typeof CaseEventSchema>;
