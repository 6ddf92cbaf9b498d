/**
 * What a digest was made from, kept as a small JSON file beside the settings (written
 * atomically), so the digest can be read again if the index database is lost or damaged.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../atomic-write.ts';

export const DigestManifestSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,80}$/),
  title: z.string(),
  createdAt: z.string(),
  /** The folder digested (read again on resume, so files added since are taken in), or null for picked files. */
  folder: z.string().nullable(),
  /** Picked files (absolute paths); empty for a folder. */
  files: z.array(z.string()),
});
export type DigestManifest = z.infer<typeof DigestManifestSchema>;

export function digestsDir(dataDir: string): string {
  return join(dataDir, 'digests');
}

/** A folder's digest has one id, so digesting it again resumes it rather than starting another. */
export function digestIdForFolder(folder: string): string {
  return `folder-${createHash('sha256').update(resolve(folder)).digest('hex').slice(0, 16)}`;
}

export async function saveManifest(dataDir: string, m: DigestManifest): Promise<void> {
  await mkdir(digestsDir(dataDir), { recursive: true });
  await writeFileAtomic(join(digestsDir(dataDir), `${m.id}.json`), `${JSON.stringify(m, null, 2)}\n`);
}

/** Every readable manifest; one that cannot be read is skipped (the index cannot rebuild it, nothing else is lost). */
export async function loadManifests(dataDir: string): Promise<DigestManifest[]> {
  let names: string[];
  try {
    names = await readdir(digestsDir(dataDir));
  } catch {
    return [];
  }
  const out: DigestManifest[] = [];
  for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
    try {
      const parsed = DigestManifestSchema.safeParse(JSON.parse(await readFile(join(digestsDir(dataDir), name), 'utf8')));
      if (parsed.success) out.push(parsed.data);
    } catch {
      // Unreadable or not JSON: not ours to repair.
    }
  }
  return out;
}

export async function loadManifest(dataDir: string, id: string): Promise<DigestManifest | null> {
  return (await loadManifests(dataDir)).find((m) => m.id === id) ?? null;
}
