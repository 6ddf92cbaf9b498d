import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../shared/domain/question.ts';
import { formatDate } from '../../../../shared/lib/dates/index.ts';
import { houseName } from '../../format/labels.ts';

/**
 * The case header's facts, all read off the parsed question: house, kind and number, date of
 * answer, ministry, subject, and who asked. A fact the parser did not find is left out.
 */
export function QuestionFacts({ question }: { readonly question: Question | null }) {
  const { t } = useTranslation();
  if (!question) return <p className="muted">{t('caseView.noQuestion')}</p>;
  const q = question;
  const kind = q.kind ? t(`analysis.facts.kind.${q.kind}`) : q.number ? t('analysis.facts.question') : null;
  const which = [kind, q.number ? t('analysis.facts.number', { number: q.number }) : null].filter((x): x is string => x !== null).join(' ');
  const date = q.date ? formatDate(q.date) : null;
  const asked = date === null ? which : which === '' ? t('analysis.facts.answeredOnAlone', { date }) : `${which}, ${t('analysis.facts.answeredOn', { date })}`;
  const line = [q.house ? houseName(t, q.house) : null, asked || null, q.ministry ? t('analysis.facts.ministry', { ministry: q.ministry }) : null]
    .filter((x): x is string => x !== null && x !== '');
  return (
    <p className="case__facts" data-testid="question-facts">
      {line.join(' · ')}
      {q.subject && <><br />{t('analysis.facts.subject', { subject: q.subject })}</>}
      {q.askedBy.length > 0 && <><br />{t('analysis.facts.askedBy', { names: q.askedBy.join(', ') })}</>}
    </p>
  );
}
