import { z } from 'zod';
import { caseChannels } from './cases.ts';
import { Empty, type ChannelSpec } from './common.ts';
import { settingsChannels } from './settings.ts';

/**
 * Everything the first screen needs, in one round trip (issue 12): the settings, what
 * `app:bootstrap` says (the workspace, the case to open, what a crash left), and the case list,
 * read after bootstrap, so it holds the example case a first start seeds. Start-up asked for the
 * three side by side, and for the list a second time when it had been read before the seeding.
 */
export const startChannels = {
  'app:start': {
    input: Empty,
    output: z.object({
      settings: settingsChannels['settings:get'].output,
      bootstrap: caseChannels['app:bootstrap'].output,
      listing: caseChannels['cases:list'].output,
    }),
  },
} as const satisfies Record<string, ChannelSpec>;
