import { now } from '../../clock.ts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case.ts';
import { AssuranceFilingSchema, type Filing } from '../../../../shared/domain/filing.ts';
import { questionReference } from '../../../../shared/drafting/draft-context.ts';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { formatDate } from '../../../../shared/lib/dates/index.ts';
import { api } from '../../api.ts';
import { currentUnit, TaskProgress } from '../../components/task-progress.tsx';
import { useTask } from '../../hooks/use-task.ts';
import { draftFromFiling, existingDraftFor, type DraftAction } from '../../../../shared/workflows/draft-from-filing.ts';
import { EvidenceList } from './evidence-list.tsx';
import { FilingCard } from './filing-card.tsx';
import { NewFilingForm } from './filing-form.tsx';
import { freshId } from './ids.ts';
import { currentProfile } from './profile.ts';
import { useTrackerSettings } from './use-tracker-settings.ts';
import './tracker.css';

type Props = {
  readonly c: Case;
  readonly update: (change: (c: Case) => Case) => void;
  /** A draft was made from a filing: show it in the Drafts tab. */
  readonly onDraftCreated: (draftId: string) => void;
};

/** The id an assurance found in part (x) is tracked under, so it is offered only once. */
export function assuranceFilingId(partLabel: string): string {
  return `assurance-part-${partLabel}`;
}

/**
 * The case's Filings tab: what was filed (RTI applications, appeals, complaints, question notices)
 * and the assurances the reply gave, each with its status, history, deadlines and next actions;
 * the case's own evidence; and the bundle for a hearing.
 */
