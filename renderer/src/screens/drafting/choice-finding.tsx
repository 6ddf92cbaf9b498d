import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/lint/finding.ts';
import { findingCitation } from '../../../../shared/workflows/rule-citations.ts';
import { messageText } from '../../format/message.ts';
import { FactBadge } from './fact-badge.tsx';

type Props = {
  readonly finding: Finding;
  /** A bar (the kind is not offered; an alert) or a caution (offered, with a warning first; a status). */
  readonly kind: 'bar' | 'caution';
  /** Offers the question notice in the House that asked, when there is one. */
  readonly onNoticeInstead: (() => void) | null;
};

/**
 * What the new-draft form says of a kind of document before it is drafted: why the House would
 * not admit it, or why it probably would not, with the rule, its badge and the way out.
 */
export function ChoiceFinding({ finding, kind, onNoticeInstead }: Props) {
  const { t } = useTranslation();
  const severity = kind === 'bar' ? 'error' : 'warning';
  return (
    <div role={kind === 'bar' ? 'alert' : 'status'} className={`new-draft__bar finding finding--${severity}`} data-rule={finding.ruleId}>
      <p className="finding__head"><span className={`severity severity--${severity}`}>{t(kind === 'bar' ? 'drafting.create.notOffered' : 'drafting.create.caution')}</span> <FactBadge confirmed={findingCitation(finding).confirmed} /></p>
      <p className="finding__message">{messageText(t, finding.message)}</p>
      <p className="muted small">{t('drafting.lint.rule', { rule: messageText(t, finding.cite) })}</p>
      {onNoticeInstead && <button type="button" className="link" onClick={onNoticeInstead}>{t('drafting.create.noticeInstead')}</button>}
    </div>
  );
}
