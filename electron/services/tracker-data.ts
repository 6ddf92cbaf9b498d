import type { Case } from '../../shared/domain/case.ts';
import type { DeadlineOptions } from '../../shared/deadlines/types.ts';
import type { CaseStore, LoadProblem } from './case-store.ts';
import type { Settings } from './settings-store.ts';

/**
 * What the tracker reads from the workspace and the settings, shared by the IPC handlers and the
 * notification schedule so the dashboard, the .ics export and the notifications agree.
 */

/** Every case of the workspace in full; an unreadable case is reported, never guessed at. */
export async function loadAllCases(store: CaseStore): Promise<{ cases: Case[]; problems: LoadProblem[] }> {
  const listing = await store.list();
  const cases: Case[] = [];
  const problems: LoadProblem[] = [...listing.problems];
  for (const summary of listing.cases) {
    const read = await store.open(summary.id);
    if (read.ok) cases.push(read.value.value);
    else problems.push({ file: summary.id, message: read.error });
  }
  return { cases, problems };
}

/**
 * The deadline options the user controls. Only the postal allowance is a setting: it is the one
 * assumption the docs leave UNCONFIRMED that changes dates for everyone who posts (`DEADLINE_RULES.postalAllowance`).
 */
export function deadlineOptionsFrom(settings: Settings): Partial<DeadlineOptions> {
  return { postalDeliveryDays: settings.tracker.postalDeliveryDays };
}

