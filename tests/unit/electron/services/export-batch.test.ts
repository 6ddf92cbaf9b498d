import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../../../electron/services/dialogs.ts';
import { exampleDrafts } from '../../../../electron/services/example-documents.ts';
import { batchFileName, draftForAuthority, exportBatch, writeBatch, type BatchTarget } from '../../../../electron/services/export-batch.ts';
import { fieldValue, type Draft } from '../../../../shared/domain/draft.ts';
import { EXAMPLE_PROFILE } from '../../../../shared/example/example-profile.ts';
import { docxesToText } from '../../../helpers/libreoffice.ts';

const NOW = '2026-03-02T10:00:00.000Z';
const TODAY = NOW.slice(0, 10);

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'batch-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

async function rtiApplication(): Promise<Draft> {
  const draft = (await exampleDrafts(NOW)).find((d) => d.kind === 'rti-application' && d.language === 'en' && fieldValue(d, 'authorityId') === 'meity');
  if (!draft) throw new Error('the example set has an English RTI application to MeitY');
  // A point that names its authority, as a user may write one, so retargeting has a name to move.
  return { ...draft, points: [...draft.points, 'Copies of the letters of the Ministry of Electronics and Information Technology to CERT-In on the matter.'] };
}

const TARGETS: ReadonlyArray<BatchTarget> = [
  { authorityId: 'meity', name: 'Ministry of Electronics and Information Technology', pioAddress: 'Electronics Niketan, 6 CGO Complex\nNew Delhi 110003', state: '' },
  { authorityId: 'mohfw', name: 'Ministry of Health and Family Welfare', pioAddress: 'Nirman Bhawan\nNew Delhi 110011', state: '' },
  { authorityId: null, name: 'Dept. of "Home": Cyber/Crime? <Wing>*|.', pioAddress: 'Jai Singh Road\nNew Delhi 110001', state: '' },
];

function folderDialog(answer: string | null): Dialogs {
  return {
    chooseSavePath: async () => { throw new Error('not used'); },
    chooseOpenFile: async () => { throw new Error('not used'); },
    chooseOpenFiles: async () => { throw new Error('not used'); },
    chooseFolder: async () => answer,
  };
}

