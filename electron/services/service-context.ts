import { systemClock } from '../../shared/lib/dates/index.ts';
import type { EngineLanguage } from '../../shared/messages/catalogue.ts';
import { mkdir } from 'node:fs/promises';
import { createCaseStore, type CaseStore } from './case-store.ts';
import type { ClipboardPort } from './clipboard.ts';
import type { Dialogs } from './dialogs.ts';
import type { DataPaths } from './paths.ts';
import { beginSession, type Session } from './session-marker.ts';
import { loadSettings, saveSettings, type Settings, type SettingsLoad } from './settings-store.ts';
import { createTaskRegistry, type ProgressSink, type TaskRegistry } from './tasks.ts';
import { createServiceEvents, type ServiceEvents } from './service-events.ts';
import { watchWorkspace, type WorkspaceChangeSink, type WorkspaceWatch } from './workspace-watch.ts';
import { createStagedTexts, type StagedTexts } from './staged-texts.ts';

export type ServiceDeps = {
  readonly paths: DataPaths;
  readonly dialogs: Dialogs;
  readonly now?: () => string;
  /** The system clipboard; absent where there is none (the CLI). */
  readonly clipboard?: ClipboardPort;
  /** Where long work reports progress (`task:progress`): main's window, the bridge's event stream; absent in the CLI. */
  readonly progress?: ProgressSink;
  /** Fewest milliseconds between two progress events of one task (default 50); 0 sends every one (tests). */
  readonly progressIntervalMs?: number;
  /** Where changes in the workspace folder are reported (`workspace:changed`); absent: the folder is not watched (the CLI). */
  readonly workspaceChanged?: WorkspaceChangeSink;
};

/**
 * What every domain's handlers share: the data paths, the dialogs, the clock, the settings and
 * the case store of the current workspace. One per app (or bridge) process.
 */
export type ServiceContext = {
  readonly paths: DataPaths;
  readonly dialogs: Dialogs;
  readonly clipboard?: ClipboardPort | null;
  readonly now: () => string;
  readonly settings: () => Promise<SettingsLoad>;
  readonly updateSettings: (change: Partial<Settings>) => Promise<void>;
  /** The interface language now (settings): what main's dialogs, menu and notifications speak. */
  readonly language: () => Promise<EngineLanguage>;
  readonly caseStore: () => Promise<CaseStore>;
  /** Forget the case store so the next call opens the (new) workspace. */
  readonly resetCaseStore: () => void;
  /** This run's session marker (crash detection and what was recovered). */
  readonly session: () => Promise<Session>;
  /** Long work that reports progress and can be stopped (`task:cancel`). */
  readonly tasks: TaskRegistry;
  /** Stop watching the workspace folder (at quit). */
  readonly stopWatching: () => void;
  /** Tells the shell what happened ("case opened"). */
  readonly events: ServiceEvents;
  /** Long texts the window sent ahead of the saves that name them (`texts:stage`). */
  readonly stagedTexts: StagedTexts;
};

export function createServiceContext(deps: ServiceDeps): ServiceContext {
  const now = deps.now ?? (() => systemClock());
  let settingsLoad: SettingsLoad | null = null;
  let store: CaseStore | null = null;
  let watch: WorkspaceWatch | null = null;
  const events = createServiceEvents();

  async function settings(): Promise<SettingsLoad> {
    settingsLoad ??= await loadSettings(deps.paths);
    return settingsLoad;
  }

  async function updateSettings(change: Partial<Settings>): Promise<void> {
    const current = await settings();
    const next = { ...current.settings, ...change };
    settingsLoad = { ...current, settings: next };
    // An unreadable settings file is left alone; the session runs on the values in memory.
    if (current.kind !== 'unreadable') await saveSettings(deps.paths, next);
    if (next.language !== current.settings.language) events.emit({ kind: 'language-changed', language: next.language });
  }

  const language = async (): Promise<EngineLanguage> => (await settings()).settings.language;

  async function caseStore(): Promise<CaseStore> {
    if (store) return store;
    const s = (await settings()).settings;
    const workspace = s.workspace ?? deps.paths.defaultWorkspace;
    await mkdir(workspace, { recursive: true });
    store = createCaseStore(workspace, now);
    if (deps.workspaceChanged) {
      watch?.close();
      const sink = deps.workspaceChanged;
      const current = store;
      // A sync tool's conflict copy is merged as soon as it appears, then the window is told.
      watch = watchWorkspace(workspace, (change) => {
        void (async () => {
          for (const id of change.caseIds) await current.reconcile(id).catch(() => []);
          // Looked at after reconciling: a merged conflict copy is a write of this store too.
          const written: { caseId: string; hash: string }[] = [];
          for (const caseId of change.caseIds) {
            const hash = await current.writtenRevision(caseId).catch(() => null);
            if (hash !== null) written.push({ caseId, hash });
          }
          sink(written.length > 0 ? { ...change, written } : change);
        })();
      });
    }
    return store;
  }

  let session: Promise<Session> | null = null;
  const currentSession = (): Promise<Session> => {
    session ??= mkdir(deps.paths.dataDir, { recursive: true }).then(() => beginSession(deps.paths.dataDir, now()));
    return session;
  };

  const tasks = createTaskRegistry({
    ...(deps.progress ? { sink: deps.progress } : {}),
    ...(deps.progressIntervalMs === undefined ? {} : { minIntervalMs: deps.progressIntervalMs }),
  });

  return { paths: deps.paths, dialogs: deps.dialogs, clipboard: deps.clipboard ?? null, now, settings, updateSettings, language, caseStore, resetCaseStore: () => { store = null; watch?.close(); watch = null; }, session: currentSession, tasks, stopWatching: () => { watch?.close(); watch = null; }, events, stagedTexts: createStagedTexts() };
}
