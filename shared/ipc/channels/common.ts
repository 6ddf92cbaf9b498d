import { z } from 'zod';

/** Schema pieces every domain's channels share. */
export const Empty = z.object({}).strict();
export const Failure = z.object({ ok: z.literal(false), message: z.string() });

/** A channel: zod schemas for what the renderer sends and what main answers. */
export type ChannelSpec = { readonly input: z.ZodType; readonly output: z.ZodType };
