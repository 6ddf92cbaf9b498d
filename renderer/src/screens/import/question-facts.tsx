import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '../../../../shared/domain/question.ts';
import { formatDate } from '../../../../shared/lib/dates/index.ts';
import { houseName } from '../../format/labels.ts';
import { ministryInFull } from '../../../../shared/workflows/ministry-names.ts';
import type { TFunction } from 'i18next';

/**
 * The case header's facts, all read off the parsed question: house, kind and number, date of
 * answer, ministry, subject, and who asked. A fact the parser did not find is left out. Memoised:
 * it re-rendered with every save's answer, though the question had not changed (issue 12).
 */
export const QuestionFacts = memo(function QuestionFacts({ question }: { readonly question: Question | null }) {
  const { t, i18n } = useTranslation();
  if (!question) return <p className="muted">{t('caseView.noQuestion')}</p>;
  const q = question;
  const kind = q.kind ? t(`analysis.facts.kind.${q.kind}`) : q.number ? t('analysis.facts.question') : null;
  const which = [kind, q.number ? t('analysis.facts.number', { number: q.number }) : null].filter((x): x is string => x !== null).join(' ');
  const date = q.date ? formatDate(q.date) : null;
  const asked = date === null ? which : which === '' ? t('analysis.facts.answeredOnAlone', { date }) : `${which}, ${t('analysis.facts.answeredOn', { date })}`;
  const line = [q.house ? houseName(t, q.house) : null, asked || null, q.ministry ? ministryFact(q.ministry, i18n.language === 'hi' ? 'hi' : 'en', t) : null]
    .filter((x): x is string => x !== null && x !== '');
  return (
    <p className="case__facts" data-testid="question-facts">
      {line.join(' · ')}
      {q.subject && <><br />{t('analysis.facts.subject', { subject: q.subject })}</>}
      {q.askedBy.length > 0 && <><br />{t('analysis.facts.askedBy', { names: q.askedBy.join(', ') })}</>}
    </p>
  );
});

/**
 * The ministry in the screen's language: "Ministry of X" as the source names it in English; the
 * official Hindi name on the Hindi screen, or, for a ministry the name table does not know, the
 * source's English in full rather than a half-Hindi "X मंत्रालय".
 */
function ministryFact(ministry: string, lang: 'en' | 'hi', t: TFunction): string {
  return lang === 'en' ? t('analysis.facts.ministry', { ministry }) : ministryInFull(ministry, lang);
}
