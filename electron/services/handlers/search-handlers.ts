import type { HandlersFor } from '../../../shared/ipc/contract.ts';
import type { searchChannels } from '../../../shared/ipc/channels/search.ts';
import { searchCase } from '../../../shared/search/search-case.ts';
import type { ServiceContext } from '../service-context.ts';

const MAX_HITS = 200;

/** Search every readable case in the workspace (unreadable ones are skipped, as the list reports them). */
export function searchHandlers(ctx: ServiceContext): HandlersFor<keyof typeof searchChannels> {
  return {
    'search:query': async ({ query }) => {
      const store = await ctx.caseStore();
      const { cases } = await store.list();
      const hits = [];
      for (const summary of cases) {
        const opened = await store.open(summary.id);
        if (!opened.ok) continue;
        hits.push(...searchCase(opened.value.value, query));
        if (hits.length >= MAX_HITS) break;
      }
      return { hits: hits.slice(0, MAX_HITS), casesSearched: cases.length };
    },
  };
}
