import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { MENU_COMMAND_EVENT, TASK_PROGRESS_EVENT, WORKSPACE_CHANGED_EVENT } from '../../../../shared/ipc/events.ts';

/**
 * The sandboxed preload cannot import zod, so it names main's events as string literals
 * (electron/preload/index.ts) rather than importing the constants main sends them under: this
 * keeps the two spellings the same. (The Electron e2e, where an Electron binary is available,
 * runs them for real.)
 */
describe('preload event names', () => {
  it('listen under the names main sends', async () => {
    const source = await readFile(new URL('../../../../electron/preload/index.ts', import.meta.url), 'utf8');
    const listened = [...source.matchAll(/ipcRenderer\.on\('([^']+)'/g)].map((m) => m[1]);
    const removed = [...source.matchAll(/ipcRenderer\.removeListener\('([^']+)'/g)].map((m) => m[1]);
    expect(listened.sort()).toEqual([MENU_COMMAND_EVENT, TASK_PROGRESS_EVENT, WORKSPACE_CHANGED_EVENT].sort());
    expect(removed.sort()).toEqual(listened);
  });
});
