import type { Handlers } from '../../shared/ipc/contract.ts';
import { caseHandlers } from './handlers/case-handlers.ts';
import { exportHandlers } from './handlers/export-handlers.ts';
import { importHandlers } from './handlers/import-handlers.ts';
import { createServiceContext, type ServiceDeps } from './service-context.ts';

export type { ServiceDeps } from './service-context.ts';

/**
 * Every IPC channel's implementation, as plain Node, gathered from one file per domain under
 * `handlers/`. Electron's `ipcMain` and the test bridge both serve exactly this object, so the
 * end-to-end tests run the real services. `satisfies Handlers` makes a channel without a
 * handler a compile error.
 */
export function createHandlers(deps: ServiceDeps): Handlers {
  const ctx = createServiceContext(deps);
  return {
    ...caseHandlers(ctx),
    ...exportHandlers(ctx),
    ...importHandlers(ctx),
  } satisfies Handlers;
}
