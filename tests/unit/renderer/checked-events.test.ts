import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkedEvents } from '../../../renderer/src/checked-events.ts';

/**
 * checked-events.ts checks main's events against their schemas, which it loads on the first event
 * (issue 12). The preload's subscriptions are stood in for by listeners kept here: what a test
 * "sends" reaches the checker exactly as the preload's ipcRenderer.on would pass it.
 */
type Listener = (raw: unknown) => void;
const listeners: Record<'menu' | 'progress' | 'workspace', Listener[]> = { menu: [], progress: [], workspace: [] };
const subscribe = (kind: keyof typeof listeners) => (listener: Listener) => {
  listeners[kind].push(listener);
  return () => { listeners[kind] = listeners[kind].filter((l) => l !== listener); };
};
const send = (kind: keyof typeof listeners, raw: unknown): void => { for (const l of listeners[kind]) l(raw); };

const events = checkedEvents({ onMenuCommand: subscribe('menu'), onTaskProgress: subscribe('progress'), onWorkspaceChanged: subscribe('workspace') });
afterEach(() => { listeners.menu = []; listeners.progress = []; listeners.workspace = []; });

/** Lets the schema load and every queued check run. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

describe('main\'s events, checked once the schemas load', () => {
  it('passes well-formed messages on in the order they came, and drops malformed ones', async () => {
    const seen: string[] = [];
    events.onMenuCommand((c) => seen.push(c.command));
    send('menu', { command: 'new-case' });
    send('menu', { command: 'format-disk' });
    send('menu', 'help');
    send('menu', { command: 'help' });
    send('menu', { command: 'open-case', caseId: 'cowin' });
    await vi.waitFor(() => expect(seen).toHaveLength(3));
    await settle();
    expect(seen).toEqual(['new-case', 'help', 'open-case']);
  });

  it('checks task progress against its refinement (done never past total)', async () => {
    const seen: number[] = [];
    events.onTaskProgress((p) => seen.push(p.done));
    send('progress', { taskId: 'import-1', kind: 'import', done: 3, total: 2 });
    send('progress', { taskId: 'import-1', kind: 'import', done: 1, total: 2 });
    send('progress', { taskId: '../etc', kind: 'import', done: 1, total: 2 });
    await vi.waitFor(() => expect(seen).toEqual([1]));
  });

  it('delivers nothing after unsubscribing, even a message already waiting for the schemas', async () => {
    const seen: WorkspaceChangeIds[] = [];
    const off = events.onWorkspaceChanged((c) => seen.push(c.caseIds));
    send('workspace', { caseIds: ['a-case'] });
    off();
    send('workspace', { caseIds: ['another'] });
    await settle();
    expect(seen).toEqual([]);
    expect(listeners.workspace).toHaveLength(0);
  });
});

type WorkspaceChangeIds = ReadonlyArray<string>;
