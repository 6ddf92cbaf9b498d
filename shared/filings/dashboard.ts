import { compareIsoDates, type IsoDate } from '../lib/dates/index.ts';
import type { Filing, FilingKind, FilingStatus } from '../domain/filing.ts';
import { deadlinesFor } from '../deadlines/deadlines-for.ts';
import { isPending, type DeadlineOptions, type DeadlineStatus, type TrackedDeadline } from '../deadlines/types.ts';
import { currentStatus, hasReached } from '../domain/filing-history.ts';
import { describeFiling, filingStatusLabel } from '../domain/filing-labels.ts';
import { nextActions, type NextAction } from './next-actions.ts';

export type DashboardCase = {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly filings: ReadonlyArray<Filing>;
};

export type Urgency = 'overdue' | 'due-soon' | 'paused' | 'upcoming' | 'none';

export type DashboardItem = {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly filingId: string;
  readonly filingKind: FilingKind;
  readonly filingTitle: string;
  readonly status: FilingStatus;
  readonly statusLabel: string;
  readonly urgency: Urgency;
  /** The most pressing open deadline, if any. */
  readonly deadline: TrackedDeadline | null;
  /** Every deadline of the filing, open or not, for the detail view. */
  readonly deadlines: ReadonlyArray<TrackedDeadline>;
  readonly nextAction: NextAction | null;
  readonly otherActions: ReadonlyArray<NextAction>;
  /**
   * What the user must draft, and by when, when the law gives them a limit: a first or second
   * appeal (s.19(1), s.19(3)), a follow-up on an assurance. The dashboard leads with these.
   */
  readonly yourAction: NextAction | null;
};

const URGENCY_RANK: Readonly<Record<Urgency, number>> = { overdue: 0, 'due-soon': 1, paused: 2, upcoming: 3, none: 4 };

/**
 * Every open filing across the cases, ordered by what the user must do next, and when: first the
 * filings where the user has something to draft against a limit of their own (an appeal window,
 * an assurance to follow up), earliest limit first; then the rest, most urgent first (overdue, due
 * soon, paused, upcoming, then those with no open deadline), within a group the earliest date first.
 *
 * Closed filings are left out. So is an earlier stage of an RTI chain once a later stage is filed
 * as its own filing (an application once its linked first appeal is filed; a first appeal once a
 * second appeal for the same application is filed): the later stage carries the chain.
 */
export function dashboard(cases: ReadonlyArray<DashboardCase>, today: IsoDate, options: Partial<DeadlineOptions> = {}): DashboardItem[] {
  const items: DashboardItem[] = [];
  for (const entry of cases) {
    const latestStage = latestFiledStage(entry.filings);
    for (const filing of entry.filings) {
      const status = currentStatus(filing);
      if (status === 'closed') continue;
      const chain = chainKey(filing);
      if (chain !== null && (latestStage.get(chain) ?? -1) > stageRank(filing)) continue;
      const deadlines = deadlinesFor(filing, today, options);
      const open = deadlines.filter((d) => isPending(d.status)).sort(byUrgency);
      const deadline = open[0] ?? null;
      const actions = nextActions(filing, today, options);
      items.push({
        caseId: entry.caseId,
        caseTitle: entry.caseTitle,
        filingId: filing.id,
        filingKind: filing.kind,
        filingTitle: describeFiling(filing),
        status,
        statusLabel: filingStatusLabel(filing.kind, status),
        urgency: deadline ? urgencyOf(deadline.status) : 'none',
        deadline,
        deadlines,
        nextAction: actions[0] ?? null,
        otherActions: actions.slice(1),
        yourAction: actions.find((a) => a.kind.startsWith('draft-') && a.dueDate !== null) ?? null,
      });
    }
  }
  return items.sort((a, b) =>
    compareYours(a.yourAction, b.yourAction)
    || URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency]
    || compareDue(a.deadline, b.deadline)
    || a.caseTitle.localeCompare(b.caseTitle)
    || a.filingId.localeCompare(b.filingId));
}

function urgencyOf(status: DeadlineStatus): Urgency {
  if (status === 'overdue' || status === 'due-soon' || status === 'paused' || status === 'upcoming') return status;
  return 'none';
}

function byUrgency(a: TrackedDeadline, b: TrackedDeadline): number {
  return URGENCY_RANK[urgencyOf(a.status)] - URGENCY_RANK[urgencyOf(b.status)] || compareDue(a, b);
}

/** Dated before undated, then the earliest date first. */
function compareDates(a: IsoDate | null | undefined, b: IsoDate | null | undefined): number {
  if (a && b) return compareIsoDates(a, b);
  return (a ? 0 : 1) - (b ? 0 : 1);
}

/** Filings with a limit of the user's own first, the earliest limit first. */
function compareYours(a: NextAction | null, b: NextAction | null): number {
  return compareDates(a?.dueDate, b?.dueDate);
}

function compareDue(a: TrackedDeadline | null, b: TrackedDeadline | null): number {
  return compareDates(a?.dueDate, b?.dueDate);
}

/** The RTI chain a filing belongs to: the application's id. */
function chainKey(filing: Filing): string | null {
  if (filing.kind === 'rti-application') return filing.id;
  if (filing.kind === 'rti-first-appeal' || filing.kind === 'rti-second-appeal') return filing.applicationId;
  return null;
}

function stageRank(filing: Filing): number {
  if (filing.kind === 'rti-first-appeal') return 1;
  if (filing.kind === 'rti-second-appeal') return 2;
  return 0;
}

function latestFiledStage(filings: ReadonlyArray<Filing>): Map<string, number> {
  const latest = new Map<string, number>();
  for (const filing of filings) {
    const chain = chainKey(filing);
    if (chain === null || !hasReached(filing, 'filed')) continue;
    latest.set(chain, Math.max(latest.get(chain) ?? -1, stageRank(filing)));
  }
  return latest;
}
