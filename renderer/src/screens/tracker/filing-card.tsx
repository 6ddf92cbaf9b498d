import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate } from '../../../../shared/lib/dates/index.ts';
import type { Case } from '../../../../shared/domain/case.ts';
import { FILING_STATUSES, type Filing, type FilingKind, type FilingStatus } from '../../../../shared/domain/filing.ts';
import { deadlinesFor } from '../../../../shared/deadlines/deadlines-for.ts';
import type { DeadlineOptions } from '../../../../shared/deadlines/types.ts';
import { currentStatus } from '../../../../shared/domain/filing-history.ts';
import { nextActions, type NextAction } from '../../../../shared/filings/next-actions.ts';
import { statusesFor, transition } from '../../../../shared/filings/transitions.ts';
import { formatDate } from '../../../../shared/lib/dates/index.ts';
import { filingName } from '../../format/labels.ts';
import { messagesText, messageText } from '../../format/message.ts';
import { DeadlineList } from './deadline-list.tsx';
import { isDraftAction, type DraftAction } from '../../../../shared/workflows/draft-from-filing.ts';
import { EvidenceList } from './evidence-list.tsx';
import { EditFilingForm } from './filing-form.tsx';

type Props = {
  readonly c: Case;
  readonly filing: Filing;
  readonly today: IsoDate;
  readonly options: Partial<DeadlineOptions>;
  readonly update: (change: (c: Case) => Case) => void;
  readonly onDraft: (filing: Filing, action: DraftAction) => void;
};

/** The status as the user reads it; question notices and assurances have words of their own. */
export function useStatusText(): (kind: FilingKind, status: FilingStatus) => string {
  const { t } = useTranslation();
  return (kind, status) => t(`tracker.statusByKind.${kind}.${status}`, { defaultValue: t(`tracker.status.${status}`) });
}

/**
 * One filing: its particulars, status, history, deadlines with their working, the next actions,
 * a form to record what happened (through `transition`, which refuses what the procedure does
 * not allow, with the reason), and its evidence.
 */
