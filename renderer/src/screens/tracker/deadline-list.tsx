import { useTranslation } from 'react-i18next';
import type { TrackedDeadline } from '../../../../shared/deadlines/types.ts';
import { formatDate } from '../../../../shared/lib/dates/index.ts';
import { deadlineKindMessage } from '../../../../shared/deadlines/labels.ts';
import { messagesText, messageText } from '../../format/message.ts';

/**
 * A filing's deadlines, each with the arithmetic that produced it (the "working": Alaveteli
 * issue #5101) and a mark where a rule it used is UNCONFIRMED in the docs
 * (`templates/deadlines/deadline-rules.ts`).
 */
export function DeadlineList({ deadlines }: { readonly deadlines: ReadonlyArray<TrackedDeadline> }) {
  const { t } = useTranslation();
  if (deadlines.length === 0) return <p className="muted small">{t('tracker.deadlines.none')}</p>;
  return (
    <ul className="deadlines">
      {deadlines.map((d) => <DeadlineItem key={d.kind} deadline={d} />)}
    </ul>
  );
}

export function DeadlineItem({ deadline: d }: { readonly deadline: TrackedDeadline }) {
  const { t } = useTranslation();
  return (
    <li className={`deadline deadline--${d.status}`} data-deadline={d.kind}>
      <div className="deadline__head">
        <span className="deadline__label">{messageText(t, deadlineKindMessage(d.kind))}</span>
        <span className="deadline__date">{formatDate(d.dueDate)}</span>
        <span className={`chip tracker-chip tracker-chip--${d.status}`}>{t(`tracker.deadlineStatus.${d.status}`)}</span>
        <DaysLeft deadline={d} />
        {!d.confirmed && <span className="unconfirmed" title={t('tracker.deadlines.unconfirmedHint')}>{t('tracker.deadlines.unconfirmed')}</span>}
      </div>
      <p className="deadline__working"><span className="visually-hidden">{t('tracker.deadlines.working')}: </span>{messagesText(t, d.working)}</p>
      {d.basis.length > 0 && <p className="muted small deadline__basis">{t('tracker.deadlines.basis', { basis: messagesText(t, d.basis) })}</p>}
      {!d.confirmed && <p className="muted small">{t('tracker.deadlines.unconfirmedHint')}</p>}
    </li>
  );
}

function DaysLeft({ deadline: d }: { readonly deadline: TrackedDeadline }) {
  const { t } = useTranslation();
  if (d.status !== 'upcoming' && d.status !== 'due-soon' && d.status !== 'overdue') return null;
  if (d.daysLeft === 0) return <span className="small">{t('tracker.deadlines.today')}</span>;
  return d.daysLeft > 0
    ? <span className="small">{t('tracker.deadlines.daysLeft', { count: d.daysLeft })}</span>
    : <span className="small">{t('tracker.deadlines.daysLate', { count: -d.daysLeft })}</span>;
}
