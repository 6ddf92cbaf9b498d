/**
 * Digest many replies: read each file, judge it with the analyser, and commit its row at once.
 *
 * Files are read and judged ahead by a reader (digest-pool.ts: one worker thread per core),
 * while this thread commits rows in file order, so which of two duplicates counts is the same every run.
 * A file already digested with the same size and time is skipped: that is how a stopped or
 * killed batch resumes. A file that cannot be read gets its own row saying why; it never stops
 * the batch.
 */
import { stat } from 'node:fs/promises';
import { setImmediate as tick } from 'node:timers/promises';
import type { DatabaseSync } from 'node:sqlite';
import type { DigestReply } from '../../../shared/digest/digest-row.ts';
import { inProcessReader, type DigestReader } from './digest-pool.ts';
import { digestedStamps, recordFile, type FileRecord, type FileStamp } from './digest-store.ts';
import type { DigestFile } from './digest-files.ts';

export type DigestOutcome =
  | { readonly kind: 'digested'; readonly reply: DigestReply }
  | { readonly kind: 'duplicate'; readonly reply: DigestReply; readonly of: string }
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'skipped' };

export type DigestStep = { readonly done: number; readonly total: number; readonly file: string; readonly outcome: DigestOutcome };

export type DigestRunResult = { readonly total: number; readonly digested: number; readonly skipped: number; readonly stopped: boolean };

export type RunDigestOptions = {
  readonly db: DatabaseSync;
  readonly digestId: string;
  readonly files: ReadonlyArray<DigestFile>;
  readonly signal?: AbortSignal;
  readonly onStep?: (step: DigestStep) => void;
  /** Who reads and judges the files (a worker pool); on this thread, one at a time, when not given. */
  readonly reader?: DigestReader;
};

type Prepared = { readonly file: DigestFile; readonly record: FileRecord | null };

async function stampOf(path: string): Promise<FileStamp | null> {
  try {
    const s = await stat(path);
    return { size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return null;
  }
}

async function prepare(file: DigestFile, done: Map<string, FileStamp>, reader: DigestReader, signal: AbortSignal | undefined): Promise<Prepared> {
  const stamp = await stampOf(file.path);
  const before = done.get(file.name);
  if (stamp && before && before.size === stamp.size && before.mtimeMs === stamp.mtimeMs) return { file, record: null };
  const base = { file: file.name, fileName: file.name.split('/').pop() ?? file.name, stamp: stamp ?? { size: 0, mtimeMs: 0 } };
  const read = await reader.read(file.path, signal);
  return { file, record: { ...base, ...read } };
}

export async function runDigest(opts: RunDigestOptions): Promise<DigestRunResult> {
  const { db, digestId, files, signal } = opts;
  const done = digestedStamps(db, digestId);
  const reader = opts.reader ?? inProcessReader();
  // Two files in hand per reader slot: none waits idle while this thread commits.
  const ahead = Math.max(2, reader.size * 2);
  const pending: Array<Promise<Prepared>> = [];
  let next = 0;
  let digested = 0;
  let skipped = 0;
  const fill = () => {
    while (pending.length < ahead && next < files.length && !signal?.aborted) {
      const f = files[next++];
      if (f) pending.push(prepare(f, done, reader, signal));
    }
  };
  for (let i = 0; i < files.length; i++) {
    if (signal?.aborted) break;
    fill();
    const current = pending.shift();
    if (!current) break;
    let prepared: Prepared;
    try {
      prepared = await current;
    } catch (e) {
      if (signal?.aborted) break;
      throw e;
    }
    const { file, record } = prepared;
    let outcome: DigestOutcome;
    if (record === null) {
      skipped++;
      outcome = { kind: 'skipped' };
    } else {
      const { duplicateOf } = recordFile(db, digestId, record);
      digested++;
      outcome = record.kind === 'failed' ? { kind: 'failed', reason: record.reason }
        : duplicateOf === null ? { kind: 'digested', reply: record.reply } : { kind: 'duplicate', reply: record.reply, of: duplicateOf };
    }
    opts.onStep?.({ done: i + 1, total: files.length, file: file.name, outcome });
    // Let other work (IPC, search) in between files.
    await tick();
  }
  // Reads still in flight after a stop are dropped; their files are read again on resume.
  await Promise.allSettled(pending);
  return { total: files.length, digested, skipped, stopped: signal?.aborted ?? false };
}
