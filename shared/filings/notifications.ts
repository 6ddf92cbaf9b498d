import { daysBetween, type IsoDate } from '../lib/dates/index.ts';
import { deadlineKindMessage } from '../deadlines/labels.ts';
import { dateParam, msg, type Message } from '../messages/message.ts';
import type { TrackedDeadline } from '../deadlines/types.ts';
import { assertNever } from '../lib/assert-never.ts';
import type { DashboardItem } from './dashboard.ts';

/**
 * Which deadlines deserve a desktop notification today.
 *
 * Each deadline passes through at most three stages, and each is notified once:
 * - `due-soon`: the deadline is in its due-soon window (`dueSoonDays`) but not today;
 * - `due-today`: today is the last day;
 * - `overdue`: the day has passed and nothing was recorded.
 * The key names the case, filing, deadline kind, due date and stage. The due date is part of it
 * so that a date that moves (a delivery date recorded, a fee paid) counts as a new deadline.
 *
 * Not every stage is worth interrupting the user for:
 * - the user's own deadlines (actor `applicant`: first and second appeal) get all three, since
 *   missing them loses the remedy (s.19(1): 30 days; s.19(3): 90 days);
 * - deadlines on the other side (reply, transfer, first appellate order, answer, assurance) get
 *   `due-today` and `overdue`: the day the authority's time runs out is the day the user may act;
 * - `deemed-refusal` is never notified on its own: its date is the day after the reply date,
 *   the same day the reply deadline turns overdue, which already says so (s.7(2));
 * - a deadline whose clock is paused (fee demanded, s.7(3)(a)) is not notified.
 * On one day only the stage of that day is offered, so a missed due-soon is not sent late.
 */

export type NotificationStage = 'due-soon' | 'due-today' | 'overdue';

export type DueNotification = {
  /** Stable: the app stores the keys it has sent and passes them back as `alreadySent`. */
  readonly key: string;
  /** "Reply due today (02.02.2026)", as a message the app renders in its language. */
  readonly title: Message;
  /** The filing, the case, and what to do next: one line each, user text as given. */
  readonly body: ReadonlyArray<Message | string>;
  readonly caseId: string;
  readonly filingId: string;
  readonly stage: NotificationStage;
};

const STAGE_RANK: Readonly<Record<NotificationStage, number>> = { overdue: 0, 'due-today': 1, 'due-soon': 2 };

export function notificationKey(caseId: string, filingId: string, deadline: Pick<TrackedDeadline, 'kind' | 'dueDate'>, stage: NotificationStage): string {
  return `${deadlineKeyPrefix(caseId, filingId, deadline)}${stage}`;
}

function deadlineKeyPrefix(caseId: string, filingId: string, deadline: Pick<TrackedDeadline, 'kind' | 'dueDate'>): string {
  // Case ids are [a-z0-9-]; filing ids are free text, so they are encoded to keep "/" a separator.
  return `${caseId}/${encodeURIComponent(filingId)}/${deadline.kind}/${deadline.dueDate}/`;
}

/** The stage a deadline is in today, if it is one worth a notification. */
export function notificationStage(deadline: TrackedDeadline, today: IsoDate): NotificationStage | null {
  if (deadline.kind === 'deemed-refusal') return null;
  if (deadline.status !== 'upcoming' && deadline.status !== 'due-soon' && deadline.status !== 'overdue') return null;
  const left = daysBetween(today, deadline.dueDate);
  const ownDeadline = deadline.actor === 'applicant';
  if (left < 0) return 'overdue';
  if (left === 0) return 'due-today';
  return ownDeadline && deadline.status === 'due-soon' ? 'due-soon' : null;
}

export function dueNotifications(items: ReadonlyArray<DashboardItem>, today: IsoDate, alreadySent: ReadonlyArray<string>): ReadonlyArray<DueNotification> {
  const sent = new Set(alreadySent);
  const out: Array<DueNotification & { readonly dueDate: IsoDate }> = [];
  for (const item of items) {
    for (const deadline of item.deadlines) {
      const stage = notificationStage(deadline, today);
      if (stage === null) continue;
      const key = notificationKey(item.caseId, item.filingId, deadline, stage);
      if (sent.has(key)) continue;
      out.push({
        key,
        title: titleFor(deadline, stage, today),
        body: [item.filingTitle, item.caseTitle, ...(item.nextAction ? [msg('notify.next', { action: item.nextAction.label })] : [])].filter((line) => line !== ''),
        caseId: item.caseId,
        filingId: item.filingId,
        stage,
        dueDate: deadline.dueDate,
      });
    }
  }
  out.sort((a, b) => STAGE_RANK[a.stage] - STAGE_RANK[b.stage] || daysBetween(b.dueDate, a.dueDate) || a.key.localeCompare(b.key));
  return out.map(({ dueDate: _dueDate, ...notification }) => notification);
}

function titleFor(deadline: TrackedDeadline, stage: NotificationStage, today: IsoDate): Message {
  const label = deadlineKindMessage(deadline.kind);
  const date = dateParam(deadline.dueDate);
  switch (stage) {
    case 'due-soon':
      return msg('notify.dueSoon', { deadline: label, count: daysBetween(today, deadline.dueDate), date });
    case 'due-today':
      return msg('notify.dueToday', { deadline: label, date });
    case 'overdue':
      return deadline.actor === 'applicant'
        ? msg('notify.lastDayWas', { deadline: label, date })
        : msg('notify.passed', { deadline: label, date });
    default:
      return assertNever(stage, 'Unknown notification stage');
  }
}

/**
 * The sent keys still worth keeping: those of deadlines that are still open. The app can store
 * this instead of the whole history, so the list does not grow for ever.
 */
export function liveNotificationKeys(items: ReadonlyArray<DashboardItem>, alreadySent: ReadonlyArray<string>): string[] {
  const prefixes = new Set<string>();
  for (const item of items) {
    for (const deadline of item.deadlines) {
      if (deadline.status === 'upcoming' || deadline.status === 'due-soon' || deadline.status === 'overdue' || deadline.status === 'paused') {
        prefixes.add(deadlineKeyPrefix(item.caseId, item.filingId, deadline));
      }
    }
  }
  return alreadySent.filter((key) => prefixes.has(key.slice(0, key.lastIndexOf('/') + 1)));
}
