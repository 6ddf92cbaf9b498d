import { z } from 'zod';
import { DraftSchema } from '../../domain/draft.ts';
import type { ChannelSpec } from './common.ts';

/** Writing drafts out as Word documents, through the save dialog. */
export const exportChannels = {
  'export:docx': {
    input: z.object({ draft: DraftSchema }).strict(),
    output: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('saved'), fileName: z.string(), path: z.string() }),
      z.object({ kind: z.literal('canceled') }),
      z.object({ kind: z.literal('blocked'), missing: z.array(z.object({ key: z.string(), label: z.string() })) }),
      z.object({ kind: z.literal('failed'), message: z.string() }),
    ]),
  },
} as const satisfies Record<string, ChannelSpec>;
