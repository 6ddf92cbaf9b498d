import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppServices } from '../../../../../electron/services/app-services.ts';
import type { Dialogs } from '../../../../../electron/services/dialogs.ts';
import { exampleDrafts } from '../../../../../electron/services/example-documents.ts';
import { dataPaths } from '../../../../../electron/services/paths.ts';
import { CaseSchema, type Case } from '../../../../../shared/domain/case.ts';
import type { Handlers } from '../../../../../shared/ipc/contract.ts';
import { dispatch } from '../../../../../shared/ipc/dispatch.ts';
import { TaskProgressSchema, type TaskProgress } from '../../../../../shared/ipc/events.ts';
import { handWrittenPdf } from '../import/fixtures.ts';

/**
 * Long work through the IPC contract, as the renderer drives it: a task named in the request,
 * progress events out of `ServiceDeps.progress`, and `task:cancel` by that name, on real files.
 */
let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'task-handlers-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const NOW = '2026-03-02T10:00:00.000Z';

type Hooks = {
  /** Called with each event as it is sent: what a test does "while it runs". */
  onEvent: (event: TaskProgress) => void;
  /** Called when a dialog is shown, before it answers: what the user does while it is open. */
  onDialog: () => void;
};

type Setup = {
  readonly handlers: Handlers;
  readonly events: TaskProgress[];
  readonly answers: { open: Array<string | null>; save: Array<string | null>; folder: Array<string | null> };
  readonly on: Hooks;
};

function setup(): Setup {
  const answers: Setup['answers'] = { open: [], save: [], folder: [] };
  const on: Hooks = { onEvent: () => {}, onDialog: () => {} };
  const events: TaskProgress[] = [];
  const dialogs: Dialogs = {
    chooseOpenFile: async () => { on.onDialog(); return answers.open.shift() ?? null; },
    chooseOpenFiles: async () => null,
    chooseSavePath: async () => { on.onDialog(); return answers.save.shift() ?? null; },
    chooseFolder: async () => { on.onDialog(); return answers.folder.shift() ?? null; },
  };
  const { handlers } = createAppServices({
    paths: dataPaths(join(dir, 'data')),
    dialogs,
    now: () => NOW,
    // Every event, so a test can act on a given one (the throttle has its own test: tasks.test.ts).
    progressIntervalMs: 0,
    progress: (event) => {
      const parsed = TaskProgressSchema.parse(event);
      events.push(parsed);
      on.onEvent(parsed);
    },
  });
  return { handlers, events, answers, on };
}

