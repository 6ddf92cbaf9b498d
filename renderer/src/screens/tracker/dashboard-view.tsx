import { caseRepository } from '../../case-repository.ts';
import { now } from '../../clock.ts';
import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dashboard, type DashboardItem, type Urgency } from '../../../../shared/filings/dashboard.ts';
import type { Filing } from '../../../../shared/domain/filing.ts';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { api } from '../../api.ts';
import { formatDate } from '../../../../shared/lib/dates/index.ts';
import { filingName } from '../../format/labels.ts';
import { messagesText, messageText } from '../../format/message.ts';
import type { Message } from '../../../../shared/messages/message.ts';
import { DeadlineItem } from './deadline-list.tsx';
import { DigestAssuranceList } from './digest-assurance-list.tsx';
import { draftFromFiling, existingDraftFor, isDraftAction, type DraftAction } from '../../../../shared/workflows/draft-from-filing.ts';
import { useStatusText } from './filing-card.tsx';
import { freshId } from './ids.ts';
import { currentProfile } from './profile.ts';
import { deadlineOptionsOf } from './use-tracker-settings.ts';
import './tracker.css';

type Overview = ChannelOutput<'tracker:overview'>;

type Props = {
  readonly onOpenCase: (caseId: string) => void;
  /** A draft was made in a case: open that case's Drafts tab on it. */
  readonly onOpenDraft: (caseId: string, draftId: string) => void;
};

const GROUPS: ReadonlyArray<Urgency> = ['overdue', 'due-soon', 'paused', 'upcoming', 'none'];

/** Which one-click draft an item offers: the first drafting step among its next actions that applies. */
function draftActionOf(item: DashboardItem): { action: DraftAction; label: Message } | null {
  for (const a of [item.nextAction, ...item.otherActions]) {
    if (a && isDraftAction(a.kind)) return { action: a.kind, label: a.label };
  }
  return null;
}

/**
 * Every open filing across all cases, most urgent first: what is overdue, what is due soon, and
 * what to do next. From an overdue or refused filing one button drafts the appeal (or, for a lapsed
 * assurance, the follow-up question) in that filing's case with its facts filled in.
 */
export function DashboardView({ onOpenCase, onOpenDraft }: Props) {
  const { t } = useTranslation();
  const [overview, setOverview] = useState<Overview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async () => {
    setOverview(await api['tracker:overview']({}));
  }, []);
  useEffect(() => {
    let live = true;
    void api['tracker:overview']({}).then((next) => { if (live) setOverview(next); });
    return () => { live = false; };
  }, []);

  if (overview === null) return <p className="muted" aria-busy="true">{t('app.loading')}</p>;
  const { today } = overview.settings;
  const items = dashboard(overview.cases, today, deadlineOptionsOf(overview.settings));

  const draft = async (item: DashboardItem, action: DraftAction) => {
    setProblem(null);
    const profile = await currentProfile();
    // Through the case repository, so it lands after any save of the case still under way.
    const notes: { problem: string | null; made: string | null } = { problem: null, made: null };
    const outcome = await caseRepository.change(item.caseId, (c) => {
      const filing = c.filings.find((f) => f.id === item.filingId);
      if (!filing) {
        notes.problem = t('tracker.dashboard.filingGone');
        return null;
      }
      // Drafted before from this filing: open that draft, never a second (issue 15).
      const existing = existingDraftFor(c, filing, action);
      if (existing) {
        notes.made = existing.id;
        return null;
      }
      const made = draftFromFiling(c, filing, action, { now: now(), id: freshId('draft'), profile });
      if (made === null) {
        notes.problem = t('tracker.draftNotApplicable');
        return null;
      }
      notes.made = made.id;
      return { ...c, drafts: [...c.drafts, made] };
    });
    if (outcome.kind === 'failed') setProblem(outcome.message);
    else if (notes.made === null) setProblem(notes.problem);
    else onOpenDraft(item.caseId, notes.made);
  };

  return (
    <article className="tracker dashboard" aria-labelledby="dashboard-heading">
      <header className="tracker__top">
        <h1 id="dashboard-heading">{t('tracker.dashboard.heading')}</h1>
        <p className="muted small">{t('tracker.dashboard.intro', { date: formatDate(today) })}</p>
      </header>
      <DashboardTools settings={overview.settings} onChanged={load} />
      {problem && <p role="alert" className="error">{problem}</p>}
      {overview.problems.length > 0 && (
        <div role="alert" className="problems">
          <p>{t('tracker.dashboard.unreadable')}</p>
          <ul>{overview.problems.map((p) => <li key={p.file}><code>{p.file}</code>: {p.message}</li>)}</ul>
        </div>
      )}
      {items.length === 0 && overview.digestAssurances.length === 0 && <p className="muted">{t('tracker.dashboard.empty')}</p>}
      {GROUPS.map((group) => {
        const inGroup = items.filter((i) => i.urgency === group);
        if (inGroup.length === 0) return null;
        return (
          <section key={group} className={`dashboard__group dashboard__group--${group}`} aria-labelledby={`group-${group}`}>
            <h2 id={`group-${group}`}>{t(`tracker.dashboard.group.${group}`)} <span className="muted">({inGroup.length})</span></h2>
            <ul className="dashboard__items">
              {inGroup.map((item) => (
                <DashboardEntry key={`${item.caseId}/${item.filingId}`} item={item} filing={overview.cases.find((x) => x.caseId === item.caseId)?.filings.find((f) => f.id === item.filingId) ?? null} today={today} onOpenCase={onOpenCase} onDraft={(action) => void draft(item, action)} />
              ))}
            </ul>
          </section>
        );
      })}
      <DigestAssuranceList items={overview.digestAssurances} today={today} options={deadlineOptionsOf(overview.settings)} onOpenCase={onOpenCase} onProblem={setProblem} />
    </article>
  );
}

