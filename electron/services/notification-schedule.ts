import { indiaDate } from '../../shared/lib/dates/index.ts';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { dashboard } from '../../shared/filings/dashboard.ts';
import { dueNotifications, liveNotificationKeys, type DueNotification } from '../../shared/filings/notifications.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { CaseStore } from './case-store.ts';
import type { DataPaths } from './paths.ts';
import { isNotFound, type SettingsLoad } from './settings-store.ts';
import { deadlineOptionsFrom, loadAllCases } from './tracker-data.ts';
import { ENGINE_EN } from '../../shared/messages/catalogue-en.ts';
import { ENGINE_HI } from '../../shared/messages/catalogue-hi.ts';
import type { EngineLanguage } from '../../shared/messages/catalogue.ts';
import { msg } from '../../shared/messages/message.ts';
import { messageTexts, type MessageTexts } from '../../shared/messages/texts.ts';

/**
 * Desktop notifications on due dates, as plain Node: which to show now, and the record of those
 * already shown, so each stage of each deadline is shown once (`shared/filings/notifications.ts`).
 * Electron's `Notification` and the hourly timer live in `electron/main/notifications.ts`.
 */

export const SENT_FILE_NAME = 'notifications-sent.json';

/**
 * More than this at once (the first start after months away, say) is a wall of pop-ups; the rest
 * are folded into one summary, and all are recorded as shown.
 */
export const MAX_SEPARATE_NOTIFICATIONS = 3;

const SentFileSchema = z.object({ version: z.literal(1), keys: z.array(z.string()) });

export type NotificationToShow = {
  readonly title: string;
  readonly body: string;
  /** The case to open when the notification is clicked, if it is about one case. */
  readonly caseId: string | null;
};

export type NotificationCheck = {
  readonly shown: ReadonlyArray<NotificationToShow>;
  /** The deadline notifications behind `shown` (more than `shown` when some were folded). */
  readonly due: ReadonlyArray<DueNotification>;
  /** Cases that could not be read, and a sent-record that could not be read or written. */
  readonly problems: ReadonlyArray<string>;
};

export function sentFilePath(paths: DataPaths): string {
  return join(paths.dataDir, SENT_FILE_NAME);
}

/** The keys already shown. A missing file is none; an unreadable one is reported and treated as none. */
export async function readSentKeys(paths: DataPaths): Promise<{ keys: string[]; problem: string | null }> {
  let text: string;
  try {
    text = await readFile(sentFilePath(paths), 'utf8');
  } catch (e) {
    if (isNotFound(e)) return { keys: [], problem: null };
    return { keys: [], problem: `The record of notifications shown could not be read (${String(e)}).` };
  }
  try {
    const parsed = SentFileSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { keys: parsed.data.keys, problem: null };
  } catch {
    // Falls through: not JSON.
  }
  return { keys: [], problem: 'The record of notifications shown was not in the expected form; it will be replaced.' };
}

export async function writeSentKeys(paths: DataPaths, keys: ReadonlyArray<string>): Promise<void> {
  await mkdir(paths.dataDir, { recursive: true });
  await writeFileAtomic(sentFilePath(paths), `${JSON.stringify({ version: 1, keys: [...keys] }, null, 2)}\n`);
}

/** Up to `MAX_SEPARATE_NOTIFICATIONS` separately, most pressing first; any more as one summary. */
export function foldNotifications(due: ReadonlyArray<DueNotification>, texts: MessageTexts = notificationTexts('en')): NotificationToShow[] {
  const separate = due.length <= MAX_SEPARATE_NOTIFICATIONS ? due : due.slice(0, MAX_SEPARATE_NOTIFICATIONS - 1);
  const shown: NotificationToShow[] = separate.map((n) => ({
    title: texts.text(n.title),
    body: n.body.map((line) => (typeof line === 'string' ? line : texts.text(line))).join('\n'),
    caseId: n.caseId,
  }));
  const rest = due.slice(separate.length);
  if (rest.length > 0) {
    const overdue = rest.filter((n) => n.stage === 'overdue').length;
    shown.push({
      title: texts.text(msg('notify.more', { count: rest.length })),
      body: texts.text(overdue > 0 ? msg('notify.moreOverdue', { count: overdue }) : msg('notify.moreNoneOverdue')),
      caseId: null,
    });
  }
  return shown;
}

/** Notifications speak the interface language the user chose (settings). */
export function notificationTexts(language: EngineLanguage): MessageTexts {
  return messageTexts(language, language === 'hi' ? ENGINE_HI : ENGINE_EN);
}

/**
 * One check: read every case of the workspace, work out which notifications are due today and not
 * yet shown, hand them to `show`, and record them. The record keeps only keys of deadlines still
 * open (`liveNotificationKeys`), so it does not grow for ever.
 *
 * Keys are recorded after `show` returns; a crash in between shows them again at the next check,
 * which is better than never.
 */
export async function runNotificationCheck(args: {
  readonly paths: DataPaths;
  /** The app's settings and case store (the service context's own, so there is one of each). */
  readonly settings: SettingsLoad;
  readonly caseStore: CaseStore;
  readonly now: string;
  readonly show: (notification: NotificationToShow) => void;
}): Promise<NotificationCheck> {
  const loaded = args.settings;
  const settings = loaded.settings;
  const problems: string[] = loaded.kind === 'unreadable' ? [loaded.message] : [];
  const { cases, problems: caseProblems } = await loadAllCases(args.caseStore);
  problems.push(...caseProblems.map((p) => `${p.file}: ${p.message}`));

  const today = indiaDate(args.now);
  const items = dashboard(cases.map((c) => ({ caseId: c.id, caseTitle: c.title, filings: c.filings })), today, deadlineOptionsFrom(settings));
  const sent = await readSentKeys(args.paths);
  if (sent.problem !== null) problems.push(sent.problem);
  const due = dueNotifications(items, today, sent.keys);
  const shown = foldNotifications(due, notificationTexts(settings.language));
  for (const notification of shown) args.show(notification);

  const keep = liveNotificationKeys(items, [...sent.keys, ...due.map((n) => n.key)]);
  const changed = keep.length !== sent.keys.length || keep.some((key, index) => key !== sent.keys[index]);
  if (changed) {
    try {
      await writeSentKeys(args.paths, keep);
    } catch (e) {
      problems.push(`The record of notifications shown could not be written (${String(e)}).`);
    }
  }
  return { shown, due, problems };
}
