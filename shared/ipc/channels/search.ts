import { z } from 'zod';
import { SEARCH_PLACES } from '../../search/search-case.ts';
import type { ChannelSpec } from './common.ts';

/** Search across all cases: names, question and reply texts, drafts, filings and authorities. */
export const searchChannels = {
  'search:query': {
    input: z.object({ query: z.string().max(500) }).strict(),
    output: z.object({
      hits: z.array(z.object({
        caseId: z.string(),
        caseTitle: z.string(),
        place: z.enum(SEARCH_PLACES),
        label: z.string(),
        snippet: z.string(),
        matchStart: z.number().int(),
        matchEnd: z.number().int(),
      })),
      casesSearched: z.number().int(),
    }),
  },
} as const satisfies Record<string, ChannelSpec>;
