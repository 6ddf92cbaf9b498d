import { mkdirSync } from 'node:fs';
import { indexDbFile } from '../digest/digest-paths.ts';
import { openIndexDb, type IndexDb } from './index-db.ts';

const open = new Map<string, IndexDb>();

/**
 * The one open index of a data folder for this process (main, or the test bridge). Opened on
 * first use, so a damaged file is found and rebuilt then; `rebuilt` stays set to tell the user.
 */
export function indexFor(dataDir: string): IndexDb {
  const existing = open.get(dataDir);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const index = openIndexDb(indexDbFile(dataDir));
  open.set(dataDir, index);
  return index;
}

/** Close every open index (on quit). */
export function closeIndexes(): void {
  for (const index of open.values()) index.close();
  open.clear();
}
