import { mkdtemp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseStore } from '../../../../electron/services/case-store.ts';
import { buildCowinCase } from '../../../../shared/example/cowin-case.ts';
import { CASE_SCHEMA_VERSION } from '../../../../shared/domain/case.ts';

let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'case-store-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

const NOW = '2026-11-22T10:00:00.000Z';

describe('case store', () => {
  it('lists a case again from its summary while its file is unchanged, and reads it again once anything rewrites it', async () => {
    const store = createCaseStore(dir, () => NOW);
    const c = buildCowinCase(NOW, []);
    await store.save(c);
    const first = await store.list();
    expect(first.cases.map((x) => x.title)).toEqual([c.title]);
    // Unchanged: the same summary.
    expect((await store.list()).cases).toEqual(first.cases);
    const file = join(dir, c.id, 'case.json');
    const text = await readFile(file, 'utf8');
    // Another program rewrites the file in place: its stamp changes, and the list reads it again.
    await writeFile(file, text.replace(JSON.stringify(c.title), JSON.stringify('Renamed elsewhere')));
    expect((await store.list()).cases.map((x) => x.title)).toEqual(['Renamed elsewhere']);
    // And a save through the store (a new file) is seen too.
    const opened = await store.open(c.id);
    if (!opened.ok) throw new Error(opened.error);
    await store.save({ ...opened.value.value, title: 'Renamed here' });
    expect((await store.list()).cases.map((x) => x.title)).toEqual(['Renamed here']);
  });

  it('saves a case as one JSON file and reads it back equal', async () => {
    const store = createCaseStore(dir, () => NOW);
    const c = buildCowinCase(NOW, []);
    const saved = await store.save(c);
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.value).toEqual(expect.objectContaining({ savedAt: NOW, merged: false, newConflicts: 0 }));
    // The store adds the first revision and the history entry; the rest is the case as given.
    const { revision, history, ...content } = saved.value.case;
    expect(content).toEqual(c);
    expect(revision?.counter).toBe(1);
    expect(history?.map((h) => [h.kind, h.counter])).toEqual([['edit', 1]]);
    const opened = await store.open(c.id);
    expect(opened.ok && opened.value.value).toEqual(saved.value.case);
    const onDisk = JSON.parse(await readFile(join(dir, c.id, 'case.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(CASE_SCHEMA_VERSION);
  });

  it('lists cases with their open points, and reports a damaged file without touching it', async () => {
    const store = createCaseStore(dir, () => NOW);
    await store.save(buildCowinCase(NOW, []));
    await mkdir(join(dir, 'damaged'));
    const damaged = '{"schemaVersion": 1, "id": "damaged", "title": "Half a';
    await writeFile(join(dir, 'damaged', 'case.json'), damaged);
    const listing = await store.list();
    expect(listing.cases.map((c) => c.id)).toEqual(['cowin-data-breach-2023']);
    expect(listing.problems).toHaveLength(1);
    expect(listing.problems[0]?.file).toBe(join('damaged', 'case.json'));
    expect(listing.problems[0]?.message).toMatch(/not valid JSON/);
    expect(await readFile(join(dir, 'damaged', 'case.json'), 'utf8')).toBe(damaged);
  });

  it('refuses to save over a file it could not read, and leaves that file as it was', async () => {
    const store = createCaseStore(dir, () => NOW);
    const c = buildCowinCase(NOW, []);
    await mkdir(join(dir, c.id));
    await writeFile(join(dir, c.id, 'case.json'), 'not json at all');
    const saved = await store.save(c);
    expect(saved.ok).toBe(false);
    expect(!saved.ok && saved.error).toMatch(/Not saved, to protect the file on disk/);
    expect(await readFile(join(dir, c.id, 'case.json'), 'utf8')).toBe('not json at all');
  });

  it('migrates a version 1 case on open, and keeps the original beside it when it is next saved', async () => {
    const store = createCaseStore(dir, () => NOW);
    const current = buildCowinCase(NOW, []);
    const { evidence: _none, ...rest } = current;
    const v1 = { ...rest, schemaVersion: 1 };
    const v1Text = JSON.stringify(v1, null, 2);
    await mkdir(join(dir, current.id));
    await writeFile(join(dir, current.id, 'case.json'), v1Text);

    const opened = await store.open(current.id);
    expect(opened.ok && opened.value.migratedFrom).toBe(1);
    expect(opened.ok && opened.value.value).toEqual({ ...current, schemaVersion: CASE_SCHEMA_VERSION, evidence: [] });
    if (!opened.ok) throw new Error(opened.error);
    const migrated = opened.value.value;
    // Opening alone changes nothing on disk.
    expect(await readFile(join(dir, current.id, 'case.json'), 'utf8')).toBe(v1Text);

    expect((await store.save({ ...migrated, title: 'Saved after migration' })).ok).toBe(true);
    expect(await readFile(join(dir, current.id, 'case.v1.json'), 'utf8')).toBe(v1Text);
    expect(JSON.parse(await readFile(join(dir, current.id, 'case.json'), 'utf8'))).toEqual(expect.objectContaining({ schemaVersion: CASE_SCHEMA_VERSION, title: 'Saved after migration', evidence: [] }));
    // A later save keeps the first original; it is never replaced.
    const reopened = await store.open(current.id);
    if (!reopened.ok) throw new Error(reopened.error);
    expect((await store.save({ ...reopened.value.value, title: 'Again' })).ok).toBe(true);
    expect(await readFile(join(dir, current.id, 'case.v1.json'), 'utf8')).toBe(v1Text);
  });

  it('refuses a case written by a newer version, with the reason', async () => {
    const store = createCaseStore(dir, () => NOW);
    const c = { ...buildCowinCase(NOW, []), schemaVersion: 99 };
    await mkdir(join(dir, c.id));
    await writeFile(join(dir, c.id, 'case.json'), JSON.stringify(c));
    const opened = await store.open(c.id);
    expect(!opened.ok && opened.error).toMatch(/newer version of Unanswered/);
  });

  it('does not follow a symbolic link posing as a case file', async () => {
    const store = createCaseStore(dir, () => NOW);
    await writeFile(join(dir, 'elsewhere.json'), JSON.stringify(buildCowinCase(NOW, [])));
    await mkdir(join(dir, 'linked'));
    await symlink(join(dir, 'elsewhere.json'), join(dir, 'linked', 'case.json'));
    const opened = await store.open('linked');
    expect(!opened.ok && opened.error).toMatch(/symbolic link/);
  });

  it('leaves no temp files behind after many saves', async () => {
    const store = createCaseStore(dir, () => NOW);
    const c = buildCowinCase(NOW, []);
    let latest = c;
    for (let i = 0; i < 20; i += 1) {
      const saved = await store.save({ ...latest, title: `Title ${i}` });
      if (!saved.ok) throw new Error(saved.error);
      latest = saved.value.case;
    }
    // The case file, and its kept revisions (the common ancestors for merges).
    expect((await readdir(join(dir, c.id))).sort()).toEqual(['.revisions', 'case.json']);
    expect((await readdir(join(dir, c.id, '.revisions'))).filter((n) => n.includes('.tmp-'))).toEqual([]);
    const opened = await store.open(c.id);
    expect(opened.ok && opened.value.value.title).toBe('Title 19');
  });

  it('create refuses an id that already exists', async () => {
    const store = createCaseStore(dir, () => NOW);
    const c = buildCowinCase(NOW, []);
    expect((await store.create(c)).ok).toBe(true);
    const again = await store.create(c);
    expect(!again.ok && again.error).toMatch(/already exists/);
  });
});
