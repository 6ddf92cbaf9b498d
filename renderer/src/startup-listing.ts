import type { ChannelOutput } from '../../shared/ipc/contract.ts';

type Listing = ChannelOutput<'cases:list'>;

/**
 * The case list start-up shows, given what `app:bootstrap` did (startup.ts): the list asked for
 * beside it, unless that one may have been read before bootstrap seeded the example case, which
 * shows as the case to open missing from it; then the list is read again. Not `firstRun`: main
 * keeps that flag for its whole life, and a list that holds the case to open is complete anyway.
 */
export function listAfterBootstrap(started: ChannelOutput<'app:bootstrap'>, early: Listing, again: () => Promise<Listing>): Promise<Listing> | Listing {
  const missing = started.openCaseId !== null && !early.cases.some((c) => c.id === started.openCaseId);
  return missing ? again() : early;
}
