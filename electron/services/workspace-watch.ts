import { watch, type FSWatcher } from 'node:fs';
import { sep } from 'node:path';
import type { WorkspaceChange } from '../../shared/ipc/events.ts';
import { CaseIdSchema } from '../../shared/domain/case.ts';
import { isSyncTempName } from './sync-files.ts';

export type WorkspaceChangeSink = (change: WorkspaceChange) => void;
export type WorkspaceWatch = { readonly close: () => void };

/** Changes are gathered this long and reported together: a save touches several files at once. */
const SETTLE_MS = 120;

/**
 * Watch the workspace folder and report which cases changed, whoever changed them: this app, a
 * second copy of it on a network drive, or a sync tool bringing another machine's save.
 *
 * `fs.watch` with `recursive` (inotify on Linux from Node 20, FSEvents on macOS,
 * ReadDirectoryChangesW on Windows). Only a case's `case.json` and sync tools' conflict copies
 * count; the app's own kept revisions, locks and temp files do not. Watching is best-effort: a
 * folder that cannot be watched (some network file systems) still works, it just is not live.
 */
export function watchWorkspace(workspace: string, sink: WorkspaceChangeSink): WorkspaceWatch {
  let watcher: FSWatcher | null = null;
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (pending.size === 0) return;
    const caseIds = [...pending].sort();
    pending.clear();
    sink({ caseIds });
  };
  try {
    watcher = watch(workspace, { recursive: true, persistent: false }, (_event, name) => {
      const id = changedCase(name === null ? null : String(name));
      if (id === null) return;
      pending.add(id);
      timer ??= setTimeout(flush, SETTLE_MS);
    });
    watcher.on('error', () => { watcher?.close(); watcher = null; });
  } catch {
    watcher = null;
  }
  return {
    close: () => {
      watcher?.close();
      watcher = null;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

/** The case a changed path belongs to, when the change is to the case itself (or a folder holding one). */
export function changedCase(relative: string | null): string | null {
  if (!relative) return null;
  const parts = relative.split(sep).filter(Boolean);
  const [folder, file, ...deeper] = parts;
  if (!folder || !CaseIdSchema.safeParse(folder).success) return null;
  if (deeper.length > 0) return null;
  // The folder itself (created, removed, renamed) or a file directly in it.
  if (file === undefined) return folder;
  if (file.startsWith('.') || isSyncTempName(file) || file.includes('.tmp-')) return null;
  return file.endsWith('.json') ? folder : null;
}
