import { randomBytes } from 'node:crypto';
import type { TaskKind, TaskProgress } from '../../shared/ipc/events.ts';

/** Where progress goes: Electron main sends it to the window, the test bridge to its event stream. */
export type ProgressSink = (progress: TaskProgress) => void;

/** One piece of long work as its service sees it: a signal to stop on and a way to say how far it got. */
export type Task = {
  readonly id: string;
  readonly kind: TaskKind;
  readonly signal: AbortSignal;
  /** How far the work is; `total` null while unknown. Throttled (see `createTaskRegistry`). */
  readonly report: (done: number, total: number | null, label?: string) => void;
};

export type TaskRegistry = {
  /** Run `work` as a task named `taskId` (or a fresh name), stoppable by `cancel` until it settles. */
  readonly run: <T>(kind: TaskKind, taskId: string | undefined, work: (task: Task) => Promise<T>) => Promise<T>;
  /** Stop the task of that name: true if one was running. A name not yet begun is remembered, so a task started with it is stopped at once. */
  readonly cancel: (taskId: string) => boolean;
  /** Stop every running task of a kind (`import:cancel`, which names no task): true if there was one. */
  readonly cancelKind: (kind: TaskKind) => boolean;
  /** Names of the tasks running now. */
  readonly runningIds: () => ReadonlyArray<string>;
};

export type TaskRegistryOptions = {
  readonly sink?: ProgressSink;
  /** Milliseconds since some epoch; for the throttle. */
  readonly clock?: () => number;
  /**
   * Fewest milliseconds between two reports of one task. A 2,000-page PDF reports each page;
   * the renderer needs a few updates a second, not two thousand re-renders.
   */
  readonly minIntervalMs?: number;
};

/** Cancels that arrive before their task begins (the request is still in flight) are kept this long, as names. */
const MAX_EARLY_CANCELS = 100;

type Entry = { readonly kind: TaskKind; readonly controller: AbortController };

export function createTaskRegistry(opts: TaskRegistryOptions = {}): TaskRegistry {
  const clock = opts.clock ?? (() => performance.now());
  const minInterval = opts.minIntervalMs ?? 50;
  // One name may (by the renderer's mistake) be given twice; cancelling it stops both.
  const running = new Map<string, Set<Entry>>();
  const earlyCancels = new Set<string>();

  const send = (progress: TaskProgress): void => {
    if (!opts.sink) return;
    try {
      opts.sink(progress);
    } catch {
      // Progress is a courtesy: a window closing mid-send must not fail the work itself.
    }
  };

  async function run<T>(kind: TaskKind, taskId: string | undefined, work: (task: Task) => Promise<T>): Promise<T> {
    const id = taskId ?? `${kind}-${randomBytes(8).toString('hex')}`;
    const entry: Entry = { kind, controller: new AbortController() };
    if (earlyCancels.delete(id)) entry.controller.abort();
    const entries = running.get(id) ?? new Set<Entry>();
    entries.add(entry);
    running.set(id, entries);

    let lastSent = Number.NEGATIVE_INFINITY;
    let sentAny = false;
    const report = (done: number, total: number | null, label?: string): void => {
      const now = clock();
      const finished = total !== null && done >= total;
      if (sentAny && !finished && now - lastSent < minInterval) return;
      sentAny = true;
      lastSent = now;
      const safeDone = Math.max(0, Math.floor(done));
      send({
        taskId: id,
        kind,
        done: total === null ? safeDone : Math.min(safeDone, total),
        total,
        ...(label === undefined ? {} : { label: label.slice(0, 500) }),
      });
    };

    try {
      return await work({ id, kind, signal: entry.controller.signal, report });
    } finally {
      entries.delete(entry);
      if (entries.size === 0) running.delete(id);
    }
  }

  function cancel(taskId: string): boolean {
    const entries = running.get(taskId);
    if (!entries || entries.size === 0) {
      earlyCancels.add(taskId);
      // Oldest first: a Set iterates in insertion order.
      for (const old of earlyCancels) {
        if (earlyCancels.size <= MAX_EARLY_CANCELS) break;
        earlyCancels.delete(old);
      }
      return false;
    }
    for (const entry of entries) entry.controller.abort();
    return true;
  }

  function cancelKind(kind: TaskKind): boolean {
    let any = false;
    for (const entries of running.values()) {
      for (const entry of entries) {
        if (entry.kind !== kind) continue;
        entry.controller.abort();
        any = true;
      }
    }
    return any;
  }

  return { run, cancel, cancelKind, runningIds: () => [...running.keys()] };
}
