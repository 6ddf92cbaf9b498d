import { mkdtemp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseStore, type CaseStore } from '../../../../electron/services/case-store.ts';
import type { Case } from '../../../../shared/domain/case.ts';
import { caseConflicts } from '../../../../shared/domain/case-sync-read.ts';
import { buildCowinCase } from '../../../../shared/example/cowin-case.ts';
import { randomEdit, resolveRandomConflict, seeded, settleEdits, type EditLog } from './fixtures/random-edits.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'case-store-sync-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const NOW = '2026-12-01T10:00:00.000Z';

async function opened(store: CaseStore, id: string): Promise<Case> {
  const read = await store.open(id);
  if (!read.ok) throw new Error(read.error);
  return read.value.value;
}

async function saved(store: CaseStore, c: Case, by: string): Promise<Case> {
  const result = await store.save(c, { by });
  if (!result.ok) throw new Error(result.error);
  return result.value.case;
}

/** Two stores on one folder (two app processes, or two machines on one network drive), with the example case saved once. */
async function twoWriters(): Promise<{ a: CaseStore; b: CaseStore; start: Case }> {
  const a = createCaseStore(dir);
  const b = createCaseStore(dir);
  const start = await saved(a, buildCowinCase(NOW, []), 'Setup');
  return { a, b, start };
}

