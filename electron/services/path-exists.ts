import { access } from 'node:fs/promises';

/** Whether anything is at `path` (a file or a folder); false when it cannot be reached. */
export async function pathExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
