import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { isProcessAlive } from './process-alive.ts';

const TEMP_MARK = '.tmp-';

/**
 * Write a file so that a crash at any moment leaves either the old or the new content.
 *
 * Temp file in the same folder, fsync, rename over the target, then fsync the folder so the
 * rename itself is durable (POSIX rename(2) is atomic within a file system).
 *
 * Returns the written file's stamp, taken from the temp file before the rename (a rename keeps
 * the inode and the modification time), so no other writer's file can be stamped in its place.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<FileStamp> {
  const dir = dirname(path);
  const temp = join(dir, `${basename(path)}${TEMP_MARK}${process.pid}-${randomBytes(4).toString('hex')}`);
  const handle = await open(temp, 'w', 0o600);
  let stamp: FileStamp;
  try {
    await handle.writeFile(data);
    await handle.sync();
    stamp = stampOf(await handle.stat({ bigint: true }));
  } catch (e) {
    await handle.close();
    await rm(temp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
  await syncDirectory(dir);
  return stamp;
}

/**
 * Which version of a file is on disk, without reading it: device, inode, size and modification
 * time in nanoseconds. Every atomic write lands as a new inode, so a file replaced by anyone
 * (another app, a sync tool) no longer has the stamp it had.
 */
export type FileStamp = string;

type BigStats = { readonly dev: bigint; readonly ino: bigint; readonly size: bigint; readonly mtimeNs: bigint };
const stampOf = (s: BigStats): FileStamp => `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}`;

/** The stamp of the file at `path` now, or null when it cannot be looked at (gone, unreadable). */
export async function fileStamp(path: string): Promise<FileStamp | null> {
  try {
    return stampOf(await lstat(path, { bigint: true }));
  } catch {
    return null;
  }
}

/** fsync a folder, so a rename or link inside it survives a power cut. */
export async function syncDirectory(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; the rename is still atomic there.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Remove temp files left by a crash mid-write. A temp file names its writer's pid; it is stale
 * once that process is gone, or in any case after `maxAgeMs` (pids are reused). A write in
 * flight in a live process is never touched.
 */
export async function removeStaleTemps(dir: string, maxAgeMs = 10 * 60_000): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const at = name.indexOf(TEMP_MARK);
    if (at < 0) continue;
    const pid = Number.parseInt(name.slice(at + TEMP_MARK.length), 10);
    const full = join(dir, name);
    try {
      const info = await stat(full);
      const writerGone = pid !== process.pid && !isProcessAlive(pid);
      if (writerGone || Date.now() - info.mtimeMs >= maxAgeMs) {
        await rm(full, { force: true });
        removed += 1;
      }
    } catch {
      // Gone already: another cleaner or the writer's own rename.
    }
  }
  return removed;
}