function DashboardEntry({ item, filing, today, onOpenCase, onDraft }: { readonly item: DashboardItem; readonly filing: Filing | null; readonly today: string; readonly onOpenCase: (id: string) => void; readonly onDraft: (a: DraftAction) => void }) {
  const { t } = useTranslation();
  const statusText = useStatusText();
  const headingId = useId();
  const drafting = draftActionOf(item);
  return (
    <li className={`dashboard__item dashboard__item--${item.urgency}`} data-filing={item.filingId}>
      <h3 id={headingId}>{filing ? filingName(t, filing) : item.filingTitle}</h3>
      <p className="muted small">{t('tracker.dashboard.inCase', { title: item.caseTitle })} · {statusText(item.filingKind, item.status)}</p>
      {item.yourAction && (
        <p className="dashboard__yours"><strong>{t('tracker.dashboard.yours')}</strong> {messageText(t, item.yourAction.label)}
          {item.yourAction.dueDate && <> {t(item.yourAction.dueDate < today ? 'tracker.card.overdueSince' : 'tracker.card.by', { date: formatDate(item.yourAction.dueDate), basis: messagesText(t, item.yourAction.basis ?? []) })}</>}
        </p>
      )}
      {item.deadline && <ul className="deadlines"><DeadlineItem deadline={item.deadline} /></ul>}
      {item.nextAction && item.nextAction !== item.yourAction && (
        <p className="dashboard__next"><strong>{t('tracker.dashboard.next')}</strong> {messageText(t, item.nextAction.label)}
          {item.nextAction.dueDate && <span className="muted small"> {t(item.nextAction.dueDate < today ? 'tracker.card.overdueSince' : 'tracker.card.by', { date: formatDate(item.nextAction.dueDate), basis: messagesText(t, item.nextAction.basis ?? []) })}</span>}
        </p>
      )}
      <div className="row">
        {drafting && <button type="button" onClick={() => onDraft(drafting.action)}>{messageText(t, drafting.label)}</button>}
        <button type="button" className="secondary" onClick={() => onOpenCase(item.caseId)}>{t('tracker.dashboard.openCase', { title: item.caseTitle })}</button>
      </div>
    </li>
  );
}

type IcsState = ChannelOutput<'tracker:export-ics'> | { kind: 'idle' } | { kind: 'working' };

/** Export every open deadline as .ics, and the postal allowance the deadlines assume (UNCONFIRMED). */
function DashboardTools({ settings, onChanged }: { readonly settings: Overview['settings']; readonly onChanged: () => Promise<void> }) {
  const { t } = useTranslation();
  const [ics, setIcs] = useState<IcsState>({ kind: 'idle' });
  const [days, setDays] = useState(String(settings.postalDeliveryDays));
  const [saved, setSaved] = useState<{ ok: boolean; text: string } | null>(null);
  const daysId = useId();

  const exportIcs = async () => {
    setIcs({ kind: 'working' });
    setIcs(await api['tracker:export-ics']({}));
  };

  const saveDays = async () => {
    const n = Number(days);
    if (!Number.isInteger(n) || n < 0 || n > 60) {
      setSaved({ ok: false, text: t('tracker.settings.invalid') });
      return;
    }
    const result = await api['tracker:settings-set']({ postalDeliveryDays: n });
    setSaved(result.ok ? { ok: true, text: t('tracker.settings.saved', { count: n }) } : { ok: false, text: result.message });
    if (result.ok) await onChanged();
  };

  return (
    <div className="dashboard__tools">
      <div>
        <button type="button" disabled={ics.kind === 'working'} onClick={() => void exportIcs()}>{t('tracker.ics.export')}</button>
        {ics.kind === 'saved' && <p role="status" className="ok">{t('tracker.ics.saved', { fileName: ics.fileName, count: ics.events })}</p>}
        {ics.kind === 'canceled' && <p role="status" className="muted">{t('tracker.ics.canceled')}</p>}
        {ics.kind === 'failed' && <p role="alert" className="error">{t('tracker.ics.failed', { message: ics.message })}</p>}
      </div>
      <form className="postal-setting" onSubmit={(e) => { e.preventDefault(); void saveDays(); }}>
        <label className="field" htmlFor={daysId}>
          {t('tracker.settings.postal')}
          <input id={daysId} type="number" min={0} max={60} step={1} value={days} onChange={(e) => setDays(e.target.value)} aria-describedby={`${daysId}-hint`} />
        </label>
        <p id={`${daysId}-hint`} className="muted small">{t('tracker.settings.postalHint')}</p>
        <button type="submit" className="secondary">{t('tracker.settings.save')}</button>
        {saved && <p role={saved.ok ? 'status' : 'alert'} className={saved.ok ? 'ok' : 'error'}>{saved.text}</p>}
      </form>
    </div>
  );
}