describe('a case shared by two writers', () => {
  it('keeps both edits of the reported bug: A adds a note, B renames, neither is lost', async () => {
    const { a, b } = await twoWriters();
    const inA = await opened(a, 'cowin-data-breach-2023');
    const inB = await opened(b, 'cowin-data-breach-2023');
    await saved(a, { ...inA, matter: { ...inA.matter, notes: 'Ask for the CERT-In report.' } }, 'Asha');
    const result = await b.save({ ...inB, title: 'CoWIN: renamed by Bilal' }, { by: 'Bilal' });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.merged).toBe(true);
    expect(result.value.newConflicts).toBe(0);
    const onDisk = await opened(a, 'cowin-data-breach-2023');
    expect(onDisk.title).toBe('CoWIN: renamed by Bilal');
    expect(onDisk.matter.notes).toBe('Ask for the CERT-In report.');
    // Who changed what, and when, is recorded.
    expect(onDisk.history?.slice(-2).map((h) => [h.by, h.kind, h.changed])).toEqual([['Asha', 'edit', ['matter']], ['Bilal', 'merge', ['title']]]);
  });

  it('a real clash keeps both versions in a conflict, and the saver gets the merged case back', async () => {
    const { a, b } = await twoWriters();
    const inA = await opened(a, 'cowin-data-breach-2023');
    const inB = await opened(b, 'cowin-data-breach-2023');
    await saved(a, { ...inA, title: 'Title by Asha' }, 'Asha');
    const result = await b.save({ ...inB, title: 'Title by Bilal' }, { by: 'Bilal' });
    if (!result.ok) throw new Error(result.error);
    expect(result.value.newConflicts).toBe(1);
    const [conflict] = caseConflicts(result.value.case);
    expect(conflict?.path).toEqual(['title']);
    expect(conflict?.versions.map((v) => [v.value, v.by])).toEqual([['Title by Bilal', 'Bilal'], ['Title by Asha', 'Asha']]);
    expect(await opened(a, 'cowin-data-breach-2023')).toEqual(result.value.case);
  });

  it('two saves at the same moment from two stores both land (the lock makes read-compare-write one step)', async () => {
    const { a, b } = await twoWriters();
    const inA = await opened(a, 'cowin-data-breach-2023');
    const inB = await opened(b, 'cowin-data-breach-2023');
    const results = await Promise.all([
      a.save({ ...inA, matter: { ...inA.matter, summary: 'Summary by Asha' } }, { by: 'Asha' }),
      b.save({ ...inB, matter: { ...inB.matter, notes: 'Notes by Bilal' } }, { by: 'Bilal' }),
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const onDisk = await opened(a, 'cowin-data-breach-2023');
    expect({ summary: onDisk.matter.summary, notes: onDisk.matter.notes }).toEqual({ summary: 'Summary by Asha', notes: 'Notes by Bilal' });
    expect(onDisk.revision?.counter).toBe(3);
  });

  it('a case file changed behind its revision (edited by hand) is merged, not overwritten', async () => {
    const { a } = await twoWriters();
    const inA = await opened(a, 'cowin-data-breach-2023');
    const file = join(dir, inA.id, 'case.json');
    const byHand = JSON.parse(await readFile(file, 'utf8')) as Case;
    await writeFile(file, JSON.stringify({ ...byHand, matter: { ...byHand.matter, summary: 'Edited in a text editor' } }, null, 2));
    await saved(a, { ...inA, title: 'Renamed in the app' }, 'Asha');
    const onDisk = await opened(a, inA.id);
    expect([onDisk.title, onDisk.matter.summary]).toEqual(['Renamed in the app', 'Edited in a text editor']);
  });

  it('500 rounds of random interleaved edits from two writers: every edit is kept or listed in a conflict, none lost', async () => {
    const { a, b, start } = await twoWriters();
    const random = seeded(20261203);
    const log: EditLog = { made: 0, superseded: new Set(), markers: [] };
    const writerA = { name: 'A', store: a, doc: start };
    const writerB = { name: 'B', store: b, doc: start };
    let conflictsShown = 0;
    let concurrentRounds = 0;
    const act = async (w: typeof writerA) => {
      // Sometimes the editor picks up what is on disk first (the live workspace reloads it).
      if (random() < 0.3) w.doc = await opened(w.store, start.id);
      const edits = 1 + Math.floor(random() * 3);
      for (let i = 0; i < edits; i += 1) {
        w.doc = random() < 0.03 && caseConflicts(w.doc).length > 0
          ? resolveRandomConflict(w.doc, random, log)
          : randomEdit(w.doc, w.name, random, log);
      }
      const result = await w.store.save(w.doc, { by: w.name });
      if (!result.ok) throw new Error(result.error);
      conflictsShown += result.value.newConflicts;
      w.doc = result.value.case;
    };
    for (let round = 0; round < 500; round += 1) {
      const pick = random();
      if (pick < 0.25) {
        concurrentRounds += 1;
        await Promise.all([act(writerA), act(writerB)]);
      } else {
        await act(pick < 0.625 ? writerA : writerB);
      }
    }
    const final = await opened(a, start.id);
    const figures = settleEdits(final, log);
    // The figures the issue asks for, printed for the record.
    console.log(`two-writer test: ${log.made} edits made in 500 rounds (${concurrentRounds} with both saving at once); ${figures.kept} kept in the case, ${figures.inConflicts} listed in conflicts, ${figures.superseded} knowingly replaced by a later edit of someone who saw them; ${conflictsShown} conflicts shown, ${caseConflicts(final).length} still open; ${figures.lost.length} lost.`);
    expect(figures.lost).toEqual([]);
    expect(log.made).toBeGreaterThan(500);
    expect(conflictsShown).toBeGreaterThan(0);
    // Both writers now see the same case.
    expect(await opened(b, start.id)).toEqual(final);
  });
});

describe('sync tools\' conflict copies', () => {
  /** Make the situation a sync tool leaves: case.json with one machine's edit, a copy with the other's. */
  async function withCopy(copyName: string): Promise<{ store: CaseStore; id: string }> {
    const { a, b, start } = await twoWriters();
    const inB = await opened(b, start.id);
    await saved(a, { ...start, title: 'Renamed on machine A' }, 'Asha');
    // Machine B's save, as the sync tool kept it under another name.
    const other = createCaseStore(await mkdtemp(join(tmpdir(), 'machine-b-')));
    await mkdir(join(other.workspace, start.id), { recursive: true });
    await writeFile(join(other.workspace, start.id, 'case.json'), await readFile(join(dir, start.id, '.revisions', (await readdir(join(dir, start.id, '.revisions'))).find((n) => n.startsWith('1-')) ?? ''), 'utf8'));
    const inOther = await opened(other, start.id);
    const bSaved = await saved(other, { ...inOther, matter: { ...inB.matter, notes: 'Note written on machine B' } }, 'Bilal');
    await writeFile(join(dir, start.id, copyName), JSON.stringify(bSaved, null, 2));
    await rm(other.workspace, { recursive: true, force: true });
    return { store: a, id: start.id };
  }

  for (const name of [
    'case.sync-conflict-20261203-101500-ABCDEFG.json',
    'case (Bilal\'s conflicted copy 2026-12-03).json',
    'case (conflicted copy 2026-12-03 101500).json',
  ]) {
    it(`merges "${name}" by the same rules and removes it once merged`, async () => {
      const { store, id } = await withCopy(name);
      const listing = await store.list();
      expect(listing.problems).toEqual([]);
      const c = await opened(store, id);
      expect(c.title).toBe('Renamed on machine A');
      expect(c.matter.notes).toBe('Note written on machine B');
      expect(caseConflicts(c)).toEqual([]);
      expect(c.history?.at(-1)?.kind).toBe('sync-copy');
      expect((await readdir(join(dir, id))).filter((n) => n.startsWith('case'))).toEqual(['case.json']);
    });
  }

  it('a copy identical to the case is simply removed', async () => {
    const { a, start } = await twoWriters();
    const text = await readFile(join(dir, start.id, 'case.json'), 'utf8');
    await writeFile(join(dir, start.id, 'case.sync-conflict-20261203-101500-ABCDEFG.json'), text);
    await a.list();
    expect(await readFile(join(dir, start.id, 'case.json'), 'utf8')).toBe(text);
    expect((await readdir(join(dir, start.id))).filter((n) => n.startsWith('case'))).toEqual(['case.json']);
  });

  it('opening or saving the case merges a waiting copy first', async () => {
    const { store, id } = await withCopy('case.sync-conflict-20261203-101500-ABCDEFG.json');
    const c = await opened(store, id);
    expect(c.matter.notes).toBe('Note written on machine B');
  });

  it('a half-synced copy is reported, never merged and never removed', async () => {
    const { a, start } = await twoWriters();
    const before = await readFile(join(dir, start.id, 'case.json'), 'utf8');
    const half = before.slice(0, 200);
    const name = 'case.sync-conflict-20261203-101500-ABCDEFG.json';
    await writeFile(join(dir, start.id, name), half);
    const listing = await a.list();
    expect(listing.cases.map((c) => c.id)).toEqual([start.id]);
    expect(listing.problems).toEqual([{ file: join(start.id, name), message: expect.stringMatching(/conflict copy .* left untouched/) }]);
    expect(await readFile(join(dir, start.id, name), 'utf8')).toBe(half);
    expect(await readFile(join(dir, start.id, 'case.json'), 'utf8')).toBe(before);
  });

  it('a sync tool\'s temp files and other programs\' files are never read as a case nor touched', async () => {
    const { a, start } = await twoWriters();
    const foreign: Record<string, string> = {
      [join(start.id, '.syncthing.case.json.tmp')]: '{"schemaVersion": 3, "id": "cowin-da',
      [join(start.id, '~syncthing~case.json.tmp')]: 'partial',
      [join(start.id, 'case.json.part')]: 'partial',
      [join(start.id, 'notes.txt')]: 'my own notes',
      [join('Copy of cowin', 'case.json')]: await readFile(join(dir, start.id, 'case.json'), 'utf8'),
      [join('photos', 'scan.jpg')]: 'jpeg',
    };
    for (const [path, text] of Object.entries(foreign)) {
      await mkdir(join(dir, path, '..'), { recursive: true });
      await writeFile(join(dir, path), text);
    }
    const listing = await a.list();
    expect(listing.cases.map((c) => c.id)).toEqual([start.id]);
    expect(listing.problems.map((p) => p.file)).toEqual([join('Copy of cowin', 'case.json')]);
    await saved(a, { ...start, title: 'Saved beside foreign files' }, 'Asha');
    for (const [path, text] of Object.entries(foreign)) expect(await readFile(join(dir, path), 'utf8')).toBe(text);
  });
});

describe('knowing the file on disk is this store\'s own write, without reading it', () => {
  it('gives the revision it wrote while the file is that write, and null once anyone replaces it, even with the same bytes', async () => {
    const { a, b, start } = await twoWriters();
    expect(await a.writtenRevision(start.id)).toBe(start.revision?.hash);
    // B never wrote the file, so B cannot tell which revision it is without reading it.
    expect(await b.writtenRevision(start.id)).toBeNull();

    const byB = await saved(b, { ...start, title: 'Renamed by B' }, 'B');
    expect(await a.writtenRevision(start.id)).toBeNull();
    expect(await b.writtenRevision(start.id)).toBe(byB.revision?.hash);

    // A sync tool bringing back exactly the same bytes still lands a new file: not B's write.
    const file = join(dir, start.id, 'case.json');
    const bytes = await readFile(file);
    await writeFile(`${file}.incoming`, bytes);
    await rename(`${file}.incoming`, file);
    expect(await b.writtenRevision(start.id)).toBeNull();
    // A case this store never wrote is not known.
    expect(await b.writtenRevision('no-such-case')).toBeNull();
  });
});
