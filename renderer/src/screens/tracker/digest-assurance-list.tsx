import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { assuranceUrgency, type DigestAssurance } from '../../../../shared/digest/digest-assurances.ts';
import type { DeadlineOptions } from '../../../../shared/deadlines/types.ts';
import { formatDate } from '../../../../shared/lib/dates/index.ts';
import { api } from '../../api.ts';
import { ministryOnScreen } from '../../../../shared/workflows/ministry-names.ts';

type Props = {
  readonly items: ReadonlyArray<DigestAssurance>;
  readonly today: string;
  readonly options: Partial<DeadlineOptions>;
  readonly onOpenCase: (caseId: string) => void;
  readonly onProblem: (message: string) => void;
};

/**
 * The assurances found in session digests, on the dashboard beside the cases' own deadlines:
 * each with its due date (three months from the answer), what the reply said, and where it was
 * found; the reply opens as a full case (made from the digest the first time).
 */
export function DigestAssuranceList({ items, today, options, onOpenCase, onProblem }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'hi' ? 'hi' : 'en';
  const headingId = useId();
  if (items.length === 0) return null;
  const section = items[0]?.rule.section ?? '';
  const open = async (item: DigestAssurance) => {
    const opened = await api['digest:open-case']({ digestId: item.digestId, file: item.file });
    if (opened.ok) onOpenCase(opened.caseId);
    else onProblem(opened.message);
  };
  return (
    <section className="dashboard__group dashboard__digest" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('tracker.digestAssurances.heading')} <span className="muted">({items.length})</span></h2>
      <p className="muted small">{t('tracker.digestAssurances.intro', { section })}</p>
      <ul className="dashboard__items">
        {items.map((item) => {
          const urgency = assuranceUrgency(item, today, options);
          const date = formatDate(item.dueBy);
          const house = item.house === 'Lok Sabha' || item.house === 'Rajya Sabha' ? t(`digest.houses.${item.house}`) : (item.house ?? '');
          const reply = item.number
            ? t('tracker.digestAssurances.reply', { house, number: item.number, date: formatDate(item.answeredOn), label: item.label })
            : t('tracker.digestAssurances.replyUnnumbered', { date: formatDate(item.answeredOn), label: item.label });
          return (
            <li key={`${item.digestId}/${item.file}/${item.label}`} className={`dashboard__item dashboard__item--${urgency}`} data-digest-assurance={item.file}>
              <h3>{reply}{item.subject ? `: ${item.subject}` : ''}</h3>
              <p><strong>{urgency === 'overdue' ? t('tracker.digestAssurances.overdue', { date }) : urgency === 'due-soon' ? t('tracker.digestAssurances.dueSoon', { date }) : t('tracker.digestAssurances.due', { date })}</strong>
                {' · '}{item.ministry ? ministryOnScreen(item.ministry, lang) : t('tracker.digestAssurances.ministryUnknown')}</p>
              <blockquote className="small">{item.text}</blockquote>
              <p className="muted small">{t('tracker.digestAssurances.found', { digest: item.digestTitle, file: item.file })}</p>
              <div className="row">
                <button type="button" className="secondary" onClick={() => void open(item)}>{t('tracker.digestAssurances.openCase')}</button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
