import { publish } from './app-messages.ts';
import { caseRepository } from './case-repository.ts';
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../shared/domain/case.ts';
import type { ChannelOutput } from '../../shared/ipc/contract.ts';
import type { MenuCommand } from '../../shared/ipc/events.ts';
import { api } from './api.ts';
import { onMenuCommand, onWorkspaceChanged } from './api-events.ts';
import { RecoveryBanner } from './components/recovery-banner.tsx';
import { useShortcuts } from './hooks/use-shortcuts.ts';
import { CaseList } from './screens/case-list.tsx';
import type { CaseTab } from './screens/case-view.tsx';
import { lazyNamed, ScreenLoading } from './components/lazy-screen.tsx';
import { Welcome } from './components/welcome.tsx';
import type { ImportResult } from '../../shared/ipc/channels/import.ts';
import { COWIN_CASE_ID } from '../../shared/example/cowin-case-id.ts';
import { formatDate } from '../../shared/lib/dates/index.ts';
import { today } from './clock.ts';
import { importDroppedFile } from './screens/import/read-dropped-file.ts';
import { IMPORT_LIMITS } from '../../shared/import/normalize-text.ts';
import { useSettings } from './hooks/use-settings.tsx';
import { startup } from './startup.ts';
import { importProblemText } from './format/import-problems.ts';
import { afterNextFrame } from './after-frame.ts';

// The open case renders after the case list has painted (see `opening` below); its chunk is
// fetched then too, not beside the app's, which held the list back (issue 12).
const CaseView = lazyNamed(async () => (await import('./screens/case-view.tsx')).CaseView);
// Loaded on demand: the first screen is the case list and the open case (issue 12).
const DashboardView = lazyNamed(async () => (await import('./screens/tracker/dashboard-view.tsx')).DashboardView);
const HelpView = lazyNamed(async () => (await import('./screens/help/help-view.tsx')).HelpView);
const SearchView = lazyNamed(async () => (await import('./screens/search/search-view.tsx')).SearchView);
const DigestView = lazyNamed(async () => (await import('./screens/digest/digest-view.tsx')).DigestView);
const SettingsView = lazyNamed(async () => (await import('./screens/settings/settings-view.tsx')).SettingsView);

type Boot =
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly workspace: { path: string; isDefault: boolean }; readonly recovery: ChannelOutput<'app:bootstrap'>['recovery'] };

type Listing = { readonly cases: ReadonlyArray<CaseSummary>; readonly problems: ReadonlyArray<{ file: string; message: string }> };

/** Start-up's answer (startup.ts), when it was in before the app first rendered (mount.tsx). */
export type Started = ChannelOutput<'app:start'>;

/** What the main area shows. */
export type View =
  | { readonly kind: 'none' }
  | { readonly kind: 'case'; readonly id: string; readonly tab?: CaseTab; readonly draftId?: string; readonly imported?: ImportResult }
  | { readonly kind: 'dashboard' }
  | { readonly kind: 'settings' }
  | { readonly kind: 'search'; readonly query: string }
  | { readonly kind: 'help' }
  | { readonly kind: 'digest' };

/**
 * The shell: the case list beside the open case (or settings, search, help). Opens the last case,
 * or the example on first start. `started`: start-up's answers if they were in before the first
 * render, which then shows the list at once; null: the app shows the loading screen until they are.
 */