describe('batch file names', () => {
  it('are numbered and free of characters Windows forbids', () => {
    expect(batchFileName(0, 3, 'Ministry of Home Affairs')).toBe('01 Ministry of Home Affairs.docx');
    expect(batchFileName(2, 3, 'Dept. of "Home": Cyber/Crime? <Wing>*|.')).toBe('03 Dept. of Home Cyber Crime Wing.docx');
    expect(batchFileName(9, 120, 'A')).toBe('010 A.docx');
    expect(batchFileName(0, 1, 'CON')).toBe('01 Public authority 1.docx');
    expect(batchFileName(0, 1, '\u0000\u202e...')).toBe('01 Public authority 1.docx');
    const long = batchFileName(0, 1, 'x'.repeat(500));
    expect(long.length).toBeLessThanOrEqual(100);
    for (const name of [long, batchFileName(4, 5, 'a\\b/c:d*e?f"g<h>i|j\n\tk')]) expect(name).not.toMatch(/[\\/:*?"<>|\p{Cc}]/u);
  });
});

describe('draftForAuthority', () => {
  it('addresses the application to the target and asks it for its own records', async () => {
    const draft = await rtiApplication();
    const original = fieldValue(draft, 'publicAuthority') ?? '';
    expect(original).toBe('Ministry of Electronics and Information Technology');
    expect(draft.points.some((p) => p.includes(original))).toBe(true);
    const target = TARGETS[1];
    if (!target) throw new Error('target');
    const moved = draftForAuthority(draft, target);
    expect(fieldValue(moved, 'publicAuthority')).toBe(target.name);
    expect(fieldValue(moved, 'pioAddress')).toBe(target.pioAddress);
    expect(fieldValue(moved, 'authorityId')).toBe('mohfw');
    expect(moved.points.some((p) => p.includes(original))).toBe(false);
    expect(moved.points.some((p) => p.includes(target.name))).toBe(true);
    expect(fieldValue(draft, 'publicAuthority')).toBe(original);
  });
});

describe('exportBatch', () => {
  it('writes one application per authority that LibreOffice opens, each addressed to its authority', async () => {
    const draft = await rtiApplication();
    const outcome = await exportBatch({ draft, targets: TARGETS, profileData: EXAMPLE_PROFILE, dialogs: folderDialog(dir), today: TODAY, language: 'en' });
    expect(outcome.kind).toBe('saved');
    if (outcome.kind !== 'saved') return;
    expect(outcome.fileNames).toEqual([
      '01 Ministry of Electronics and Information Technology.docx',
      '02 Ministry of Health and Family Welfare.docx',
      '03 Dept. of Home Cyber Crime Wing.docx',
    ]);
    expect((await readdir(dir)).sort()).toEqual([...outcome.fileNames].sort());
    const texts = (await docxesToText(outcome.fileNames.map((f) => join(dir, f)))).map((t) => t.replace(/\s+/g, ' '));
    TARGETS.forEach((target, i) => {
      const text = texts[i] ?? '';
      expect(text).toMatch(/Right to Information Act, 2005/);
      expect(text).toContain(target.name);
      expect(text).toContain(target.pioAddress.split('\n')[0]);
      for (const other of TARGETS) if (other !== target) expect(text).not.toContain(other.pioAddress.split('\n')[0]);
    });
  });

  it('never overwrites an earlier export: a second run picks new names', async () => {
    const draft = await rtiApplication();
    const first = await writeBatch({ draft, targets: TARGETS.slice(0, 2), profileData: EXAMPLE_PROFILE, today: TODAY, folder: dir });
    const second = await writeBatch({ draft, targets: TARGETS.slice(0, 2), profileData: EXAMPLE_PROFILE, today: TODAY, folder: dir });
    expect(first.kind === 'saved' && second.kind === 'saved').toBe(true);
    if (second.kind !== 'saved') return;
    expect(second.fileNames).toEqual(['01 Ministry of Electronics and Information Technology (2).docx', '02 Ministry of Health and Family Welfare (2).docx']);
    expect(await readdir(dir)).toHaveLength(4);
  });

  it('is blocked, writing nothing and asking no folder, while an authority has no PIO address', async () => {
    const draft = await rtiApplication();
    const targets = [...TARGETS, { authorityId: 'mha', name: 'Ministry of Home Affairs', pioAddress: '  ', state: '' }];
    const dialogs = folderDialog(dir);
    let asked = 0;
    const counting: Dialogs = { ...dialogs, chooseFolder: async (o) => { asked += 1; return dialogs.chooseFolder(o); } };
    const outcome = await exportBatch({ draft, targets, profileData: EXAMPLE_PROFILE, dialogs: counting, today: TODAY, language: 'en' });
    expect(outcome).toEqual({ kind: 'blocked', problems: [{ authority: 'Ministry of Home Affairs', missing: [{ key: 'pioAddress', label: "CPIO's postal address" }] }] });
    expect(asked).toBe(0);
    expect(await readdir(dir)).toEqual([]);
  });

  it('sends only RTI applications, and reports a canceled folder dialog', async () => {
    const drafts = await exampleDrafts(NOW);
    const notice = drafts.find((d) => d.kind === 'pq-notice');
    if (!notice) throw new Error('pq notice');
    const blocked = await exportBatch({ draft: notice, targets: TARGETS, profileData: EXAMPLE_PROFILE, dialogs: folderDialog(dir), today: TODAY, language: 'en' });
    expect(blocked.kind).toBe('blocked');
    const canceled = await exportBatch({ draft: await rtiApplication(), targets: TARGETS, profileData: EXAMPLE_PROFILE, dialogs: folderDialog(null), today: TODAY, language: 'en' });
    expect(canceled).toEqual({ kind: 'canceled' });
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('stopping a batch', () => {
  const FIVE: ReadonlyArray<BatchTarget> = [
    ...TARGETS,
    { authorityId: 'mha', name: 'Ministry of Home Affairs', pioAddress: 'North Block\nNew Delhi 110001', state: '' },
    { authorityId: null, name: 'Indian Council of Medical Research', pioAddress: 'V. Ramalingaswami Bhawan\nNew Delhi 110029', state: '' },
  ];

  it('stops between files: those written stay whole, the rest are not written, and it says how far it got', async () => {
    const draft = await rtiApplication();
    const controller = new AbortController();
    const progress: Array<[number, number, string]> = [];
    const outcome = await writeBatch({
      draft, targets: FIVE, profileData: EXAMPLE_PROFILE, today: TODAY, folder: dir,
      signal: controller.signal,
      onProgress: (done, total, authority) => {
        progress.push([done, total, authority]);
        if (done === 2) controller.abort();
      },
    });
    expect(outcome).toEqual({
      kind: 'stopped',
      folderName: basename(dir),
      fileNames: ['01 Ministry of Electronics and Information Technology.docx', '02 Ministry of Health and Family Welfare.docx'],
      total: 5,
    });
    expect(progress).toEqual([[0, 5, ''], [1, 5, 'Ministry of Electronics and Information Technology'], [2, 5, 'Ministry of Health and Family Welfare']]);
    // Exactly the two files, no temp file of a third: the stop came between files.
    expect((await readdir(dir)).sort()).toEqual(outcome.kind === 'stopped' ? [...outcome.fileNames] : []);
    const texts = await docxesToText(outcome.kind === 'stopped' ? outcome.fileNames.map((f) => join(dir, f)) : []);
    expect(texts.map((t) => t.replace(/\s+/g, ' '))[1]).toContain('Ministry of Health and Family Welfare');
  });

  it('a stop before the first file writes nothing (the folder dialog was already answered)', async () => {
    const draft = await rtiApplication();
    const controller = new AbortController();
    controller.abort();
    const outcome = await exportBatch({ draft, targets: FIVE, profileData: EXAMPLE_PROFILE, dialogs: folderDialog(dir), today: TODAY, language: 'en', signal: controller.signal });
    expect(outcome).toEqual({ kind: 'stopped', folderName: basename(dir), fileNames: [], total: 5 });
    expect(await readdir(dir)).toEqual([]);
  });

  it('a failure part-way names the files already written', async () => {
    const draft = await rtiApplication();
    const folder = join(dir, 'out');
    await mkdir(folder);
    const outcome = await writeBatch({
      draft, targets: FIVE, profileData: EXAMPLE_PROFILE, today: TODAY, folder,
      // The folder vanishes (a USB stick pulled out) after the second file.
      onProgress: (done) => { if (done === 2) rmSync(folder, { recursive: true, force: true }); },
    });
    expect(outcome.kind).toBe('failed');
    if (outcome.kind !== 'failed') return;
    expect(outcome.fileNames).toEqual(['01 Ministry of Electronics and Information Technology.docx', '02 Ministry of Health and Family Welfare.docx']);
    expect(outcome.message).toMatch(/^The documents could not all be written: ENOENT/);
  });
});
