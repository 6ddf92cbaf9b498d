/**
 * The digest's rows in the index database: one per file, written in one transaction with the
 * file's search text, so a batch killed half-way keeps every file it finished.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { DigestEntry } from '../../../shared/digest/digest-entry.ts';
import type { DigestReply } from '../../../shared/digest/digest-row.ts';
import { inTransaction } from '../index-db/index-db.ts';
import { indexOwner, removeOwner } from '../search/search-index.ts';

export type DigestInfo = { readonly id: string; readonly title: string; readonly createdAt: string };

export type FileStamp = { readonly size: number; readonly mtimeMs: number };

export type FileRecord =
  | { readonly kind: 'reply'; readonly file: string; readonly fileName: string; readonly stamp: FileStamp; readonly reply: DigestReply; readonly replyKey: string | null; readonly textKey: string; readonly text: string }
  | { readonly kind: 'failed'; readonly file: string; readonly fileName: string; readonly stamp: FileStamp; readonly reason: string };

export function digestOwner(digestId: string, file: string): string {
  return `digest:${digestId}:${file}`;
}

export function ensureDigest(db: DatabaseSync, info: DigestInfo): void {
  db.prepare('INSERT INTO digest (id, title, created_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title')
    .run(info.id, info.title, info.createdAt);
}

export function listDigestInfos(db: DatabaseSync): DigestInfo[] {
  return db.prepare('SELECT id, title, created_at FROM digest ORDER BY created_at DESC').all()
    .map((r) => ({ id: String(r['id']), title: String(r['title']), createdAt: String(r['created_at']) }));
}

/** Files already digested, with the size and time they had then: a changed file is read again. */
export function digestedStamps(db: DatabaseSync, digestId: string): Map<string, FileStamp> {
  const rows = db.prepare('SELECT file, size, mtime_ms FROM digest_file WHERE digest_id = ?').all(digestId);
  return new Map(rows.map((r) => [String(r['file']), { size: Number(r['size']), mtimeMs: Number(r['mtime_ms']) }]));
}

/** The earlier file this reply repeats: same House, number and date; or, lacking those, the same text. */
function duplicateOf(db: DatabaseSync, digestId: string, rec: Extract<FileRecord, { kind: 'reply' }>): string | null {
  const row = rec.replyKey === null
    ? db.prepare("SELECT file FROM digest_file WHERE digest_id = ? AND kind = 'reply' AND duplicate_of IS NULL AND file <> ? AND reply_key IS NULL AND text_key = ? ORDER BY seq LIMIT 1").get(digestId, rec.file, rec.textKey)
    : db.prepare("SELECT file FROM digest_file WHERE digest_id = ? AND kind = 'reply' AND duplicate_of IS NULL AND file <> ? AND (reply_key = ? OR text_key = ?) ORDER BY seq LIMIT 1").get(digestId, rec.file, rec.replyKey, rec.textKey);
  return row ? String(row['file']) : null;
}

/** Write one file's row and its search text, all or nothing. Returns the file it duplicates, if any. */
export function recordFile(db: DatabaseSync, digestId: string, rec: FileRecord): { duplicateOf: string | null } {
  return inTransaction(db, () => {
    const seqRow = db.prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM digest_file WHERE digest_id = ?').get(digestId);
    const seq = Number(seqRow?.['next'] ?? 1);
    const owner = digestOwner(digestId, rec.file);
    removeOwner(db, owner);
    if (rec.kind === 'failed') {
      db.prepare(`INSERT OR REPLACE INTO digest_file (digest_id, file, seq, size, mtime_ms, kind, reply_key, text_key, duplicate_of, entry, text, file_name, case_id)
        VALUES (?, ?, ?, ?, ?, 'failed', NULL, NULL, NULL, ?, NULL, ?, NULL)`)
        .run(digestId, rec.file, seq, rec.stamp.size, rec.stamp.mtimeMs, JSON.stringify({ reason: rec.reason }), rec.fileName);
      return { duplicateOf: null };
    }
    const dup = duplicateOf(db, digestId, rec);
    db.prepare(`INSERT OR REPLACE INTO digest_file (digest_id, file, seq, size, mtime_ms, kind, reply_key, text_key, duplicate_of, entry, text, file_name, case_id)
      VALUES (?, ?, ?, ?, ?, 'reply', ?, ?, ?, ?, ?, ?, NULL)`)
      .run(digestId, rec.file, seq, rec.stamp.size, rec.stamp.mtimeMs, rec.replyKey, rec.textKey, dup, JSON.stringify(rec.reply), rec.text, rec.fileName);
    // A duplicate is not indexed twice: search finds the reply once, in the file that came first.
    if (dup === null) {
      indexOwner(db, owner, rec.reply.subject ?? rec.fileName, [{ place: 'reply', label: rec.fileName, title: rec.reply.subject ?? '', body: rec.text }]);
    }
    return { duplicateOf: dup };
  });
}

function parseReply(json: string): DigestReply {
  // Written by recordFile from a DigestReply in this same schema version (a different version is rebuilt).
  const value: DigestReply = JSON.parse(json);
  return value;
}

export function digestEntries(db: DatabaseSync, digestId: string): DigestEntry[] {
  return db.prepare('SELECT file, kind, duplicate_of, entry, case_id FROM digest_file WHERE digest_id = ? ORDER BY seq').all(digestId).map((r): DigestEntry => {
    const file = String(r['file']);
    if (r['kind'] === 'failed') {
      const { reason }: { reason: string } = JSON.parse(String(r['entry']));
      return { kind: 'failed', file, reason };
    }
    return {
      kind: 'reply',
      file,
      reply: parseReply(String(r['entry'])),
      duplicateOf: r['duplicate_of'] === null ? null : String(r['duplicate_of']),
      caseId: r['case_id'] === null ? null : String(r['case_id']),
    };
  });
}

export type StoredReplyText = { readonly text: string; readonly fileName: string; readonly caseId: string | null };

export function storedReplyText(db: DatabaseSync, digestId: string, file: string): StoredReplyText | null {
  const r = db.prepare("SELECT text, file_name, case_id FROM digest_file WHERE digest_id = ? AND file = ? AND kind = 'reply'").get(digestId, file);
  if (!r || typeof r['text'] !== 'string') return null;
  return { text: r['text'], fileName: String(r['file_name']), caseId: r['case_id'] === null ? null : String(r['case_id']) };
}

export function setCaseId(db: DatabaseSync, digestId: string, file: string, caseId: string): void {
  db.prepare('UPDATE digest_file SET case_id = ? WHERE digest_id = ? AND file = ?').run(caseId, digestId, file);
}