export function App({ started: early }: { readonly started: Started | null }) {
  const { t, i18n } = useTranslation();
  const [boot, setBoot] = useState<Boot>(early ? { kind: 'ready', workspace: early.bootstrap.workspace, recovery: early.bootstrap.recovery } : { kind: 'loading' });
  const [listing, setListing] = useState<Listing>(early?.listing ?? { cases: [], problems: [] });
  const [view, setView] = useState<View>({ kind: 'none' });
  const [creating, setCreating] = useState(false);
  const [dropMessage, setDropMessage] = useState<string | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const [welcome, setWelcome] = useState(early ? !early.settings.welcomeDismissed : false);
  const { update: updateSettings } = useSettings();
  const [welcomeProblem, setWelcomeProblem] = useState<string | null>(null);
  // The case opened at start-up renders after the case list has painted, not in the same frame
  // (issue 12): the list is the first screen, and the open case's first render is the heavier.
  const [opening, startOpening] = useTransition();

  const refresh = useCallback(async () => {
    const next = await caseRepository.list();
    setListing(next);
  }, []);

  useEffect(() => {
    void (async () => {
      // Asked for together as the renderer loaded (startup.ts), not one after another here.
      let started = early?.bootstrap;
      if (!started) {
        const { bootstrap, settings, listing: next } = await startup;
        setWelcome(!settings.welcomeDismissed);
        setListing(next);
        setBoot({ kind: 'ready', workspace: bootstrap.workspace, recovery: bootstrap.recovery });
        started = bootstrap;
      }
      const openId = started.openCaseId;
      if (!openId) return;
      // Once the list is on screen: the open case's chunk is evaluated when it first renders, and
      // rendered in the same frame it held the list back (the list is committed synchronously, and
      // this effect runs straight after it).
      await afterNextFrame();
      startOpening(() => setView((current) => (current.kind === 'none' ? { kind: 'case', id: openId } : current)));
    })();
  }, [early]);

  const openCase = useCallback((id: string) => setView({ kind: 'case', id }), []);

  const createCase = useCallback(async (title: string) => {
    const created = await caseRepository.create(title);
    if (created.ok) {
      await refresh();
      setView({ kind: 'case', id: created.case.id });
    }
  }, [refresh]);

  /** A reply imported with no case open becomes a new case, named from its subject, shown in the import form to check. */
  const caseFromImport = useCallback(async (result: ImportResult): Promise<string | null> => {
    if (!result.ok) return result.kind === 'canceled' ? null : t('app.importFailed', { message: importProblemText(t, i18n.language, result) });
    // Loaded here, not with the app: it brings the question parser, which the first screen does not need (issue 12).
    const { caseTitleFromReply } = await import('../../shared/workflows/case-from-import.ts');
    const created = await caseRepository.create(caseTitleFromReply(result.text, result.fileName));
    if (!created.ok) return created.message;
    await refresh();
    setView({ kind: 'case', id: created.case.id, tab: 'analysis', imported: result });
    return null;
  }, [refresh, t, i18n.language]);

  const dismissWelcome = useCallback(() => {
    setWelcome(false);
    void updateSettings({ welcomeDismissed: true });
  }, [updateSettings]);

  const chooseWorkspace = useCallback(async () => {
    const chosen = await api['workspace:choose']({});
    if (chosen.ok) {
      setBoot((b) => (b.kind === 'ready' ? { ...b, workspace: chosen.workspace } : b));
      setView({ kind: 'none' });
      await refresh();
    }
  }, [refresh]);

  const run = useCallback((command: MenuCommand) => {
    switch (command.command) {
      case 'new-case': setCreating(true); break;
      case 'open-case':
        if (command.caseId) openCase(command.caseId);
        else document.querySelector<HTMLButtonElement>('.case-list button')?.focus();
        break;
      case 'find': searchBox.current?.focus(); searchBox.current?.select(); break;
      case 'settings': setView({ kind: 'settings' }); break;
      case 'dashboard': setView({ kind: 'dashboard' }); break;
      case 'help':
      case 'about': setView({ kind: 'help' }); break;
      case 'save-copy':
      case 'export':
        // Handled by the screens that own them (they subscribe to the same commands).
        publish({ kind: 'command', command });
        break;
    }
  }, [openCase]);

  useShortcuts(run);

  // Drag and drop of a PDF, Word or text reply anywhere on the window imports it into the open
  // case. A drop the import boxes handled themselves is left alone; any other drop is consumed so
  // the browser never navigates to the file (Electron checklist #13 blocks that too).
  const viewRef = useRef(view);
  const caseFromImportRef = useRef(caseFromImport);
  useEffect(() => { viewRef.current = view; caseFromImportRef.current = caseFromImport; });
  useEffect(() => {
    const onDragOver = (event: DragEvent) => { if (event.dataTransfer?.types.includes('Files')) event.preventDefault(); };
    const onDrop = (event: DragEvent) => {
      if (event.defaultPrevented) return;
      event.preventDefault();
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      if (viewRef.current.kind === 'case') {
        publish({ kind: 'dropped-file', file });
        return;
      }
      // No case open: the reply makes a new one.
      void importDroppedFile(file, {
        tooLarge: t('importing.dropTooLarge', { name: file.name, limit: IMPORT_LIMITS.maxFileBytes / (1024 * 1024) }),
        unreadable: t('importing.dropUnreadable', { name: file.name }),
      }).then(caseFromImportRef.current).then((problem) => setDropMessage(problem));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => { window.removeEventListener('dragover', onDragOver); window.removeEventListener('drop', onDrop); };
  }, [t]);
  useEffect(() => onMenuCommand(run), [run]);
  // The live workspace: a case changed here or elsewhere (a shared folder) shows at once in the list.
  useEffect(() => onWorkspaceChanged(() => { void refresh(); }), [refresh]);

  if (boot.kind === 'loading') {
    // The same screen as index.html's shell, so the hand-over from it does not move anything.
    return <main className="app app--loading" data-app-state="loading" aria-busy="true"><div className="app__starting"><p className="brand">{t('app.name')}</p><p role="status">{t('app.loading')}</p></div></main>;
  }

  return (
    <div className="app" data-app-state="ready">
      {/* The first stop for the keyboard: past the case list to the open case (its tabs and actions come next). */}
      <a className="skip-link" href="#main-content" onClick={(e) => { e.preventDefault(); skipToMain(); }}>{t('app.skipToMain')}</a>
      <CaseList
        cases={listing.cases}
        problems={listing.problems}
        openId={view.kind === 'case' ? view.id : null}
        workspace={boot.workspace.path}
        creating={creating}
        onCreatingChange={setCreating}
        searchBox={searchBox}
        onSearch={(query) => setView(query.trim() ? { kind: 'search', query: query.trim() } : { kind: 'none' })}
        onOpen={openCase}
        onCreate={createCase}
        onChooseWorkspace={chooseWorkspace}
        onSettings={() => setView({ kind: 'settings' })}
        onHelp={() => setView({ kind: 'help' })}
        dashboardOpen={view.kind === 'dashboard'}
        onDashboard={() => setView({ kind: 'dashboard' })}
        digestOpen={view.kind === 'digest'}
        onDigest={() => setView({ kind: 'digest' })}
      />
      <main className="workspace" id="main-content" tabIndex={-1} aria-label={t('app.name')}>
        {boot.recovery && <RecoveryBanner recovery={boot.recovery} onOpen={openCase} />}
        {welcome && (
          <Welcome
            workspace={boot.workspace.path}
            problem={welcomeProblem}
            onOpenExample={() => { setWelcomeProblem(null); openCase(COWIN_CASE_ID); }}
            onImport={() => { void api['import:file']({ purpose: 'qa' }).then(caseFromImport).then(setWelcomeProblem); }}
            onPaste={() => { void createCase(t('app.welcome.pastedTitle', { date: formatDate(today()) })); }}
            onDismiss={dismissWelcome}
          />
        )}
        {dropMessage && view.kind !== 'case' && <p role="status" className="muted">{dropMessage}</p>}
        <ScreenLoading><MainView view={view} opening={opening} onOpenCase={openCase} onSaved={refresh} onView={setView} onShowWelcome={() => setWelcome(true)} /></ScreenLoading>
      </main>
    </div>
  );
}

/** Focus the open case's title (the next Tab reaches its tabs and actions), else the main area. */
function skipToMain(): void {
  const target = document.querySelector<HTMLElement>('main [data-skip-target]') ?? document.getElementById('main-content');
  target?.focus();
}

function MainView({ view, opening, onOpenCase, onSaved, onView, onShowWelcome }: { readonly view: View; readonly opening: boolean; readonly onOpenCase: (id: string) => void; readonly onSaved: () => void; readonly onView: (view: View) => void; readonly onShowWelcome: () => void }) {
  const { t } = useTranslation();
  switch (view.kind) {
    case 'case': return <CaseView key={view.id} id={view.id} onSaved={onSaved} initialTab={view.tab} initialDraft={view.draftId ?? null} initialImport={view.imported ?? null} />;
    case 'dashboard': return <DashboardView onOpenCase={onOpenCase} onOpenDraft={(id, draftId) => { onSaved(); onView({ kind: 'case', id, tab: 'drafts', draftId }); }} />;
    case 'settings': return <SettingsView />;
    case 'search': return <SearchView query={view.query} onOpenCase={onOpenCase} />;
    case 'help': return <HelpView onShowWelcome={onShowWelcome} />;
    case 'digest': return <DigestView onOpenCase={(id) => { onSaved(); onOpenCase(id); }} />;
    case 'none': return opening ? <p className="muted" aria-busy="true">{t('app.loading')}</p> : <section className="empty-state"><h1>{t('app.name')}</h1><p>{t('app.tagline')}</p><p className="muted">{t('app.emptyHint')}</p></section>;
  }
}
