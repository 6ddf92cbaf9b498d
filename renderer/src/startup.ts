import type { UserSettings } from '../../shared/ipc/channels/settings.ts';
import type { ChannelOutput } from '../../shared/ipc/contract.ts';
import { api } from './api.ts';
import { caseRepository } from './case-repository.ts';

/**
 * What the first screen needs from main, asked for once, at once and side by side (issue 12).
 *
 * Evaluated as main.tsx's first import, so the requests go out while React and the screens are
 * still being evaluated instead of one after another once they have rendered. The settings and
 * `app:bootstrap` go together; the case list and the case to open follow `app:bootstrap`, which
 * on a first start seeds the example case they show. The open case is read ahead through the
 * repository, which hands that one read to the case view when it opens the same case.
 */
export type Startup = {
  readonly settings: Promise<UserSettings>;
  readonly bootstrap: Promise<ChannelOutput<'app:bootstrap'>>;
  readonly listing: Promise<ChannelOutput<'cases:list'>>;
};

function begin(): Startup {
  const settings = api['settings:get']({});
  const bootstrap = api['app:bootstrap']({});
  const listing = bootstrap.then(() => caseRepository.list());
  void bootstrap.then((started) => { if (started.openCaseId) caseRepository.readAhead(started.openCaseId); }, () => undefined);
  // Each is awaited by its reader; these only keep an early failure from being reported as unhandled twice.
  settings.catch(() => undefined);
  listing.catch(() => undefined);
  return { settings, bootstrap, listing };
}

export const startup: Startup = begin();
