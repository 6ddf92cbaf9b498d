import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/domain/case.ts';
import { useCaseDocument, type SaveState } from '../hooks/use-case-document.ts';
import { AnalysisView } from './analysis-view.tsx';
import { DraftsView } from './drafts-view.tsx';

type Tab = 'analysis' | 'drafts' | 'notes';

/** One open case: its header, then the question and reply, the drafts, and the notes. */
export function CaseView({ id, onSaved }: { readonly id: string; readonly onSaved: () => void }) {
  const { t } = useTranslation();
  const { doc, update, saveState } = useCaseDocument(id, onSaved);
  const [tab, setTab] = useState<Tab>('analysis');
  const [selectedDraft, setSelectedDraft] = useState<string | null>(null);

  if (doc.kind === 'loading') return <p className="muted" aria-busy="true">{t('app.loading')}</p>;
  if (doc.kind === 'failed') return <p role="alert" className="error">{doc.message}</p>;
  const c = doc.value;

  const tabs: ReadonlyArray<Tab> = ['analysis', 'drafts', 'notes'];
  return (
    <article className="case" aria-labelledby="case-title">
      <header className="case__header">
        <div>
          <h1 id="case-title">{c.title}</h1>
          <CaseFacts c={c} />
        </div>
        <SaveIndicator state={saveState} />
      </header>
      <div role="tablist" className="tabs" aria-label={c.title}>
        {tabs.map((name) => (
          <button key={name} role="tab" type="button" id={`tab-${name}`} aria-selected={tab === name} aria-controls={`panel-${name}`} onClick={() => setTab(name)}>
            {t(`caseView.tabs.${name}`)}{name === 'drafts' && c.drafts.length > 0 ? ` (${c.drafts.length})` : ''}
          </button>
        ))}
      </div>
      <section role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {tab === 'analysis' && (
          <AnalysisView
            c={c}
            update={update}
            onDraftCreated={(draftId) => { setSelectedDraft(draftId); setTab('drafts'); }}
          />
        )}
        {tab === 'drafts' && <DraftsView c={c} update={update} selected={selectedDraft} onSelect={setSelectedDraft} />}
        {tab === 'notes' && (
          <div className="notes">
            <p>{c.matter.summary}</p>
            <pre className="notes__text">{c.matter.notes}</pre>
          </div>
        )}
      </section>
    </article>
  );
}

function CaseFacts({ c }: { readonly c: Case }) {
  const { t } = useTranslation();
  const q = c.question;
  if (!q) return <p className="muted">{t('caseView.noQuestion')}</p>;
  const facts = [
    q.house,
    q.ministry ? t('caseView.ministry', { ministry: q.ministry }) : null,
    q.date ? t('caseView.answeredOn', { date: formatIndianDate(q.date) }) : null,
  ].filter((x): x is string => x !== null);
  return (
    <p className="case__facts">
      {facts.join(' · ')}
      {q.askedBy.length > 0 && <><br />{t('caseView.asked', { names: q.askedBy.join(', ') })}</>}
    </p>
  );
}

function SaveIndicator({ state }: { readonly state: SaveState }) {
  const { t } = useTranslation();
  const text = state.kind === 'failed' ? t('caseView.save.failed', { message: state.message }) : t(`caseView.save.${state.kind}`);
  return <p className={`save save--${state.kind}`} role="status" aria-live="polite" data-save-state={state.kind}>{text}</p>;
}

/** Dates as Indian offices write them: 21.07.2023. */
export function formatIndianDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${d}.${m}.${y}` : iso;
}
