import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_TEXTS = fileURLToPath(new URL('../../../../../../shared/corpus/texts/', import.meta.url));

/** A folder of `count` corpus replies (real texts), plus whatever `extra` adds. */
export async function corpusFolder(count: number): Promise<{ dir: string; names: string[]; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), 'digest-'));
  const dir = join(root, 'replies');
  await mkdir(dir);
  const names = (await readdir(CORPUS_TEXTS)).filter((n) => n.endsWith('.txt')).sort().slice(0, count);
  for (const n of names) await copyFile(join(CORPUS_TEXTS, n), join(dir, n));
  return { dir, names, cleanup: () => rm(root, { recursive: true, force: true }) };
}
