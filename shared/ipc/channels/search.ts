import { z } from 'zod';
import { SEARCH_PLACES } from '../../search/case-documents.ts';
import type { ChannelSpec } from './common.ts';

export const SearchTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('case'), caseId: z.string() }),
  z.object({ kind: z.literal('digest'), digestId: z.string(), file: z.string() }),
]);

/**
 * Full-text search across all cases and digests: names, question and reply texts, drafts,
 * filings. Whole words and phrases, ranked, each hit with its matches marked in the snippet.
 */
export const searchChannels = {
  'search:query': {
    input: z.object({ query: z.string().max(500) }).strict(),
    output: z.object({
      hits: z.array(z.object({
        target: SearchTargetSchema,
        heading: z.string(),
        places: z.array(z.object({
          place: z.enum(SEARCH_PLACES),
          label: z.string(),
          snippet: z.array(z.object({ text: z.string(), match: z.boolean() })),
        })),
      })),
      casesSearched: z.number().int(),
    }),
  },
} as const satisfies Record<string, ChannelSpec>;
