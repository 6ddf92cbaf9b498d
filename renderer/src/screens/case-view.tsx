import { subscribe } from '../app-messages.ts';
import { caseRepository } from '../case-repository.ts';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/domain/case.ts';
import { useCaseDocument, type SaveState } from '../hooks/use-case-document.ts';
import { useAppCommand } from '../hooks/use-app-command.ts';
import type { ImportResult } from '../../../shared/ipc/channels/import.ts';
import { IMPORT_LIMITS } from '../../../shared/import/normalize-text.ts';
import { importDroppedFile } from './import/read-dropped-file.ts';
import { AnalysisView } from './analysis-view.tsx';
import { QuestionFacts } from './import/question-facts.tsx';
import { lazyNamed, ScreenLoading } from '../components/lazy-screen.tsx';
import { CaseHistory, ConflictNotice } from './case-sync.tsx';
import { formatDateTime } from '../../../shared/lib/dates/index.ts';

// The drafts and filings tabs load when first opened (issue 12).
const DraftsView = lazyNamed(async () => (await import('./drafts-view.tsx')).DraftsView);
const FilingsView = lazyNamed(async () => (await import('./tracker/filings-view.tsx')).FilingsView);

export type CaseTab = 'analysis' | 'drafts' | 'filings' | 'notes';
type Tab = CaseTab;

