/**
 * Files picked one by one in the open dialog, as a digest's files: named relative to the folder
 * they share (so two `reply.pdf` from different folders stay apart), in a fixed order, and with
 * one digest id per set of files, so picking the same files again resumes that digest.
 */
import { createHash } from 'node:crypto';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import type { DigestFile } from './digest-files.ts';

/** The deepest folder holding every path. */
function commonFolder(paths: ReadonlyArray<string>): string {
  const split = paths.map((p) => dirname(resolve(p)).split(sep));
  const first = split[0] ?? [];
  let n = 0;
  while (n < first.length && split.every((parts) => parts[n] === first[n])) n++;
  return first.slice(0, n).join(sep) || sep;
}

export function pickedDigestFiles(paths: ReadonlyArray<string>): DigestFile[] {
  const folder = commonFolder(paths);
  const unique = [...new Set(paths.map((p) => resolve(p)))];
  return unique
    .map((path) => ({ path, name: relative(folder, path).split(sep).join('/') }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function digestIdForFiles(paths: ReadonlyArray<string>): string {
  const key = [...new Set(paths.map((p) => resolve(p)))].sort().join('\n');
  return `files-${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}

/** The digest's title: the folder the files share and how many (no words, so no language). */
export function pickedTitle(paths: ReadonlyArray<string>): string {
  const folder = basename(commonFolder(paths)) || commonFolder(paths);
  return `${folder} (${new Set(paths).size})`;
}
