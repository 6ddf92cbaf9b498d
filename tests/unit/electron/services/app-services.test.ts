import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../electron/services/app-services.ts';
import type { Dialogs } from '../../../../electron/services/dialogs.ts';
import { dataPaths } from '../../../../electron/services/paths.ts';
import { dispatch } from '../../../../shared/ipc/dispatch.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'services-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

function scriptedDialogs(answers: { save?: Array<string | null>; folder?: Array<string | null> }): Dialogs {
  return {
    chooseSavePath: async () => answers.save?.shift() ?? null,
    chooseFolder: async () => answers.folder?.shift() ?? null,
    chooseOpenFile: async () => null,
    chooseOpenFiles: async () => null,
  };
}

describe('app services', () => {
  it('first start seeds the CoWIN example and opens it; the next start does not seed again', async () => {
    const handlers = createHandlers({ paths: dataPaths(dir), dialogs: scriptedDialogs({}) });
    const boot = await handlers['app:bootstrap']({});
    expect(boot.firstRun).toBe(true);
    expect(boot.openCaseId).toBe('cowin-data-breach-2023');
    expect(boot.workspace).toEqual({ path: join(dir, 'workspace'), isDefault: true });
    const listing = await handlers['cases:list']({});
    expect(listing.cases.map((c) => c.title)).toEqual(['CoWIN data breach: Rajya Sabha, 21 July 2023']);

    const again = createHandlers({ paths: dataPaths(dir), dialogs: scriptedDialogs({}) });
    const second = await again['app:bootstrap']({});
    expect(second.firstRun).toBe(false);
    expect(second.openCaseId).toBe('cowin-data-breach-2023');
  });

  it('app:start brings the settings, bootstrap and a case list that already holds the example a first start seeds', async () => {
    const handlers = createHandlers({ paths: dataPaths(dir), dialogs: scriptedDialogs({}) });
    const started = await dispatch(handlers, 'app:start', {});
    if (!started.ok) throw new Error(started.error.message);
    const value = started.value;
    expect(value).toEqual(expect.objectContaining({
      settings: expect.objectContaining({ language: 'en', welcomeDismissed: false }),
      bootstrap: expect.objectContaining({ firstRun: true, openCaseId: 'cowin-data-breach-2023' }),
    }));
    const listing = await handlers['cases:list']({});
    expect(started.ok && started.value).toEqual(expect.objectContaining({ listing }));
    expect(listing.cases.map((c) => c.id)).toEqual(['cowin-data-breach-2023']);
  });

  it('the user can choose another workspace, and cases are then kept there', async () => {
    const elsewhere = join(dir, 'my-cases');
    const handlers = createHandlers({ paths: dataPaths(dir), dialogs: scriptedDialogs({ folder: [elsewhere] }) });
    await handlers['app:bootstrap']({});
    const chosen = await handlers['workspace:choose']({});
    expect(chosen).toEqual({ ok: true, workspace: { path: elsewhere, isDefault: false } });
    const created = await handlers['cases:create']({ title: 'Vacancies in central universities' });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.case.id : '';
    expect(id).toMatch(/^vacancies-in-central-universities-[0-9a-f]{6}$/);
    expect(JSON.parse(await readFile(join(elsewhere, id, 'case.json'), 'utf8')).title).toBe('Vacancies in central universities');
    const settings = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'));
    expect(settings.workspace).toBe(elsewhere);
  });

  it('lists every stored question for the repeat check, without changing the last-opened case', async () => {
    const handlers = createHandlers({ paths: dataPaths(dir), dialogs: scriptedDialogs({}) });
    await handlers['app:bootstrap']({});
    await handlers['cases:create']({ title: 'A case with no question yet' });
    const before = await readFile(join(dir, 'settings.json'), 'utf8');
    const { questions } = await handlers['cases:questions']({});
    expect(questions.map((q) => [q.caseId, q.question.house, q.question.parts.length])).toEqual([['cowin-data-breach-2023', 'Rajya Sabha', 4]]);
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(before);
  });

  it('an unreadable settings file is left as it is', async () => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'settings.json'), '{ broken');
    const handlers = createHandlers({ paths: dataPaths(dir), dialogs: scriptedDialogs({}) });
    await handlers['app:bootstrap']({});
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe('{ broken');
  });

  it('malformed payloads are refused by zod before any service runs', async () => {
    const handlers = createHandlers({ paths: dataPaths(dir), dialogs: scriptedDialogs({}) });
    const bad = await dispatch(handlers, 'cases:open', { id: '../../etc/passwd' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.kind).toBe('malformed-payload');
    const extra = await dispatch(handlers, 'cases:list', { path: '/tmp' });
    expect(!extra.ok && extra.error.message).toMatch(/Refused cases:list/);
    const unknown = await dispatch(handlers, 'fs:read', {});
    expect(!unknown.ok && unknown.error.kind).toBe('unknown-channel');
    const notACase = await dispatch(handlers, 'cases:save', { case: { id: 'x' } });
    expect(!notACase.ok && notACase.error.kind).toBe('malformed-payload');
  });

  it('a well-formed call goes through and its output matches the contract', async () => {
    const handlers = createHandlers({ paths: dataPaths(dir), dialogs: scriptedDialogs({}) });
    await handlers['app:bootstrap']({});
    const opened = await dispatch(handlers, 'cases:open', { id: 'cowin-data-breach-2023' });
    expect(opened.ok).toBe(true);
  });
});
