import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../electron/services/app-services.ts';
import { dataPaths } from '../../../../electron/services/paths.ts';
import { assertUniqueChannels } from '../../../../electron/services/unique-channels.ts';
import { CHANNELS } from '../../../../shared/ipc/contract.ts';

const noDialogs = { chooseSavePath: async () => null, chooseFolder: async () => null, chooseOpenFile: async () => null, chooseOpenFiles: async () => null };

describe('channel names at start-up', () => {
  it('throws on a channel two groups handle, naming both', () => {
    expect(() => assertUniqueChannels({ cases: { 'cases:open': 1, 'cases:list': 2 }, tracker: { 'tracker:overview': 3, 'cases:open': 4 } }))
      .toThrow('The IPC channel "cases:open" is handled twice: by cases and by tracker.');
    expect(() => assertUniqueChannels({ cases: { 'cases:open': 1 }, tracker: { 'tracker:overview': 2 } })).not.toThrow();
  });

  it('the app\'s groups start: every channel of the contract is handled exactly once', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'channels-'));
    try {
      const services = createAppServices({ paths: dataPaths(dir), dialogs: noDialogs });
      expect(Object.keys(services.handlers).sort()).toEqual([...CHANNELS].sort());
      await services.shutdown();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('tells listeners when a case is opened', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'events-'));
    try {
      const services = createAppServices({ paths: dataPaths(dir), dialogs: noDialogs });
      const seen: string[] = [];
      services.events.on((e) => seen.push(e.kind === 'case-opened' ? `${e.kind}:${e.caseId}` : e.kind));
      const created = await services.handlers['cases:create']({ title: 'A case' });
      if (!created.ok) throw new Error(created.message);
      await services.handlers['cases:open']({ id: created.case.id });
      expect(seen).toContain(`case-opened:${created.case.id}`);
      await services.shutdown();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
