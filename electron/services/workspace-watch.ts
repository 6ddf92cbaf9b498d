import { readdirSync, watch, type FSWatcher } from 'node:fs';
import { join, sep } from 'node:path';
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
 * One plain (non-recursive) `fs.watch` on the workspace, for case folders coming and going, and
 * one on each case folder, for its files. Node's `recursive` option is not used: on Linux it is
 * emulated in JavaScript and was seen to stop reporting after a file was replaced by rename,
 * which is exactly how every save lands. Only a case's `case.json` and sync tools' conflict copies
 * count; the app's own kept revisions, locks and temp files do not. Watching is best-effort: a
 * folder that cannot be watched (some network file systems) still works, it just is not live.
 */
export function watchWorkspace(workspace: string, sink: WorkspaceChangeSink): WorkspaceWatch {
  let closed = false;
  const pending = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    if (pending.size === 0 || closed) return;
    const caseIds = [...pending].sort();
    pending.clear();
    sink({ caseIds });
  };
  const report = (id: string) => {
    pending.add(id);
    timer ??= setTimeout(flush, SETTLE_MS);
  };
  const folders = new Map<string, FSWatcher>();
  const safeWatch = (path: string, listener: (name: string | null) => void): FSWatcher | null => {
    try {
      const w = watch(path, { persistent: false }, (_event, name) => listener(name === null ? null : String(name)));
      w.on('error', () => w.close());
      return w;
    } catch {
      return null;
    }
  };
  const syncFolders = () => {
    if (closed) return;
    let names: string[];
    try {
      names = readdirSync(workspace, { withFileTypes: true }).filter((e) => e.isDirectory() && CaseIdSchema.safeParse(e.name).success).map((e) => e.name);
    } catch {
      return;
    }
    for (const [id, w] of folders) {
      if (!names.includes(id)) {
        w.close();
        folders.delete(id);
        report(id);
      }
    }
    for (const id of names) {
      if (folders.has(id)) continue;
      const w = safeWatch(join(workspace, id), (name) => { if (changedCase(name === null ? id : join(id, name)) !== null) report(id); });
      if (w) folders.set(id, w);
    }
  };
  const root = safeWatch(workspace, (name) => {
    if (name !== null && !CaseIdSchema.safeParse(name).success) return;
    if (name !== null) report(name);
    syncFolders();
  });
  syncFolders();
  return {
    close: () => {
      closed = true;
      root?.close();
      for (const w of folders.values()) w.close();
      folders.clear();
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
