import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { CASE_SCHEMA_VERSION, type Case } from '../../shared/domain/case.ts';
import type { Handlers } from '../../shared/ipc/contract.ts';
import { createCaseStore, type CaseStore } from './case-store.ts';
import type { Dialogs } from './dialogs.ts';
import { exampleCase } from './example-case.ts';
import { exportDraft } from './export-draft.ts';
import type { DataPaths } from './paths.ts';
import { loadSettings, saveSettings, type Settings, type SettingsLoad } from './settings-store.ts';

export type ServiceDeps = {
  readonly paths: DataPaths;
  readonly dialogs: Dialogs;
  readonly now?: () => string;
};

/**
 * Every IPC channel's implementation, as plain Node. Electron's `ipcMain` and the test bridge
 * both serve exactly this object, so the end-to-end tests run the real services.
 */
export function createHandlers(deps: ServiceDeps): Handlers {
  const now = deps.now ?? (() => new Date().toISOString());
  let settingsLoad: SettingsLoad | null = null;
  let store: CaseStore | null = null;

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
  }

  async function caseStore(): Promise<CaseStore> {
    if (store) return store;
    const s = (await settings()).settings;
    const workspace = s.workspace ?? deps.paths.defaultWorkspace;
    await mkdir(workspace, { recursive: true });
    store = createCaseStore(workspace, now);
    return store;
  }

  return {
    'app:bootstrap': async () => {
      const loaded = await settings();
      const cases = await caseStore();
      let openCaseId = loaded.settings.lastOpenCaseId;
      if (!loaded.settings.exampleSeeded) {
        const example = exampleCase(now());
        if (!(await cases.exists(example.id))) await cases.create(example);
        openCaseId = example.id;
        await updateSettings({ exampleSeeded: true, lastOpenCaseId: example.id });
      }
      return {
        workspace: { path: cases.workspace, isDefault: loaded.settings.workspace === null },
        firstRun: loaded.kind === 'fresh',
        openCaseId,
      };
    },
    'cases:list': async () => (await caseStore()).list(),
    'cases:open': async ({ id }) => {
      const read = await (await caseStore()).open(id);
      if (!read.ok) return { ok: false, message: read.error };
      await updateSettings({ lastOpenCaseId: id });
      return { ok: true, case: read.value.value, migratedFrom: read.value.migratedFrom };
    },
    'cases:save': async ({ case: c }) => {
      const saved = await (await caseStore()).save(c);
      return saved.ok ? { ok: true, savedAt: saved.value.savedAt } : { ok: false, message: saved.error };
    },
    'cases:create': async ({ title }) => {
      const created = await (await caseStore()).create(emptyCase(title, now()));
      return created.ok ? { ok: true, case: created.value } : { ok: false, message: created.error };
    },
    'workspace:choose': async () => {
      const chosen = await deps.dialogs.chooseFolder({ title: 'Choose the folder for your cases' });
      if (chosen === null) return { ok: false, canceled: true, message: 'No folder was chosen.' };
      try {
        await mkdir(chosen, { recursive: true });
      } catch (e) {
        return { ok: false, canceled: false, message: `That folder cannot be used: ${String(e)}` };
      }
      await updateSettings({ workspace: chosen, lastOpenCaseId: null });
      store = null;
      return { ok: true, workspace: { path: chosen, isDefault: false } };
    },
    'export:docx': async ({ draft }) => {
      const profile = (await settings()).settings.profile;
      return exportDraft({ draft, profileData: profile, dialogs: deps.dialogs, today: now().slice(0, 10) });
    },
  };
}

function emptyCase(title: string, at: string): Case {
  const slug = title.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48);
  return {
    schemaVersion: CASE_SCHEMA_VERSION,
    id: `${slug || 'case'}-${randomBytes(3).toString('hex')}`,
    title,
    createdAt: at,
    updatedAt: at,
    isExample: false,
    matter: { summary: '', notes: '' },
    sources: [],
    question: null,
    analysis: { sourceId: null, analyzedAt: null, parts: [], overrides: [] },
    drafts: [],
    filings: [],
  };
}
