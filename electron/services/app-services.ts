import type { Handlers } from '../../shared/ipc/contract.ts';
import { caseHandlers } from './handlers/case-handlers.ts';
import { exportHandlers } from './handlers/export-handlers.ts';
import { trackerHandlers } from './handlers/tracker-handlers.ts';
import { importHandlers } from './handlers/import-handlers.ts';
import { settingsHandlers } from './handlers/settings-handlers.ts';
import { searchHandlers } from './handlers/search-handlers.ts';
import { taskHandlers } from './handlers/task-handlers.ts';
import { digestHandlers } from './handlers/digest-handlers.ts';
import { createServiceContext, type ServiceDeps } from './service-context.ts';

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
};

export function createAppServices(deps: ServiceDeps): AppServices {
  const ctx = createServiceContext(deps);
  const handlers = {
    ...caseHandlers(ctx),
    ...exportHandlers(ctx),
    ...trackerHandlers(ctx),
    ...importHandlers(ctx),
    ...settingsHandlers(ctx),
    ...searchHandlers(ctx),
    ...taskHandlers(ctx),
    ...digestHandlers(ctx),
  } satisfies Handlers;
  // A clean quit removes the session marker; only a crash or a kill leaves it behind.
  const recentCases = async () => {
    const ids = (await ctx.settings()).settings.recentCaseIds;
    const { cases } = await (await ctx.caseStore()).list();
    return ids.flatMap((id) => cases.filter((c) => c.id === id).map((c) => ({ id: c.id, title: c.title })));
  };
  const shutdown = async () => {
    ctx.stopWatching();
    await (await ctx.session()).end();
  };
  return { handlers, shutdown, recentCases };
}

export function createHandlers(deps: ServiceDeps): Handlers {
  return createAppServices(deps).handlers;
}
