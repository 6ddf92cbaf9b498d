/**
 * Which files a digest reads: every PDF, Word (.docx), text and Markdown file in a folder and
 * its sub-folders, in a fixed order so "the first of two duplicates" means the same every run.
 */
import { readdir } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';

export const DIGEST_EXTENSIONS = ['.pdf', '.docx', '.txt', '.md', '.markdown'] as const;

export function isDigestible(name: string): boolean {
  const ext = extname(name).toLowerCase();
  return DIGEST_EXTENSIONS.some((e) => e === ext);
}

export type DigestFile = { readonly path: string; /** Relative to the folder, with forward slashes. */ readonly name: string };

export async function listDigestFiles(folder: string): Promise<DigestFile[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && isDigestible(e.name) && !e.name.startsWith('.'))
    .map((e) => {
      const path = join(e.parentPath, e.name);
      return { path, name: relative(folder, path).split(sep).join('/') };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
