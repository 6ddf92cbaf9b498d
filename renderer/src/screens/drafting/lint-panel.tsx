import { useTranslation } from 'react-i18next';
import type { DraftLint, FindingTarget } from '../../../../shared/workflows/draft-lint.ts';
import { findingCitation } from '../../../../shared/workflows/rule-citations.ts';
import { jurisdictionMessage } from '../../../../shared/lint/lint-rti.ts';
import { messageText } from '../../format/message.ts';
import type { TFunction } from 'i18next';
import { houseName } from '../../format/labels.ts';
import { FactBadge } from './fact-badge.tsx';
import { findingId, focusTarget } from './field-ids.ts';

/**
 * The linter's findings for the draft, as the user types: severity, what the rule says and what was
 * found (in the interface language, `shared/messages`), and the provision it applies. The badge and
 * the English source line come from the rule's citation as a filer reads it (`findingCitation`: the
 * Act, the Rules or the House's rules with the section, or "secondary source — UNCONFIRMED"), so the
 * badge never says confirmed beside text saying UNCONFIRMED; the rule's internal id is never shown.
 * A finding with offsets links to the field
 * it concerns and selects the passage there.
 */
export function LintPanel({ draftId, lint }: { readonly draftId: string; readonly lint: DraftLint }) {
  const { t } = useTranslation();
  return (
    <section className="side-panel lint" aria-labelledby={`${draftId}-lint-heading`}>
      <h2 id={`${draftId}-lint-heading`}>{t('drafting.lint.heading')}</h2>
      <LintBody draftId={draftId} lint={lint} />
    </section>
  );
}

function LintBody({ draftId, lint }: { readonly draftId: string; readonly lint: DraftLint }) {
  const { t, i18n } = useTranslation();
  switch (lint.kind) {
    case 'none':
      return <p className="muted small">{t('drafting.lint.notChecked')}</p>;
    case 'no-house':
      return <p className="muted small">{t('drafting.lint.chooseHouse')}</p>;
    case 'question':
    case 'rti': {
      const intro = lint.kind === 'question'
        ? t('drafting.lint.questionIntro', { house: houseName(t, lint.house) })
        : t('drafting.lint.rtiIntro', { jurisdiction: lint.jurisdiction === 'central' ? t('drafting.lint.centralJurisdiction') : jurisdictionText(t, lint.jurisdiction) });
      return (
        <>
          <p className="muted small">{intro}</p>
          <p role="status" className="lint__count" data-findings={lint.findings.length}>
            {lint.findings.length === 0 ? t('drafting.lint.none') : t('drafting.lint.count', { count: lint.findings.length })}
          </p>
          <ul className="findings">
            {lint.findings.map(({ finding: f, target, key }, i) => {
              const citation = findingCitation(f);
              return (
              <li key={key} id={findingId(draftId, i)} className={`finding finding--${f.severity}`} data-rule={f.ruleId}>
                <p className="finding__head">
                  <span className={`severity severity--${f.severity}`}>{t(`drafting.lint.severity.${f.severity}`)}</span>
                  <FactBadge confirmed={citation.confirmed} />
                </p>
                <p className="finding__message">{messageText(t, f.message)}{f.detail && <> <span className="finding__detail">{messageText(t, f.detail)}</span></>}</p>
                <p className="muted small finding__meta">
                  <span className="finding__cite">{t('drafting.lint.rule', { rule: messageText(t, f.cite) })}</span>{' '}
                  {/* The source as a filer reads it, in English only: the provision above says it in Hindi. Cut to one line (styles.css); the whole shows on hover or focus. */}
                  {i18n.language !== 'hi' && <span className="finding__source" title={citation.text}>{t('drafting.lint.source', { source: citation.text })}</span>}
                </p>
                <GoTo draftId={draftId} target={target} questionLabels={lint.kind === 'question'} />
              </li>
              );
            })}
          </ul>
        </>
      );
    }
  }
}

function GoTo({ draftId, target, questionLabels }: { readonly draftId: string; readonly target: FindingTarget; readonly questionLabels: boolean }) {
  const { t } = useTranslation();
  if (target === null) return null;
  const label = target.field === 'stem'
    ? t('drafting.lint.goToStem')
    : questionLabels ? t('drafting.lint.goToPart', { label: String.fromCharCode(97 + target.index) }) : t('drafting.lint.goToPoint', { n: target.index + 1 });
  return <button type="button" className="link" onClick={() => focusTarget(draftId, target)}>{label}</button>;
}


/** A state's name in the interface language; a code the data does not know, as given. */
function jurisdictionText(t: TFunction, code: string): string {
  const name = jurisdictionMessage(code);
  return typeof name === 'string' ? name : messageText(t, name);
}
