import { z } from 'zod';
import { DraftSchema } from '../../domain/draft.ts';
import type { ChannelSpec } from './common.ts';
import { TaskIdSchema } from '../events.ts';

const MissingSchema = z.array(z.object({ key: z.string(), label: z.string() }));

/** One public authority a batch sends the same RTI application to (`electron/services/export-batch.ts`). */
export const BatchTargetSchema = z.object({
  authorityId: z.string().max(80).nullable(),
  name: z.string().max(300),
  pioAddress: z.string().max(2000),
  state: z.string().max(100),
}).strict();

/**
 * Writing drafts out: one Word document through the save dialog, one application per authority
 * into a folder the user picks, and the clipboard (main's, because the renderer's permission
 * handler refuses every permission, clipboard-sanitized-write included: electron/main/security.ts).
 */
export const exportChannels = {
  'export:docx': {
    /** `mode`: 'final' (the default) is refused while placeholders remain; 'draft' is marked as a draft. */
    input: z.object({ draft: DraftSchema, mode: z.enum(['final', 'draft']).optional() }).strict(),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), fileName: z.string(), path: z.string() }),
      z.object({ kind: z.literal('canceled') }),
      z.object({ kind: z.literal('blocked'), missing: MissingSchema }),
      z.object({ kind: z.literal('placeholders'), placeholders: z.array(z.string()) }),
      z.object({ kind: z.literal('failed'), message: z.string() }),
    ]),
  },
  'export:batch': {
    /** `taskId`: the name `task:cancel` stops it by and its `task:progress` events carry (shared/ipc/events.ts). */
    input: z.object({ draft: DraftSchema, targets: z.array(BatchTargetSchema).min(1).max(200), taskId: TaskIdSchema.optional() }).strict(),
    output: z.discriminatedUnion('kind', [
      /** File names only: the renderer never learns a path it did not get from a dialog. */
      z.object({ kind: z.literal('saved'), folderName: z.string(), fileNames: z.array(z.string()) }),
      z.object({ kind: z.literal('canceled') }),
      z.object({ kind: z.literal('blocked'), problems: z.array(z.object({ authority: z.string(), missing: MissingSchema })) }),
      z.object({ kind: z.literal('failed'), message: z.string(), fileNames: z.array(z.string()) }),
      /** Stopped by `task:cancel` between two files: those already written stay. */
      z.object({ kind: z.literal('stopped'), folderName: z.string(), fileNames: z.array(z.string()), total: z.number().int().positive() }),
    ]),
  },
  'clipboard:write': {
    // RTI Online's box takes 3,000 characters; a generous cap keeps a runaway payload out.
    input: z.object({ text: z.string().max(200_000) }).strict(),
    output: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), message: z.string() })]),
  },
} as const satisfies Record<string, ChannelSpec>;
