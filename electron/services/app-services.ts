import type { Handlers } from '../../shared/ipc/contract.ts';
import { caseHandlers } from './handlers/case-handlers.ts';
import { exportHandlers } from './handlers/export-handlers.ts';
import { trackerHandlers } from './handlers/tracker-handlers.ts';
import { importHandlers } from './handlers/import-handlers.ts';
import { settingsHandlers } from './handlers/settings-handlers.ts';
import { searchHandlers } from './handlers/search-handlers.ts';
import { taskHandlers } from './handlers/task-handlers.ts';
import { digestHandlers } from './handlers/digest-handlers.ts';
import { startHandlers } from './handlers/start-handlers.ts';
import { createServiceContext, type ServiceDeps } from './service-context.ts';
import type { ServiceEvents } from './service-events.ts';
import type { EngineLanguage } from '../../shared/messages/catalogue.ts';
import { assertUniqueChannels } from './unique-channels.ts';
import { closeIndexes } from './index-db/index-registry.ts';
import { runNotificationCheck, type NotificationCheck, type NotificationToShow } from './notification-schedule.ts';

export type { ServiceDeps } from './service-context.ts';

/**
 * Every IPC channel's implementation, as plain Node, gathered from one file per domain under
 * `handlers/`. Electron's `ipcMain` and the test bridge both serve exactly this object, so the
 * end-to-end tests run the real services. `satisfies Handlers` makes a channel without a
 * handler a compile error.
 */
export type AppServices = {
  readonly handlers: Handlers;
  readonly shutdown: () => Promise<void>;
  /** Recently opened cases that still exist, newest first, for the Recent Cases menu. */
  readonly recentCases: () => Promise<ReadonlyArray<{ id: string; title: string }>>;
  /** What the services tell the shell ("case opened"): main refreshes its Recent Cases menu on it. */
  readonly events: ServiceEvents;
  /** The interface language now (settings), for the menu main builds. */
  readonly language: () => Promise<EngineLanguage>;
  /** Shows the deadline notifications due now, from the same settings, case store and clock as the handlers. */
  readonly checkNotifications: (show: (notification: NotificationToShow) => void) => Promise<NotificationCheck>;
};

export function createAppServices(deps: ServiceDeps): AppServices {
  const ctx = createServiceContext(deps);
  const cases = caseHandlers(ctx);
  const settings = settingsHandlers(ctx);
  const groups = {
    start: startHandlers(cases, settings),
    cases,
    export: exportHandlers(ctx),
    tracker: trackerHandlers(ctx),
    import: importHandlers(ctx),
    settings,
    search: searchHandlers(ctx),
    tasks: taskHandlers(ctx),
    digest: digestHandlers(ctx),
  };
  assertUniqueChannels(groups);
  const handlers = {
    ...groups.start,
    ...groups.cases,
    ...groups.export,
    ...groups.tracker,
    ...groups.import,
    ...groups.settings,
    ...groups.search,
    ...groups.tasks,
    ...groups.digest,
  } satisfies Handlers;
  // A clean quit removes the session marker; only a crash or a kill leaves it behind.
  const recentCases = async () => {
    const ids = (await ctx.settings()).settings.recentCaseIds;
    const { cases } = await (await ctx.caseStore()).list();
    return ids.flatMap((id) => cases.filter((c) => c.id === id).map((c) => ({ id: c.id, title: c.title })));
  };
  const shutdown = async () => {
    ctx.stopWatching();
    closeIndexes();
    await (await ctx.session()).end();
  };
  const checkNotifications = async (show: (notification: NotificationToShow) => void) =>
    runNotificationCheck({ paths: ctx.paths, settings: await ctx.settings(), caseStore: await ctx.caseStore(), now: ctx.now(), show });
  return { handlers, shutdown, recentCases, events: ctx.events, language: ctx.language, checkNotifications };
}

export function createHandlers(deps: ServiceDeps): Handlers {
  return createAppServices(deps).handlers;
}
