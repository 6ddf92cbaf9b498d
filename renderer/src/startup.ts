import type { ChannelOutput } from '../../shared/ipc/contract.ts';
import { api } from './api.ts';
import { caseRepository } from './case-repository.ts';

/**
 * What the first screen needs from main, asked for once, at once, in one round trip (`app:start`:
 * the settings, bootstrap and the case list; issue 12).
 *
 * Evaluated in the first, smallest chunk (main.tsx), which imports nothing that runs code at
 * load, so the request goes out before React, zod and the screens are even evaluated. The case
 * to open is read ahead as soon as the answer names it, through the repository, which hands that
 * one read to the case view when it opens the same case.
 */
export type Startup = Promise<ChannelOutput<'app:start'>>;

function begin(): Startup {
  const started = api['app:start']({});
  void started.then(({ bootstrap }) => { if (bootstrap.openCaseId) caseRepository.readAhead(bootstrap.openCaseId); }, () => undefined);
  // Awaited by its readers; this only keeps an early failure from being reported as unhandled.
  started.catch(() => undefined);
  return started;
}

export const startup: Startup = begin();
