import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { INDEX_SCHEMA_VERSION, openIndexDb } from '../../../../../electron/services/index-db/index-db.ts';

let dir = '';
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'index-db-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

function tableCount(file: string): number {
  const x = openIndexDb(file);
  try {
    return Number(x.db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name IN ('digest', 'digest_file', 'indexed_case', 'doc', 'owner_text')").get()?.['n']);
  } finally {
    x.close();
  }
}

describe('openIndexDb', () => {
  it('creates the tables once, and a sound index opens as it is', () => {
    const file = join(dir, 'index.sqlite');
    const first = openIndexDb(file);
    expect(first.rebuilt).toBeNull();
    first.db.prepare("INSERT INTO digest (id, title, created_at) VALUES ('d', 'D', 'now')").run();
    first.close();
    const again = openIndexDb(file);
    expect(again.rebuilt).toBeNull();
    expect(again.db.prepare('SELECT title FROM digest').get()?.['title']).toBe('D');
    again.close();
  });

  it('rebuilds a file that is not a database at all', async () => {
    const file = join(dir, 'index.sqlite');
    await writeFile(file, 'not sqlite '.repeat(500));
    const x = openIndexDb(file);
    expect(x.rebuilt).toMatch(/could not be opened/);
    x.close();
    expect(tableCount(file)).toBe(5);
  });

  it('rebuilds a database cut short, not trusting what is left', async () => {
    const file = join(dir, 'index.sqlite');
    const x = openIndexDb(file);
    const insert = x.db.prepare('INSERT INTO doc (title, body, owner, place, label, heading) VALUES (?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < 400; i++) insert.run(`t${i}`, 'word '.repeat(200), `o${i}`, 'reply', '', '');
    x.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    x.close();
    await truncate(file, 20_000);
    const y = openIndexDb(file);
    expect(y.rebuilt).not.toBeNull();
    expect(Number(y.db.prepare('SELECT count(*) AS n FROM doc').get()?.['n'])).toBe(0);
    y.close();
  });

  it('rebuilds an index written for another schema version', () => {
    const file = join(dir, 'index.sqlite');
    const other = new DatabaseSync(file);
    other.exec(`CREATE TABLE digest (x); PRAGMA user_version = ${INDEX_SCHEMA_VERSION + 1};`);
    other.close();
    const x = openIndexDb(file);
    expect(x.rebuilt).toMatch(/index version/);
    x.close();
    expect(tableCount(file)).toBe(5);
  });

  it('has FTS5 with whole-word matching, Hindi words kept whole', () => {
    const x = openIndexDb(join(dir, 'index.sqlite'));
    x.db.prepare('INSERT INTO doc (title, body, owner, place, label, heading) VALUES (?, ?, ?, ?, ?, ?)').run('t', 'The firewall confirmed it. सूचना का अधिकार', 'o', 'reply', '', '');
    const hits = (q: string) => x.db.prepare('SELECT owner FROM doc WHERE doc MATCH ?').all(q).length;
    expect(hits('FIR')).toBe(0);
    expect(hits('firewall')).toBe(1);
    expect(hits('"सूचना का"')).toBe(1);
    expect(hits('सूच')).toBe(0);
    x.close();
  });
});
