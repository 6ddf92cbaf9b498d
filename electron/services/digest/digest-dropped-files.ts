/**
 * Files dropped on the digest view. The renderer has only their names and bytes, so main keeps
 * its own copy of them in the data folder (`digests/dropped/<id>/`) and the digest's folder is
 * that copy: "Read the folder again" and a resume after a crash then work as for any folder.
 * Each file arrives on its own call and is written atomically before the next is sent, so no
 * more than one dropped file is held in memory at a time.
 */
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { IMPORT_LIMITS } from '../../../shared/import/normalize-text.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { pathExists } from '../path-exists.ts';
import { digestsDir, loadManifest, saveManifest } from './digest-manifest.ts';

export type DropDeps = { readonly dataDir: string; readonly now: () => string };

function droppedFolder(dataDir: string, digestId: string): string {
  return join(digestsDir(dataDir), 'dropped', digestId);
}

/** A dropped file's name as a file name on every system: no folders, no reserved characters, no leading dot. */
export function safeDroppedName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  const cleaned = last.replace(/[:*?"<>|\p{Cc}]+/gu, ' ').replace(/^[.\s]+/, '').trim().slice(0, 200);
  return cleaned || 'dropped-file';
}

/** A new digest for a drop of these files; its title is the first name and how many. */
export async function startDrop(deps: DropDeps, names: ReadonlyArray<string>): Promise<{ digestId: string }> {
  const digestId = `drop-${randomBytes(8).toString('hex')}`;
  const folder = droppedFolder(deps.dataDir, digestId);
  await mkdir(folder, { recursive: true });
  const title = `${safeDroppedName(names[0] ?? '')}${names.length > 1 ? ` (${names.length})` : ''}`;
  await saveManifest(deps.dataDir, { id: digestId, title, createdAt: deps.now(), folder, files: [] });
  return { digestId };
}

/** The name itself, or "name (2).ext" when a file of that name was dropped already. */
async function freeName(folder: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    if (!(await pathExists(join(folder, candidate)))) return candidate;
  }
}

/** One dropped file into the drop's folder, written atomically; refused when the drop is unknown or the file too large. */
export async function receiveDroppedFile(deps: DropDeps, digestId: string, fileName: string, base64: string): Promise<{ ok: true; file: string } | { ok: false; message: string }> {
  const manifest = await loadManifest(deps.dataDir, digestId);
  const folder = droppedFolder(deps.dataDir, digestId);
  if (manifest === null || manifest.folder !== folder) return { ok: false, message: 'That drop is not known: drop the files again.' };
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > IMPORT_LIMITS.maxFileBytes) return { ok: false, message: `“${fileName}” is too large to read.` };
  try {
    const name = await freeName(folder, safeDroppedName(fileName));
    await writeFileAtomic(join(folder, name), bytes);
    return { ok: true, file: name };
  } catch (e) {
    return { ok: false, message: `“${fileName}” could not be kept for the digest: ${e instanceof Error ? e.message : String(e)}` };
  }
}
