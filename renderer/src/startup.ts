import type { UserSettings } from '../../shared/ipc/channels/settings.ts';
import type { ChannelOutput } from '../../shared/ipc/contract.ts';
import { api } from './api.ts';
import { caseRepository } from './case-repository.ts';
import { listAfterBootstrap } from './startup-listing.ts';

/**
 * What the first screen needs from main, asked for once, at once and side by side (issue 12).
 *
 * Evaluated in the first, smallest chunk (main.tsx), which imports nothing that runs code at
 * load, so the requests go out before React, zod and the screens are even evaluated. The
 * settings, `app:bootstrap` and the case list go together; the case to open is read ahead as
 * soon as `app:bootstrap` names it, through the repository, which hands that one read to the
 * case view when it opens the same case.
 *
 * On a first start `app:bootstrap` seeds the example case, which a list asked for beside it may
 * not have seen yet: then the list is asked for again once the seeding is done (startup-listing.ts).
 */
export type Startup = {
  readonly settings: Promise<UserSettings>;
  readonly bootstrap: Promise<ChannelOutput<'app:bootstrap'>>;
  readonly listing: Promise<ChannelOutput<'cases:list'>>;
};

function begin(): Startup {
  const settings = api['settings:get']({});
  const bootstrap = api['app:bootstrap']({});
  const early = caseRepository.list();
  void bootstrap.then((started) => { if (started.openCaseId) caseRepository.readAhead(started.openCaseId); }, () => undefined);
  const listing = Promise.all([bootstrap, early]).then(([started, first]) => listAfterBootstrap(started, first, () => caseRepository.list()));
  // Each is awaited by its reader; these only keep an early failure from being reported as unhandled twice.
  settings.catch(() => undefined);
  early.catch(() => undefined);
  listing.catch(() => undefined);
  return { settings, bootstrap, listing };
}

export const startup: Startup = begin();
