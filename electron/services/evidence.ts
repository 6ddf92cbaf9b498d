import { indianDateOf } from '../../shared/lib/dates/index.ts';
import { createHash, randomBytes, type Hash } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, lstat, mkdir, open, rm, type FileHandle } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { CaseIdSchema } from '../../shared/domain/case.ts';
import { EVIDENCE_FILE_NAME, type EvidenceFile } from '../../shared/domain/evidence.ts';
import { err, ok, type Result } from '../../shared/lib/result.ts';
import { syncDirectory } from './atomic-write.ts';
import { caseDir, caseFile } from './paths.ts';
import { isNotFound } from './settings-store.ts';

/**
 * Evidence files kept with a case: replies, postal receipts, RTI Online screenshots
 * (`rti-law-and-anchors.md`, feature 22: a local evidence store with hashes and timestamps).
 *
 * A file is copied into `<workspace>/<caseId>/evidence/` under a generated name and hashed
 * (SHA-256) in the same pass, so the hash is of exactly the bytes stored. The copy goes to a
 * temp file first and is published with link(2), which fails if the name exists: an existing
 * evidence file is never overwritten, and a crash mid-copy leaves only a `.tmp-` file.
 */

/** Larger files are refused: evidence is letters, receipts and screenshots, not video. */
export const MAX_EVIDENCE_BYTES = 100 * 1024 * 1024;

export const EVIDENCE_FOLDER = 'evidence';

const CHUNK_BYTES = 1024 * 1024;

/**
 * O_NOFOLLOW: a symlink swapped in after the lstat check fails to open (ELOOP) instead of being
 * followed. O_NONBLOCK: a FIFO swapped in does not hang the open. Neither exists on Windows.
 */
const OPEN_READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0);

export function evidenceDir(workspace: string, caseId: string): string {
  return join(caseDir(workspace, caseId), EVIDENCE_FOLDER);
}

/** Where a record's file lives, or null if the record's names could escape the folder. */
export function evidencePath(workspace: string, caseId: string, file: Pick<EvidenceFile, 'fileName'>): string | null {
  if (!CaseIdSchema.safeParse(caseId).success || !EVIDENCE_FILE_NAME.test(file.fileName)) return null;
  return join(evidenceDir(workspace, caseId), file.fileName);
}

export type AttachEvidenceArgs = {
  readonly workspace: string;
  readonly caseId: string;
  readonly filingId: string | null;
  readonly sourcePath: string;
  readonly note?: string;
  /** ISO timestamp recorded as `addedAt`. */
  readonly now: string;
};

