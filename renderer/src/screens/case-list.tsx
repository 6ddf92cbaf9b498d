import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../shared/domain/case.ts';

type Props = {
  readonly cases: ReadonlyArray<CaseSummary>;
  readonly problems: ReadonlyArray<{ file: string; message: string }>;
  readonly openId: string | null;
  readonly workspace: string;
  readonly creating: boolean;
  readonly onCreatingChange: (creating: boolean) => void;
  readonly searchBox: RefObject<HTMLInputElement | null>;
  readonly onSearch: (query: string) => void;
  readonly onOpen: (id: string) => void;
  readonly onCreate: (title: string) => Promise<void>;
  readonly onChooseWorkspace: () => Promise<void>;
  readonly onSettings: () => void;
  readonly onHelp: () => void;
  readonly dashboardOpen: boolean;
  readonly onDashboard: () => void;
  readonly digestOpen: boolean;
  readonly onDigest: () => void;
};

/** The sidebar: search, the cases in the workspace (unreadable files reported, not hidden), settings and help. */
export function CaseList({ cases, problems, openId, workspace, creating, onCreatingChange, searchBox, onSearch, onOpen, onCreate, onChooseWorkspace, onSettings, onHelp, dashboardOpen, onDashboard, digestOpen, onDigest }: Props) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [query, setQuery] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    await onCreate(title.trim());
    setTitle('');
    onCreatingChange(false);
  };

  return (
    <nav className="sidebar" aria-label={t('cases.heading')}>
      <header className="sidebar__header">
        <span className="brand">{t('app.name')}</span>
        <button type="button" onClick={() => onCreatingChange(true)}>{t('cases.new')}</button>
      </header>
      <form role="search" className="search-box" onSubmit={(e) => { e.preventDefault(); onSearch(query); }}>
        <label className="visually-hidden" htmlFor="search-all">{t('search.label')}</label>
        <input id="search-all" ref={searchBox} type="search" value={query} placeholder={t('search.placeholder')} onChange={(e) => { setQuery(e.target.value); onSearch(e.target.value); }} />
      </form>
      <button type="button" className="dashboard-button" aria-current={dashboardOpen ? 'page' : undefined} onClick={onDashboard}>{t('tracker.dashboard.button')}</button>
      <button type="button" className="dashboard-button" aria-current={digestOpen ? 'page' : undefined} onClick={onDigest}>{t('digest.button')}</button>
      {creating && (
        <form className="new-case" onSubmit={(e) => void submit(e)} onKeyDown={(e) => { if (e.key === 'Escape') onCreatingChange(false); }}>
          <label>
            {t('cases.newTitlePrompt')}
            <input autoFocus value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
          </label>
          <div className="row">
            <button type="submit">{t('cases.create')}</button>
            <button type="button" className="secondary" onClick={() => onCreatingChange(false)}>{t('cases.cancel')}</button>
          </div>
        </form>
      )}
      <h2 className="sidebar__heading">{t('cases.heading')}</h2>
      {cases.length === 0 && <p className="muted">{t('cases.empty')}</p>}
      <ul className="case-list">
        {cases.map((c) => (
          <li key={c.id}>
            <button
              type="button"
              className={c.id === openId ? 'case-link case-link--open' : 'case-link'}
              aria-current={c.id === openId ? 'page' : undefined}
              onClick={() => onOpen(c.id)}
            >
              <span className="case-link__title">{c.title}</span>
              <span className="case-link__meta">
                {c.isExample && <span className="tag">{t('cases.example')}</span>}
                {t('cases.openParts', { count: c.openParts })} · {t('cases.drafts', { count: c.draftCount })}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {problems.length > 0 && (
        <section className="problems" role="alert">
          <h3>{t('cases.problemsHeading')}</h3>
          <p className="muted">{t('cases.problemsNote')}</p>
          <ul>{problems.map((p) => <li key={p.file}><code>{p.file}</code>: {p.message}</li>)}</ul>
        </section>
      )}
      <footer className="sidebar__footer">
        <div className="row">
          <button type="button" className="secondary" onClick={onSettings}>{t('cases.settings')}</button>
          <button type="button" className="secondary" onClick={onHelp}>{t('cases.help')}</button>
        </div>
        <span className="muted small" title={workspace}>{t('cases.workspace', { path: workspace })}</span>
        <button type="button" className="link" onClick={() => void onChooseWorkspace()}>{t('cases.chooseWorkspace')}</button>
      </footer>
    </nav>
  );
}