async function call(s: Setup, channel: string, input: unknown): Promise<unknown> {
  const result = await dispatch(s.handlers, channel, input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function rtiApplication() {
  const draft = (await exampleDrafts(NOW)).find((d) => d.kind === 'rti-application' && d.language === 'en');
  if (!draft) throw new Error('the example set has an English RTI application');
  return draft;
}

const TARGETS = ['MeitY', 'MoHFW', 'MHA', 'ICMR', 'NIC', 'CERT-In'].map((name, i) => ({ authorityId: null, name: `Authority ${name}`, pioAddress: `Office ${i + 1}\nNew Delhi 1100${10 + i}`, state: '' }));

describe('import as a task', () => {
  it('reports the pages of a PDF under the name the renderer gave, and task:cancel by that name stops it', async () => {
    const s = setup();
    const path = join(dir, 'annexure.pdf');
    await writeFile(path, handWrittenPdf(Array.from({ length: 600 }, (_, i) => ({ text: [`Page ${i + 1} of the annexure.`] }))));
    s.answers.open.push(path);
    // Stopped from outside once it is past page 100, as the renderer's button does.
    let cancel: Promise<unknown> | null = null;
    s.on.onEvent = (event) => { if (event.done >= 100 && cancel === null) cancel = call(s, 'task:cancel', { taskId: 'import-1' }); };
    const result = await call(s, 'import:file', { purpose: 'reply', taskId: 'import-1' });
    expect(await cancel).toEqual({ canceled: true });
    expect(result).toEqual({ ok: false, kind: 'canceled', message: 'The import was stopped.' });
    expect(s.events[0]).toEqual({ taskId: 'import-1', kind: 'import', done: 0, total: null, label: 'annexure.pdf' });
    expect(s.events[1]).toEqual({ taskId: 'import-1', kind: 'import', done: 0, total: 600, label: 'annexure.pdf' });
    const last = s.events.at(-1);
    expect(last?.total).toBe(600);
    expect(last?.done).toBeGreaterThanOrEqual(100);
    expect(last?.done).toBeLessThan(600);
    // Nothing else is running: the name is free again.
    expect(await call(s, 'task:cancel', { taskId: 'import-1' })).toEqual({ canceled: false });
  });

  it('keeps the event loop turning while it reads a PDF, so a stop sent as a separate request is read mid-document', async () => {
    const s = setup();
    const path = join(dir, 'annexure.pdf');
    await writeFile(path, handWrittenPdf(Array.from({ length: 600 }, (_, i) => ({ text: [`Page ${i + 1} of the annexure.`] }))));
    s.answers.open.push(path);
    let settled = false;
    const pending = call(s, 'import:file', { purpose: 'reply', taskId: 'import-2' }).finally(() => { settled = true; });
    // As ipcMain or the bridge would deliver it: on a later turn of the event loop, not from inside the read.
    while (!settled && (s.events.at(-1)?.done ?? 0) < 100) await new Promise((done) => setImmediate(done));
    expect(settled).toBe(false);
    expect(await call(s, 'task:cancel', { taskId: 'import-2' })).toEqual({ canceled: true });
    expect(await pending).toEqual({ ok: false, kind: 'canceled', message: 'The import was stopped.' });
    expect(s.events.at(-1)?.done).toBeLessThan(600);
  });

  it('a text file reports no page count, then finishes; a stop pressed while the dialog is open stops it as it begins', async () => {
    const s = setup();
    const path = join(dir, 'reply.txt');
    await writeFile(path, 'ANSWER\nThe Minister of State replied to parts (a) and (b) of the question.');
    s.answers.open.push(path, path);
    const read = await call(s, 'import:file', { purpose: 'reply', taskId: 'txt-1' });
    expect(read).toMatchObject({ ok: true, fileName: 'reply.txt' });
    expect(s.events).toEqual([{ taskId: 'txt-1', kind: 'import', done: 0, total: null, label: 'reply.txt' }]);
    s.on.onDialog = () => { void call(s, 'task:cancel', { taskId: 'txt-2' }); };
    expect(await call(s, 'import:file', { purpose: 'reply', taskId: 'txt-2' })).toEqual({ ok: false, kind: 'canceled', message: 'The import was stopped.' });
  });

  it('refuses a task name that could be anything but a name', async () => {
    const s = setup();
    for (const taskId of ['../../etc', '', 'x'.repeat(65), 'a b']) {
      await expect(call(s, 'import:file', { purpose: 'qa', taskId })).rejects.toThrow(/Refused import:file: malformed payload/);
      await expect(call(s, 'task:cancel', { taskId })).rejects.toThrow(/Refused task:cancel: malformed payload/);
    }
  });
});

describe('batch export as a task', () => {
  it('reports each file written and stops between files when asked: the files written stay', async () => {
    const s = setup();
    const folder = join(dir, 'batch');
    await mkdir(folder);
    s.answers.folder.push(folder);
    s.on.onEvent = (event) => { if (event.done === 2) void call(s, 'task:cancel', { taskId: 'batch-1' }); };
    const result = await call(s, 'export:batch', { draft: await rtiApplication(), targets: TARGETS, taskId: 'batch-1' });
    expect(result).toEqual({ kind: 'stopped', folderName: 'batch', fileNames: ['01 Authority MeitY.docx', '02 Authority MoHFW.docx'], total: 6 });
    expect((await readdir(folder)).sort()).toEqual(['01 Authority MeitY.docx', '02 Authority MoHFW.docx']);
    expect(s.events.map((e) => [e.taskId, e.kind, e.done, e.total])).toEqual([['batch-1', 'batch-export', 0, 6], ['batch-1', 'batch-export', 1, 6], ['batch-1', 'batch-export', 2, 6]]);
    expect(s.events.at(-1)).toEqual({ taskId: 'batch-1', kind: 'batch-export', done: 2, total: 6, label: 'Authority MoHFW' });
  });

  it('a stop pressed while the folder dialog is open writes nothing', async () => {
    const s = setup();
    const folder = join(dir, 'batch');
    await mkdir(folder);
    s.answers.folder.push(folder);
    s.on.onDialog = () => { void call(s, 'task:cancel', { taskId: 'batch-2' }); };
    expect(await call(s, 'export:batch', { draft: await rtiApplication(), targets: TARGETS, taskId: 'batch-2' })).toEqual({ kind: 'stopped', folderName: 'batch', fileNames: [], total: 6 });
    expect(await readdir(folder)).toEqual([]);
  });

  it('without a stop, writes them all and says so', async () => {
    const s = setup();
    const folder = join(dir, 'batch');
    await mkdir(folder);
    s.answers.folder.push(folder);
    const result = await call(s, 'export:batch', { draft: await rtiApplication(), targets: TARGETS.slice(0, 2) });
    expect(result).toEqual({ kind: 'saved', folderName: 'batch', fileNames: ['01 Authority MeitY.docx', '02 Authority MoHFW.docx'] });
    // Named by main when the renderer gave no name.
    expect(new Set(s.events.map((e) => e.taskId)).size).toBe(1);
    expect(s.events.at(-1)).toMatchObject({ kind: 'batch-export', done: 2, total: 2 });
  });
});

describe('bundle export as a task', () => {
  async function storedCase(s: Setup): Promise<Case> {
    const created = await call(s, 'cases:create', { title: 'CoWIN bundle' });
    const parsed = CaseSchema.parse((created as { case: unknown }).case);
    const c: Case = { ...parsed, drafts: (await exampleDrafts(NOW)).slice(0, 3) };
    await call(s, 'cases:save', { case: c });
    return c;
  }

  it('reports each draft and the zip, and a stop after the first draft writes no zip', async () => {
    const s = setup();
    const c = await storedCase(s);
    const out = join(dir, 'hearing.zip');
    s.answers.save.push(out);
    s.on.onEvent = (event) => { if (event.done === 1) void call(s, 'task:cancel', { taskId: 'bundle-1' }); };
    expect(await call(s, 'tracker:export-bundle', { case: c, taskId: 'bundle-1' })).toEqual({ kind: 'stopped' });
    expect((await readdir(dir)).filter((n) => n.startsWith('hearing'))).toEqual([]);
    expect(s.events.slice(0, 2).map((e) => [e.done, e.total])).toEqual([[0, 4], [1, 4]]);
    expect(s.events[1]?.label).toBe(c.drafts[0]?.title);
  });

  it('without a stop, the last event is the zip, all steps done', async () => {
    const s = setup();
    const c = await storedCase(s);
    s.answers.save.push(join(dir, 'hearing.zip'));
    const result = await call(s, 'tracker:export-bundle', { case: c, taskId: 'bundle-2' });
    expect(result).toMatchObject({ kind: 'saved', fileName: 'hearing.zip' });
    expect(s.events.at(-1)).toEqual({ taskId: 'bundle-2', kind: 'bundle-export', done: 4, total: 4, label: 'hearing.zip' });
  });
});
