/**
 * The app's embedded database: the session digests and the full-text search index, in one
 * SQLite file in the data folder.
 *
 * Why `node:sqlite`: it is SQLite built into Node itself (24 here and in CI; Electron 45's main
 * process runs Node 24 too, and Electron ships the module since it fixed its build in
 * electron/electron#47706), with FTS5 compiled in. A binding such as better-sqlite3 would need a
 * native build per Electron ABI or a prebuilt binary downloaded at install, which this project
 * cannot do. `sql.js` (SQLite in WebAssembly) keeps the whole database in memory and writes it back
 * whole, which loses the per-file commits that make a killed batch resumable.
 *
 * The database is an index, never the only copy: case files stay the user's JSON, and a digest can
 * be read again from its folder (its manifest says which). A file that fails its integrity check
 * or was written by another schema is deleted and rebuilt, not trusted.
 */
import { rmSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';

/** Bump when the tables below change: an index of another version is rebuilt. */
export const INDEX_SCHEMA_VERSION = 1;

/**
 * Devanagari vowel signs, virama and nukta are combining marks, which SQLite's unicode61
 * tokenizer would otherwise treat as separators, splitting every Hindi word.
 */
const DEVANAGARI_MARKS = [
  ...range(0x0900, 0x0903), ...range(0x093a, 0x094f), ...range(0x0951, 0x0957), ...range(0x0962, 0x0963),
].map((c) => String.fromCodePoint(c)).join('');

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

const SCHEMA = `
CREATE TABLE digest (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE digest_file (
  digest_id TEXT NOT NULL,
  file TEXT NOT NULL,
  seq INTEGER NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('reply', 'failed')),
  reply_key TEXT,
  text_key TEXT,
  duplicate_of TEXT,
  entry TEXT NOT NULL,
  text TEXT,
  file_name TEXT NOT NULL,
  case_id TEXT,
  PRIMARY KEY (digest_id, file)
);
CREATE INDEX digest_file_reply_key ON digest_file (digest_id, reply_key);
CREATE INDEX digest_file_text_key ON digest_file (digest_id, text_key);
CREATE TABLE indexed_case (
  case_id TEXT PRIMARY KEY,
  updated_at TEXT NOT NULL
);
CREATE VIRTUAL TABLE doc USING fts5(
  title, body,
  owner UNINDEXED, place UNINDEXED, label UNINDEXED, heading UNINDEXED,
  tokenize = "unicode61 remove_diacritics 2 tokenchars '${DEVANAGARI_MARKS}'"
);
CREATE VIRTUAL TABLE owner_text USING fts5(
  title, body,
  owner UNINDEXED, heading UNINDEXED,
  tokenize = "unicode61 remove_diacritics 2 tokenchars '${DEVANAGARI_MARKS}'"
);
PRAGMA user_version = ${INDEX_SCHEMA_VERSION};
`;

export type IndexDb = {
  readonly db: DatabaseSync;
  /** Why the file was rebuilt on opening, or null when it was sound (or new). */
  readonly rebuilt: string | null;
  readonly close: () => void;
};

function removeDbFiles(file: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${file}${suffix}`, { force: true });
}

function configure(db: DatabaseSync): void {
  // WAL: readers (search) never wait for the digest's writer; each committed file survives a kill.
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;');
}

/** Null when the file is a sound index of this schema (or empty), else what is wrong with it. */
function problemWith(db: DatabaseSync): string | null {
  const check = db.prepare('PRAGMA quick_check').all().map((r) => String(r['quick_check']));
  if (check.length !== 1 || check[0] !== 'ok') return `failed its integrity check (${check.slice(0, 3).join('; ')})`;
  const version = Number(db.prepare('PRAGMA user_version').get()?.['user_version'] ?? 0);
  const tables = Number(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get()?.['n'] ?? 0);
  if (version === 0 && tables === 0) return null;
  if (version !== INDEX_SCHEMA_VERSION) return `was written for index version ${version}, not ${INDEX_SCHEMA_VERSION}`;
  return null;
}

function tryOpen(file: string): { db: DatabaseSync; problem: string | null } | { db: null; problem: string } {
  let db: DatabaseSync | null = null;
  try {
    db = new DatabaseSync(file);
    configure(db);
    return { db, problem: problemWith(db) };
  } catch (e) {
    try { db?.close(); } catch { /* already unusable */ }
    return { db: null, problem: `could not be opened (${e instanceof Error ? e.message : String(e)})` };
  }
}

/**
 * Open (or create) the index at `file`. A damaged or foreign file is deleted and made anew;
 * `rebuilt` says why, so the caller can re-index and tell the user.
 */
export function openIndexDb(file: string): IndexDb {
  let opened = tryOpen(file);
  let rebuilt: string | null = null;
  if (opened.problem !== null) {
    rebuilt = `The search and digest index ${opened.problem}; it was rebuilt from your case files and digest folders.`;
    try { opened.db?.close(); } catch { /* unusable anyway */ }
    removeDbFiles(file);
    opened = tryOpen(file);
    if (opened.db === null || opened.problem !== null) throw new Error(`The index at ${file} could not be created: ${opened.problem ?? ''}`);
  }
  const db = opened.db;
  if (db === null) throw new Error(`The index at ${file} could not be opened: ${opened.problem ?? ''}`);
  const hasTables = Number(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get()?.['n'] ?? 0) > 0;
  if (!hasTables) db.exec(`BEGIN; ${SCHEMA} COMMIT;`);
  return { db, rebuilt, close: () => { db.close(); } };
}

/** Run `work` in one transaction: all of it is committed, or none. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (e) {
    db.exec('ROLLBACK');
    throw e;
  }
}