/** Copy a file into the case's evidence folder and describe it; the caller adds the record to `case.evidence`. */
export async function attachEvidence(args: AttachEvidenceArgs): Promise<Result<EvidenceFile, string>> {
  if (!CaseIdSchema.safeParse(args.caseId).success) return err(`"${args.caseId}" is not a case id.`);
  const day = indianDateOf(args.now);
  if (day === null) return err(`The time of attaching (${JSON.stringify(args.now)}) is not an ISO timestamp.`);
  try {
    await lstat(caseFile(args.workspace, args.caseId));
  } catch (e) {
    return err(isNotFound(e) ? `There is no case "${args.caseId}" in the workspace.` : `The case "${args.caseId}" could not be read (${message(e)}).`);
  }

  const originalName = basename(args.sourcePath);
  const source = await openRegularFile(args.sourcePath, originalName);
  if (!source.ok) return source;
  const { handle, size } = source.value;
  try {
    if (size === 0) return err(`"${originalName}" is empty (0 bytes); there is nothing to keep.`);
    if (size > MAX_EVIDENCE_BYTES) return err(`"${originalName}" is ${megabytes(size)} MB, more than the ${megabytes(MAX_EVIDENCE_BYTES)} MB an evidence file may be.`);

    const dir = evidenceDir(args.workspace, args.caseId);
    await mkdir(dir, { recursive: true });
    const extension = safeExtension(originalName);
    const id = `ev-${day.replace(/-/g, '')}-${randomBytes(5).toString('hex')}`;
    const temp = join(dir, `${id}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    const copied = await copyAndHash(handle, temp, originalName);
    if (!copied.ok) return copied;
    const published = await publish(temp, dir, id, extension);
    if (!published.ok) return published;
    return ok({
      id: published.value.id,
      fileName: published.value.fileName,
      originalName,
      sha256: copied.value.sha256,
      size: copied.value.size,
      addedAt: args.now,
      filingId: args.filingId,
      note: (args.note ?? '').trim(),
    });
  } catch (e) {
    return err(`"${originalName}" could not be kept as evidence (${message(e)}).`);
  } finally {
    await handle.close();
  }
}

/** Open a path for reading only if it is a regular file (never through a symlink). */
async function openRegularFile(path: string, name: string): Promise<Result<{ handle: FileHandle; size: number }, string>> {
  let info;
  try {
    info = await lstat(path);
  } catch (e) {
    return err(isNotFound(e) ? `"${name}" was not found.` : `"${name}" could not be read (${message(e)}).`);
  }
  if (info.isSymbolicLink()) return err(`"${name}" is a symbolic link; choose the file it points to.`);
  if (!info.isFile()) return err(`"${name}" is not a regular file.`);
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_READ_FLAGS);
  } catch (e) {
    return err(`"${name}" could not be opened (${message(e)}).`);
  }
  // Check again on the open handle: the path may have changed since the lstat.
  const opened = await handle.stat();
  if (!opened.isFile()) {
    await handle.close();
    return err(`"${name}" is not a regular file.`);
  }
  return ok({ handle, size: opened.size });
}

/** Stream the source into a new temp file, hashing as it goes; the size limit holds even if the file grows meanwhile. */
async function copyAndHash(source: FileHandle, temp: string, name: string): Promise<Result<{ sha256: string; size: number }, string>> {
  const out = await open(temp, 'wx', 0o600);
  const hash = createHash('sha256');
  let size = 0;
  let failure: string | null = null;
  try {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await source.read(buffer, 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      if (size > MAX_EVIDENCE_BYTES) {
        failure = `"${name}" grew past ${megabytes(MAX_EVIDENCE_BYTES)} MB while it was being copied; it was not kept.`;
        break;
      }
      const chunk = buffer.subarray(0, bytesRead);
      hash.update(chunk);
      await out.write(chunk);
    }
    if (failure === null) await out.sync();
  } catch (e) {
    failure = `"${name}" could not be copied (${message(e)}).`;
  } finally {
    await out.close();
  }
  if (failure !== null) {
    await rm(temp, { force: true });
    return err(failure);
  }
  return ok({ sha256: hash.digest('hex'), size });
}

/** Give the temp file its final name without ever replacing an existing file. */
async function publish(temp: string, dir: string, firstId: string, extension: string): Promise<Result<{ id: string; fileName: string }, string>> {
  try {
    let id = firstId;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const fileName = `${id}${extension}`;
      const target = join(dir, fileName);
      try {
        await link(temp, target);
      } catch (e) {
        if (hasCode(e, 'EEXIST')) {
          id = `${firstId.slice(0, 11)}-${randomBytes(5).toString('hex')}`;
          continue;
        }
        // File systems without hard links (FAT, some network shares): an exclusive copy still never overwrites.
        try {
          await copyFile(temp, target, constants.COPYFILE_EXCL);
        } catch (copyError) {
          if (hasCode(copyError, 'EEXIST')) {
            id = `${firstId.slice(0, 11)}-${randomBytes(5).toString('hex')}`;
            continue;
          }
          throw copyError;
        }
      }
      await syncDirectory(dir);
      return ok({ id, fileName });
    }
    return err('No free name could be found in the evidence folder.');
  } finally {
    await rm(temp, { force: true });
  }
}

/** ".pdf", ".jpeg": the original's extension if it is short and plain, else none. */
export function safeExtension(originalName: string): string {
  const ext = extname(originalName).slice(1).toLowerCase();
  return /^[a-z0-9]{1,8}$/.test(ext) ? `.${ext}` : '';
}

/** What a stored evidence file looks like now, against its record. */
export type EvidenceCheck =
  | { readonly kind: 'ok' }
  | { readonly kind: 'missing' }
  /** `sha256` is null when the size already differs and the file was not hashed. */
  | { readonly kind: 'mismatch'; readonly size: number; readonly sha256: string | null }
  | { readonly kind: 'unreadable'; readonly message: string };

/** Recompute the stored file's SHA-256 and compare it with the record. */
export async function verifyEvidence(workspace: string, caseId: string, file: EvidenceFile): Promise<EvidenceCheck> {
  return (await inspect(workspace, caseId, file, false)).check;
}

/**
 * Read a stored evidence file whole and verify it in the same pass: the bytes come back only if
 * they are exactly the ones recorded, so what goes into a bundle is what was hashed.
 */
export async function readVerifiedEvidence(workspace: string, caseId: string, file: EvidenceFile): Promise<{ check: EvidenceCheck; bytes: Uint8Array | null }> {
  return inspect(workspace, caseId, file, true);
}

async function inspect(workspace: string, caseId: string, file: EvidenceFile, keep: boolean): Promise<{ check: EvidenceCheck; bytes: Uint8Array | null }> {
  const path = evidencePath(workspace, caseId, file);
  if (path === null) return { check: { kind: 'unreadable', message: `The record's file name "${file.fileName}" is not one the app makes; it was not opened.` }, bytes: null };
  let info;
  try {
    info = await lstat(path);
  } catch (e) {
    if (isNotFound(e)) return { check: { kind: 'missing' }, bytes: null };
    return { check: { kind: 'unreadable', message: message(e) }, bytes: null };
  }
  if (info.isSymbolicLink()) return { check: { kind: 'unreadable', message: 'The stored file has been replaced by a symbolic link.' }, bytes: null };
  if (!info.isFile()) return { check: { kind: 'unreadable', message: 'The stored file is not a regular file.' }, bytes: null };
  if (info.size !== file.size) return { check: { kind: 'mismatch', size: info.size, sha256: null }, bytes: null };

  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_READ_FLAGS);
  } catch (e) {
    return { check: { kind: 'unreadable', message: message(e) }, bytes: null };
  }
  try {
    const hash = createHash('sha256');
    const read = await readHashing(handle, hash, keep ? file.size : 0);
    const sha256 = hash.digest('hex');
    if (read.size !== file.size || sha256 !== file.sha256) return { check: { kind: 'mismatch', size: read.size, sha256 }, bytes: null };
    return { check: { kind: 'ok' }, bytes: read.bytes };
  } catch (e) {
    return { check: { kind: 'unreadable', message: message(e) }, bytes: null };
  } finally {
    await handle.close();
  }
}

/**
 * Hash the whole file (up to a chunk past the evidence size limit); with `keepBytes` > 0 also keep
 * the bytes, which come back only if the file turned out to be exactly that long.
 */
async function readHashing(handle: FileHandle, hash: Hash, keepBytes: number): Promise<{ size: number; bytes: Uint8Array | null }> {
  const kept = keepBytes > 0 ? new Uint8Array(keepBytes) : null;
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let size = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, null);
    if (bytesRead === 0) break;
    const chunk = buffer.subarray(0, bytesRead);
    if (kept !== null && size + bytesRead <= kept.length) kept.set(chunk, size);
    size += bytesRead;
    hash.update(chunk);
    if (size > MAX_EVIDENCE_BYTES) break;
  }
  return { size, bytes: kept !== null && size === kept.length ? kept : null };
}

function hasCode(e: unknown, code: string): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && e.code === code;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1);
}
