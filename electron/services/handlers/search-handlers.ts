import type { HandlersFor } from '../../../shared/ipc/contract.ts';
import type { searchChannels } from '../../../shared/ipc/channels/search.ts';
import { indexFor } from '../index-db/index-registry.ts';
import { searchIndex, syncCaseIndex } from '../search/search-index.ts';
import type { ServiceContext } from '../service-context.ts';

const MAX_HITS = 100;

/** Search the full-text index, first bringing it up to date with the workspace's case files. */
export function searchHandlers(ctx: ServiceContext): HandlersFor<keyof typeof searchChannels> {
  return {
    'search:query': async ({ query }) => {
      const { db } = indexFor(ctx.paths.dataDir);
      const sync = await syncCaseIndex(db, await ctx.caseStore());
      return { hits: searchIndex(db, query, MAX_HITS), casesSearched: sync.cases };
    },
  };
}
