import type * as EventSchemas from '../../shared/ipc/events.ts';
import type { ApiEvents } from '../../shared/ipc/events.ts';

/**
 * Main's events, each checked against its schema before a listener sees it; malformed messages
 * are dropped. `raw` is the preload's subscriptions (api.ts), unchecked; api-events.ts binds them.
 *
 * The schemas (zod) are loaded on the first event, not with the app: subscribing is part of the
 * first screen, and evaluating zod there held the case list back (issue 12). Every message waits
 * on the same load, so messages reach listeners in the order they came.
 */
type Schemas = typeof EventSchemas;
let schemas: Promise<Schemas> | null = null;
const loadSchemas = (): Promise<Schemas> => (schemas ??= import('../../shared/ipc/events.ts'));

/** The preload's subscriptions as they really are: a message from main is unchecked until parsed. */
export type RawEvents = { readonly [K in keyof ApiEvents]: (listener: (raw: unknown) => void) => () => void };

type Checker<T> = { safeParse: (raw: unknown) => { success: true; data: T } | { success: false } };

/** Subscribes through `subscribe`, passing each message on once checked, unless unsubscribed meanwhile. */
function checked<T>(subscribe: (listener: (raw: unknown) => void) => () => void, pick: (s: Schemas) => Checker<T>, listener: (value: T) => void): () => void {
  let live = true;
  const off = subscribe((raw) => {
    void loadSchemas().then((s) => {
      const parsed = pick(s).safeParse(raw);
      if (live && parsed.success) listener(parsed.data);
    });
  });
  return () => { live = false; off(); };
}

export function checkedEvents(raw: RawEvents): ApiEvents {
  return {
    onMenuCommand: (listener) => checked((l) => raw.onMenuCommand(l), (s) => s.MenuCommandSchema, listener),
    onTaskProgress: (listener) => checked((l) => raw.onTaskProgress(l), (s) => s.TaskProgressSchema, listener),
    onWorkspaceChanged: (listener) => checked((l) => raw.onWorkspaceChanged(l), (s) => s.WorkspaceChangeSchema, listener),
  };
}