export function FilingsView({ c, update, onDraftCreated }: Props) {
  const { t } = useTranslation();
  const { state } = useTrackerSettings();
  const [adding, setAdding] = useState(false);
  const [draftProblem, setDraftProblem] = useState<string | null>(null);

  if (state.kind === 'loading') return <p className="muted" aria-busy="true">{t('app.loading')}</p>;
  const { today } = state.settings;

  const addFiling = (filing: Filing) => {
    update((cur) => ({ ...cur, filings: [...cur.filings, filing] }));
    setAdding(false);
  };

  const makeDraft = async (filing: Filing, action: DraftAction) => {
    // Drafted before from this filing: open that draft, never a second (issue 15).
    const existing = existingDraftFor(c, filing, action);
    if (existing) {
      onDraftCreated(existing.id);
      return;
    }
    const profile = await currentProfile();
    const draft = draftFromFiling(c, filing, action, { now: now(), id: freshId('draft'), profile });
    if (draft === null) {
      setDraftProblem(t('tracker.draftNotApplicable'));
      return;
    }
    update((cur) => ({ ...cur, drafts: [...cur.drafts, draft] }));
    onDraftCreated(draft.id);
  };

  const assurances = c.analysis.parts.filter((p) => p.assurance !== undefined);
  const untracked = assurances.filter((p) => !c.filings.some((f) => f.id === assuranceFilingId(p.label)));

  const trackAssurance = (label: string, phrase: string) => {
    const q = c.question;
    const filing = AssuranceFilingSchema.parse({
      id: assuranceFilingId(label),
      kind: 'assurance',
      createdAt: now(),
      phrase,
      house: q?.house ?? null,
      dateOfAnswer: q?.date ?? null,
      questionRef: questionReference(q, 'en'),
      notes: t('tracker.assurances.fromPart', { label }),
      // OAMS (ii): the three months run from the date of the assurance, which for a written reply is the answer.
      history: q?.date ? [{ status: 'filed', date: q.date, note: t('tracker.assurances.foundNote', { label }) }] : [],
    });
    update((cur) => ({ ...cur, filings: [...cur.filings, filing] }));
  };

  return (
    <div className="tracker">
      <div className="tracker__top">
        <h2>{t('tracker.heading')}</h2>
        <p className="muted small">{t('tracker.today', { date: formatDate(today), days: state.settings.postalDeliveryDays })}</p>
        {!adding && <button type="button" onClick={() => setAdding(true)}>{t('tracker.add')}</button>}
      </div>

      {adding && <NewFilingForm c={c} options={state.options} onCreate={addFiling} onCancel={() => setAdding(false)} />}

      {untracked.length > 0 && (
        <section className="tracker__assurances" aria-labelledby="assurances-heading">
          <h3 id="assurances-heading">{t('tracker.assurances.heading')}</h3>
          <p className="muted small">{t('tracker.assurances.intro')}</p>
          <ul>
            {untracked.map((p) => (
              <li key={p.label}>
                <span>{t('tracker.assurances.item', { label: p.label, phrase: p.assurance?.phrase ?? '' })}</span>
                {p.assurance?.dueBy && <span className="muted small"> {t('tracker.assurances.dueBy', { date: formatDate(p.assurance.dueBy) })}</span>}
                {' '}
                <button type="button" className="secondary" onClick={() => trackAssurance(p.label, p.assurance?.phrase ?? '')}>
                  {t('tracker.assurances.track', { label: p.label })}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {draftProblem && <p role="alert" className="error">{draftProblem}</p>}

      {c.filings.length === 0 && !adding ? <p className="muted">{t('tracker.none')}</p> : (
        <div className="filings">
          {c.filings.map((f) => (
            <FilingCard key={f.id} c={c} filing={f} today={today} options={state.options} update={update} onDraft={(filing, action) => void makeDraft(filing, action)} />
          ))}
        </div>
      )}

      <section className="tracker__case-evidence" aria-labelledby="case-evidence-heading">
        <h3 id="case-evidence-heading">{t('tracker.caseEvidence.heading')}</h3>
        <EvidenceList c={c} filingId={null} update={update} label={t('tracker.caseEvidence.heading')} />
        <BundleExport c={c} />
      </section>
    </div>
  );
}

type BundleState = ChannelOutput<'tracker:export-bundle'> | { kind: 'idle' } | { kind: 'working' };

/** The whole case as one zip for an appeal hearing (drafts as .docx, evidence, index, chronology). */
function BundleExport({ c }: { readonly c: Case }) {
  const { t } = useTranslation();
  const [state, setState] = useState<BundleState>({ kind: 'idle' });
  /** The export running in main: drafts rendered and files added, and the way to stop it before the zip is written. */
  const { task, run: runTask, stop } = useTask();
  const run = async () => {
    setState({ kind: 'working' });
    setState(await runTask((taskId) => api['tracker:export-bundle']({ case: c, taskId })));
  };
  const unit = task ? currentUnit(task) : null;
  const item = task?.progress?.label;
  return (
    <div className="bundle">
      <p className="muted small">{t('tracker.bundle.intro')}</p>
      <button type="button" disabled={state.kind === 'working'} onClick={() => void run()}>{t('tracker.bundle.export')}</button>
      {task !== null && (
        <TaskProgress
          task={task}
          label={t('tracker.bundle.progressLabel')}
          status={unit === null ? t('tracker.bundle.progressLabel') : item ? t('tracker.bundle.progressItem', { ...unit, name: item }) : t('tracker.bundle.progress', unit)}
          stoppingStatus={t('tracker.bundle.stopping')}
          stopLabel={t('tracker.bundle.stop')}
          onStop={stop}
        />
      )}
      {state.kind === 'saved' && (
        <div role="status" className="ok">
          <p>{t('tracker.bundle.saved', { fileName: state.fileName, count: state.entries })}</p>
          {state.omitted.length > 0 && <p className="error">{t('tracker.bundle.omitted', { files: state.omitted.map((o) => `${o.name} (${o.reason})`).join('; ') })}</p>}
          {state.skippedDrafts.length > 0 && <p className="error">{t('tracker.bundle.skipped', { drafts: state.skippedDrafts.map((d) => `${d.title} (${d.missing.join(', ')})`).join('; ') })}</p>}
        </div>
      )}
      {state.kind === 'canceled' && <p role="status" className="muted">{t('tracker.bundle.canceled')}</p>}
      {state.kind === 'stopped' && <p role="status" className="muted">{t('tracker.bundle.stopped')}</p>}
      {state.kind === 'failed' && <p role="alert" className="error">{t('tracker.bundle.failed', { message: state.message })}</p>}
    </div>
  );
}