export function FilingCard({ c, filing, today, options, update, onDraft }: Props) {
  const { t } = useTranslation();
  const statusText = useStatusText();
  const headingId = useId();
  const [editing, setEditing] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const status = currentStatus(filing);
  const deadlines = deadlinesFor(filing, today, options);
  const actions = nextActions(filing, today, options);
  const [target, setTarget] = useState<FilingStatus | null>(null);
  const recordRef = useRef<HTMLSelectElement>(null);
  const name = filingName(t, filing);

  const replace = (next: Filing) => update((cur) => ({ ...cur, filings: cur.filings.map((f) => (f.id === next.id ? next : f)) }));
  const remove = () => update((cur) => ({ ...cur, filings: cur.filings.filter((f) => f.id !== filing.id) }));

  const act = (action: NextAction) => {
    if (isDraftAction(action.kind)) {
      onDraft(filing, action.kind);
      return;
    }
    if (action.transitionTo !== null) {
      setTarget(action.transitionTo);
      recordRef.current?.focus();
    }
  };

  return (
    <article className={`filing filing--${status}`} aria-labelledby={headingId} data-filing={filing.id}>
      <header className="filing__header">
        <h3 id={headingId}>{name}</h3>
        <span className="chip tracker-chip" data-filing-status={status}>{statusText(filing.kind, status)}</span>
      </header>
      <FilingFacts filing={filing} />
      {editing ? (
        <EditFilingForm c={c} filing={filing} onSave={(f) => { replace(f); setEditing(false); }} onCancel={() => setEditing(false)} />
      ) : (
        <div className="row">
          <button type="button" className="link" onClick={() => setEditing(true)}>{t('tracker.card.edit')}</button>
          {confirmRemove ? (
            <>
              <button type="button" className="link danger" onClick={remove}>{t('tracker.card.confirmRemove', { filing: name })}</button>
              <button type="button" className="link" onClick={() => setConfirmRemove(false)}>{t('tracker.form.cancel')}</button>
            </>
          ) : <button type="button" className="link" onClick={() => setConfirmRemove(true)}>{t('tracker.card.remove')}</button>}
        </div>
      )}

      <div className="filing__body">
        <section aria-label={t('tracker.card.deadlinesFor', { filing: name })}>
          <h4>{t('tracker.card.deadlines')}</h4>
          <DeadlineList deadlines={deadlines} />
        </section>

        <section aria-label={t('tracker.card.nextFor', { filing: name })}>
          <h4>{t('tracker.card.next')}</h4>
          {actions.length === 0 ? <p className="muted small">{t('tracker.card.nothingNext')}</p> : (
            <ul className="next-actions">
              {actions.map((a, i) => (
                <li key={`${a.kind}-${a.transitionTo ?? ''}-${i}`}>
                  {a.kind === 'review-reply' ? <span>{messageText(t, a.label)}</span> : (
                    <button type="button" className={isDraftAction(a.kind) ? '' : 'secondary'} onClick={() => act(a)}>{messageText(t, a.label)}</button>
                  )}
                  {a.dueDate && <span className="muted small"> {t(a.dueDate < today ? 'tracker.card.overdueSince' : 'tracker.card.by', { date: formatDate(a.dueDate), basis: messagesText(t, a.basis ?? []) })}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>

        <RecordEvent filing={filing} today={today} options={options} target={target} onTarget={setTarget} selectRef={recordRef} onRecorded={replace} />

        <section aria-label={t('tracker.card.historyFor', { filing: name })}>
          <h4>{t('tracker.card.history')}</h4>
          {filing.history.length === 0 ? <p className="muted small">{t('tracker.card.noHistory')}</p> : (
            <ol className="history">
              {filing.history.map((e, i) => (
                <li key={i}>
                  <span className="history__date">{formatDate(e.date)}</span> <strong>{statusText(filing.kind, e.status)}</strong>
                  {e.receivedOn && <span className="muted small"> {t('tracker.card.receivedOn', { date: formatDate(e.receivedOn) })}</span>}
                  {e.note && <span> — {e.note}</span>}
                </li>
              ))}
            </ol>
          )}
        </section>

        <section aria-label={t('tracker.card.evidenceFor', { filing: name })}>
          <h4>{t('tracker.card.evidence')}</h4>
          <EvidenceList c={c} filingId={filing.id} update={update} label={t('tracker.card.evidenceFor', { filing: name })} />
        </section>
      </div>
    </article>
  );
}

function FilingFacts({ filing }: { readonly filing: Filing }) {
  const { t } = useTranslation();
  const facts: string[] = [t(`tracker.kind.${filing.kind}`)];
  switch (filing.kind) {
    case 'rti-application':
      facts.push(t(`tracker.government.${filing.government}`) + (filing.government === 'state' && filing.state ? ` (${filing.state})` : ''), t(`tracker.mode.${filing.mode}`));
      if (filing.feePaidRupees !== null) facts.push(t('tracker.card.fee', { amount: filing.feePaidRupees }));
      if (filing.viaApio) facts.push(t('tracker.form.viaApio'));
      if (filing.lifeOrLiberty) facts.push(t('tracker.form.lifeOrLiberty'));
      if (filing.thirdPartyInvolved) facts.push(t('tracker.form.thirdParty'));
      break;
    case 'rti-first-appeal':
    case 'rti-second-appeal':
    case 'rti-complaint':
      facts.push(t(`tracker.government.${filing.government}`), t(`tracker.mode.${filing.mode}`));
      break;
    case 'question-notice':
      if (filing.noticeDate) facts.push(t('tracker.card.noticeOn', { date: formatDate(filing.noticeDate) }));
      if (filing.dateOfAnswer) facts.push(t('tracker.card.answerOn', { date: formatDate(filing.dateOfAnswer) }));
      break;
    case 'assurance':
      if (filing.phrase) facts.push(`“${filing.phrase}”`);
      if (filing.dateOfAnswer) facts.push(t('tracker.card.givenOn', { date: formatDate(filing.dateOfAnswer) }));
      break;
  }
  return (
    <>
      <p className="muted small filing__facts">{facts.join(' · ')}</p>
      {filing.notes && <p className="small filing__notes">{filing.notes}</p>}
    </>
  );
}

/** Statuses whose event may carry the other side's date of receipt (`StatusEventSchema`). */
const SENT_STATUSES: ReadonlyArray<FilingStatus> = ['filed', 'transferred', 'first-appeal', 'second-appeal'];

type RecordProps = {
  readonly filing: Filing;
  readonly today: IsoDate;
  readonly options: Partial<DeadlineOptions>;
  readonly target: FilingStatus | null;
  readonly onTarget: (s: FilingStatus | null) => void;
  readonly selectRef: RefObject<HTMLSelectElement | null>;
  readonly onRecorded: (f: Filing) => void;
};

/**
 * Record what happened. Every status of the kind is offered, not only the allowed ones, so that a
 * user who tries an impossible step is told why and what to record instead (`refusalReason`).
 */
function RecordEvent({ filing, today, options, target, onTarget, selectRef, onRecorded }: RecordProps) {
  const { t } = useTranslation();
  const statusText = useStatusText();
  const id = useId();
  const [date, setDate] = useState<string>(today);
  const [receivedOn, setReceivedOn] = useState('');
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<{ kind: 'refused' | 'recorded'; text: string } | null>(null);
  const statuses = statusesFor(filing.kind).filter((s) => s !== 'draft');
  const chosen = target ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (target === null) {
      setMessage({ kind: 'refused', text: t('tracker.record.chooseStatus') });
      return;
    }
    const result = transition(filing, target, date, note.trim(), { ...(receivedOn && SENT_STATUSES.includes(target) ? { receivedOn } : {}), deadlines: options });
    if (!result.ok) {
      setMessage({ kind: 'refused', text: result.error.message });
      return;
    }
    onRecorded(result.value);
    setMessage({ kind: 'recorded', text: t('tracker.record.recorded', { status: statusText(filing.kind, target), date: formatDate(date) }) });
    onTarget(null);
    setNote('');
    setReceivedOn('');
  };

  return (
    <form className="record-event" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t('tracker.record.heading')}</h4>
      <div className="record-event__grid">
        <label className="field">
          {t('tracker.record.status')}
          <select ref={selectRef} value={chosen} onChange={(e) => { onTarget(FILING_STATUSES.find((s) => s === e.target.value) ?? null); setMessage(null); }}>
            <option value="">—</option>
            {statuses.map((s) => <option key={s} value={s}>{statusText(filing.kind, s)}</option>)}
          </select>
        </label>
        <label className="field">
          {t('tracker.record.date')}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        {target !== null && SENT_STATUSES.includes(target) && (
          <label className="field">
            {t('tracker.form.receivedOn')}
            <input type="date" value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} />
          </label>
        )}
        <label className="field record-event__note">
          {t('tracker.record.note')}
          <input value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
      </div>
      <p className="muted small">{t('tracker.record.dateHint')}</p>
      <button type="submit">{t('tracker.record.submit')}</button>
      {message?.kind === 'refused' && <p role="alert" className="error">{message.text}</p>}
      {message?.kind === 'recorded' && <p role="status" className="ok">{message.text}</p>}
    </form>
  );
}
