import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { beginSession } from '../../../../electron/services/session-marker.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'session-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('session marker', () => {
  it('a clean end leaves nothing to recover', async () => {
    const first = await beginSession(dir, '2026-11-22T10:00:00.000Z', 111);
    await first.recordSave('case-a', 'Case A', '2026-11-22T10:01:00.000Z');
    await first.end();
    const second = await beginSession(dir, '2026-11-22T11:00:00.000Z', 222);
    expect(second.recovery).toBeNull();
  });

  it('a session whose process is gone is reported with what it had saved, newest first', async () => {
    // pid 2147483646 is never a live process here: this is how a killed app's marker looks.
    const crashed = await beginSession(dir, '2026-11-22T10:00:00.000Z', 2147483646);
    await crashed.recordSave('case-a', 'Case A', '2026-11-22T10:01:00.000Z');
    await crashed.recordSave('case-b', 'Case B', '2026-11-22T10:02:00.000Z');
    const next = await beginSession(dir, '2026-11-22T11:00:00.000Z', process.pid);
    expect(next.recovery).toEqual({
      startedAt: '2026-11-22T10:00:00.000Z',
      cases: [
        { id: 'case-b', title: 'Case B', savedAt: '2026-11-22T10:02:00.000Z' },
        { id: 'case-a', title: 'Case A', savedAt: '2026-11-22T10:01:00.000Z' },
      ],
    });
    expect(JSON.parse(await readFile(join(dir, 'session.json'), 'utf8')).pid).toBe(process.pid);
  });

  it('a damaged marker is treated as no marker', async () => {
    await writeFile(join(dir, 'session.json'), '{"pid":');
    expect((await beginSession(dir, '2026-11-22T11:00:00.000Z', 333)).recovery).toBeNull();
  });
});
