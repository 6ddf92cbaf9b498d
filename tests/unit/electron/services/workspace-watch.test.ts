import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseStore } from '../../../../electron/services/case-store.ts';
import { dataPaths } from '../../../../electron/services/paths.ts';
import { createServiceContext } from '../../../../electron/services/service-context.ts';
import { changedCase, watchWorkspace } from '../../../../electron/services/workspace-watch.ts';
import type { WorkspaceChange } from '../../../../shared/ipc/events.ts';
import { buildCowinCase } from '../../../../shared/example/cowin-case.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'workspace-watch-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

describe('which changes in the workspace are a case changing', () => {
  it('counts a case file, a conflict copy and a case folder; not temps, revisions, locks or other folders', () => {
    expect(changedCase(join('cowin', 'case.json'))).toBe('cowin');
    expect(changedCase(join('cowin', 'case.sync-conflict-20261203-101500-ABCDEFG.json'))).toBe('cowin');
    expect(changedCase('cowin')).toBe('cowin');
    expect(changedCase(join('cowin', 'case.json.tmp-123-abcd'))).toBeNull();
    expect(changedCase(join('cowin', '.syncthing.case.json.tmp'))).toBeNull();
    expect(changedCase(join('cowin', '.revisions', '3-abc.json'))).toBeNull();
    expect(changedCase(join('cowin', 'evidence', 'e1.pdf'))).toBeNull();
    expect(changedCase(join('cowin', '.unanswered-lock'))).toBeNull();
    expect(changedCase(join('Copy of cowin', 'case.json'))).toBeNull();
    expect(changedCase(null)).toBeNull();
  });
});

describe('watching the workspace', () => {
  it('reports a save made by another store on the same folder, every time (saves replace the file by rename)', async () => {
    const changes: WorkspaceChange[] = [];
    let notify: () => void = () => undefined;
    const watch = watchWorkspace(dir, (change) => { changes.push(change); notify(); });
    const next = () => new Promise<void>((done) => { notify = done; });
    try {
      const other = createCaseStore(dir);
      let c = buildCowinCase('2026-12-01T10:00:00.000Z', []);
      for (let i = 0; i < 3; i += 1) {
        const seen = next();
        const saved = await other.save({ ...c, title: `Save ${i}` });
        if (!saved.ok) throw new Error(saved.error);
        c = saved.value.case;
        await seen;
        expect(changes.at(-1)).toEqual({ caseIds: [c.id] });
      }
      // A folder that is not a case, and a file beside the cases, are not reported.
      const count = changes.length;
      await mkdir(join(dir, 'Not a case'));
      await writeFile(join(dir, 'Not a case', 'case.json'), '{}');
      const seen = next();
      await writeFile(join(dir, c.id, 'case.sync-conflict-20261203-101500-ABCDEFG.json'), '{}');
      await seen;
      const after = changes.slice(count);
      expect(after.length).toBeGreaterThan(0);
      expect(after.every((x) => x.caseIds.length === 1 && x.caseIds[0] === c.id)).toBe(true);
    } finally {
      watch.close();
    }
  });
});

describe('the report main sends the window', () => {
  it('names the revision of a case whose file is still this app\'s own save, and not of one saved by another copy of the app', async () => {
    const changes: WorkspaceChange[] = [];
    let notify: () => void = () => undefined;
    const next = () => new Promise<void>((done) => { notify = done; });
    const paths = dataPaths(dir);
    const ctx = createServiceContext({
      paths,
      dialogs: { chooseSavePath: async () => null, chooseFolder: async () => null, chooseOpenFile: async () => null, chooseOpenFiles: async () => null },
      workspaceChanged: (change) => { changes.push(change); notify(); },
    });
    try {
      const store = await ctx.caseStore();
      let seen = next();
      const ours = await store.save(buildCowinCase('2026-12-01T10:00:00.000Z', []));
      if (!ours.ok) throw new Error(ours.error);
      const id = ours.value.case.id;
      // The new case's folder may be reported on its own before its file lands; the file's report names the revision.
      while (changes.at(-1)?.written === undefined) {
        await seen;
        seen = next();
      }
      expect(changes.at(-1)).toEqual({ caseIds: [id], written: [{ caseId: id, hash: ours.value.case.revision?.hash }] });

      seen = next();
      const theirs = await createCaseStore(paths.defaultWorkspace).save({ ...ours.value.case, title: 'Saved on another machine' });
      if (!theirs.ok) throw new Error(theirs.error);
      await seen;
      expect(changes.at(-1)).toEqual({ caseIds: [id] });
    } finally {
      ctx.stopWatching();
    }
  });
});