/** One open case: its header, then the question and reply, the drafts, and the notes. */
export function CaseView({ id, onSaved, initialTab, initialDraft, initialImport }: { readonly id: string; readonly onSaved: () => void; readonly initialTab?: CaseTab; readonly initialDraft?: string | null; readonly initialImport?: ImportResult | null }) {
  const { t } = useTranslation();
  const { doc, update, saveState, remoteChange } = useCaseDocument(id, onSaved);
  const [tab, setTab] = useState<Tab>(initialTab ?? 'analysis');
  const [selectedDraft, setSelectedDraft] = useState<string | null>(initialDraft ?? null);
  // A draft just made: its editor takes the focus once, since the control that made it is gone.
  const [createdDraft, setCreatedDraft] = useState<string | null>(initialDraft ?? null);
  // Stable, as the analysis view is memoised: a save's "Saving…" and "Saved" re-render the header
  // only, not the verdicts and a long reply beside them (issue 12: that re-render was a 36-52 ms
  // frame as a 10 MB case's autosave began).
  const openCreated = useCallback((draftId: string) => { setSelectedDraft(draftId); setCreatedDraft(draftId); setTab('drafts'); }, []);
  const chooseTab = (name: Tab) => { setCreatedDraft(null); setTab(name); };
  const [copyMessage, setCopyMessage] = useState<string | null>(null);
  // A reply imported before the case existed (dropped on the window, or chosen from the welcome).
  const [dropped, setDropped] = useState<ImportResult | null>(initialImport ?? null);
  const importDone = useCallback(() => setDropped(null), []);

  // A reply dropped anywhere on the window (app.tsx) is read by main's importer, then shown in
  // this case's import form to be checked before analysis.
  useEffect(() => {
    return subscribe((message) => {
      if (message.kind !== 'dropped-file') return;
      const file = message.file;
      void importDroppedFile(file, {
        tooLarge: t('importing.dropTooLarge', { name: file.name, limit: IMPORT_LIMITS.maxFileBytes / (1024 * 1024) }),
        unreadable: t('importing.dropUnreadable', { name: file.name }),
      }).then((result) => {
        setTab('analysis');
        setDropped(result);
      });
    });
  }, [t]);

  // File > Save a Copy: the case file, as it is on disk, to a place the user picks.
  useAppCommand('save-copy', () => {
    void caseRepository.saveCopy(id).then((result) => {
      if (result.kind === 'saved') setCopyMessage(t('caseView.copySaved', { fileName: result.fileName }));
      else if (result.kind === 'failed') setCopyMessage(result.message);
    });
  });

  if (doc.kind === 'loading') return <p className="muted" aria-busy="true">{t('app.loading')}</p>;
  if (doc.kind === 'failed') return <p role="alert" className="error">{doc.message}</p>;
  const c = doc.value;

  const tabs: ReadonlyArray<Tab> = ['analysis', 'drafts', 'filings', 'notes'];
  return (
    <article className="case" aria-labelledby="case-title">
      <header className="case__header">
        <div>
          <h1 id="case-title" tabIndex={-1} data-skip-target="">{c.title}</h1>
          <CaseFacts c={c} />
        </div>
        <div>
          <SaveIndicator state={saveState} />
          {remoteChange && <p role="status" className="save save--remote" data-remote-change>{t('sync.remote', { who: remoteChange.by || t('sync.history.someone'), when: formatDateTime(remoteChange.at) })}</p>}
          {copyMessage && <p role="status" className="save">{copyMessage}</p>}
        </div>
      </header>
      <ConflictNotice c={c} update={update} />
      <div role="tablist" className="tabs" aria-label={c.title} onKeyDown={(e) => {
        // WAI-ARIA Authoring Practices, Tabs pattern: one tab stop for the tab list; the arrow keys,
        // Home and End move between tabs and select the tab moved to (automatic activation).
        const next = tabAfterKey(tabs, tab, e.key);
        if (next === null) return;
        e.preventDefault();
        chooseTab(next);
        document.getElementById(`tab-${next}`)?.focus();
      }}>
        {tabs.map((name) => (
          <button key={name} role="tab" type="button" id={`tab-${name}`} aria-selected={tab === name} aria-controls={`panel-${name}`} tabIndex={tab === name ? 0 : -1} onClick={() => chooseTab(name)}>
            {name === 'filings' ? t('tracker.tab') : t(`caseView.tabs.${name}`)}{name === 'drafts' && c.drafts.length > 0 ? ` (${c.drafts.length})` : ''}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'analysis' && (
          <AnalysisView
            c={c}
            update={update}
            onDraftCreated={openCreated}
            dropped={dropped}
            onImportDone={importDone}
          />
        )}
        {tab === 'filings' && <ScreenLoading><FilingsView c={c} update={update} onDraftCreated={openCreated} /></ScreenLoading>}
        {tab === 'drafts' && <ScreenLoading><DraftsView c={c} update={update} selected={selectedDraft} onSelect={setSelectedDraft} focusDraftId={createdDraft} /></ScreenLoading>}
        {tab === 'notes' && (
          <div className="notes">
            <label className="notes__field">
              {t('sync.notes.summaryLabel')}
              <textarea id="case-summary" rows={3} value={c.matter.summary} onChange={(e) => { const summary = e.target.value; update((cur) => ({ ...cur, matter: { ...cur.matter, summary } })); }} />
            </label>
            {c.question && (
              <label className="notes__field">
                {t('caseView.subjectHi.label')}
                <input
                  id="case-subject-hi"
                  lang="hi"
                  value={c.question.subjectHi ?? ''}
                  aria-describedby="case-subject-hi-hint"
                  onChange={(e) => {
                    const subjectHi = e.target.value;
                    update((cur) => (cur.question ? { ...cur, question: { ...cur.question, subjectHi } } : cur));
                  }}
                />
                <span id="case-subject-hi-hint" className="muted small">{t('caseView.subjectHi.hint')}</span>
              </label>
            )}
            <label className="notes__field">
              {t('sync.notes.notesLabel')}
              <textarea id="case-notes" className="notes__text" rows={12} value={c.matter.notes} onChange={(e) => { const notes = e.target.value; update((cur) => ({ ...cur, matter: { ...cur.matter, notes } })); }} />
            </label>
            <CaseHistory c={c} />
          </div>
        )}
      </section>
    </article>
  );
}

/** House, kind, number, date, ministry, subject and who asked: all from the parsed question. */
function CaseFacts({ c }: { readonly c: Case }) {
  return <QuestionFacts question={c.question} />;
}

function SaveIndicator({ state }: { readonly state: SaveState }) {
  const { t } = useTranslation();
  const text = state.kind === 'failed' ? t('caseView.save.failed', { message: state.message }) : state.kind === 'idle' ? '' : t(`caseView.save.${state.kind}`);
  return <p className={`save save--${state.kind}`} role="status" aria-live="polite" data-save-state={state.kind}>{text}</p>;
}

/** The tab an arrow, Home or End key moves to (wrapping at the ends), or null for other keys. */
export function tabAfterKey<T>(tabs: ReadonlyArray<T>, current: T, key: string): T | null {
  const at = Math.max(0, tabs.indexOf(current));
  const n = tabs.length;
  switch (key) {
    case 'ArrowRight': return tabs[(at + 1) % n] ?? null;
    case 'ArrowLeft': return tabs[(at - 1 + n) % n] ?? null;
    case 'Home': return tabs[0] ?? null;
    case 'End': return tabs[n - 1] ?? null;
    default: return null;
  }
}
