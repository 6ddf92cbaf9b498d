import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/domain/case.ts';
import { effectiveVerdicts, openPartLabels } from '../../../shared/domain/effective-verdicts.ts';
import { PART_STATUSES, PartStatusSchema, statusGroup } from '../../../shared/domain/part-status.ts';
import { EMPTY_PROFILE } from '../../../shared/drafting/profile.ts';
import { newDraft } from '../../../shared/drafting/new-draft.ts';
import { HighlightedText } from '../components/highlighted-text.tsx';

type Props = {
  readonly c: Case;
  readonly update: (change: (c: Case) => Case) => void;
  readonly onDraftCreated: (draftId: string) => void;
};

/**
 * The question's parts beside the reply. Each part shows its verdict and reason; the user can
 * set their own verdict, which is kept in the case as theirs. Open parts feed the drafting step.
 */
export function AnalysisView({ c, update, onDraftCreated }: Props) {
  const { t } = useTranslation();
  const verdicts = effectiveVerdicts(c);
  const [selected, setSelected] = useState<string | null>(verdicts[0]?.label ?? null);
  const reply = c.sources.find((s) => s.id === c.analysis.sourceId) ?? c.sources.find((s) => s.role === 'reply' || s.role === 'qa') ?? null;
  const evidence = c.analysis.parts.find((p) => p.label === selected)?.evidence ?? [];
  const openLabels = openPartLabels(c);

  const setVerdict = (label: string, statusValue: string, reason: string) => {
    const status = PartStatusSchema.safeParse(statusValue);
    if (!status.success) return;
    update((cur) => ({
      ...cur,
      analysis: {
        ...cur.analysis,
        overrides: [...cur.analysis.overrides.filter((o) => o.label !== label), { label, status: status.data, reason, at: new Date().toISOString() }],
      },
    }));
  };

  const draftRti = () => {
    const now = new Date().toISOString();
    const id = `draft-${Date.now().toString(36)}`;
    const draft = newDraft('rti-application', c, { parts: openLabels, language: 'en', profile: EMPTY_PROFILE, now, id });
    update((cur) => ({ ...cur, drafts: [...cur.drafts, draft] }));
    onDraftCreated(id);
  };

  return (
    <div className="analysis">
      <section className="analysis__parts" aria-labelledby="parts-heading">
        <h2 id="parts-heading">{t('analysis.partsHeading')}</h2>
        <ol className="parts">
          {(c.question?.parts ?? []).map((part) => {
            const v = verdicts.find((x) => x.label === part.label);
            const status = v?.status ?? null;
            const group = status ? statusGroup(status) : 'none';
            const override = c.analysis.overrides.find((o) => o.label === part.label);
            return (
              <li key={part.label} className={`part part--${group}${selected === part.label ? ' part--selected' : ''}`} data-part={part.label}>
                <button type="button" className="part__text" aria-pressed={selected === part.label} onClick={() => setSelected(part.label)}>
                  <span className="part__label">({part.label})</span> {part.text}
                </button>
                <div className="part__verdict">
                  <span className={`chip chip--${group}`}>{status ? t(`status.${status}`) : t('analysis.notAnalysed')}</span>
                  {v && v.by !== 'none' && <span className="muted small">{v.by === 'user' ? t('analysis.byUser') : t('analysis.byAnalyser')}</span>}
                  {v?.reason && <p className="part__reason">{v.reason}</p>}
                </div>
                <div className="part__controls">
                  <label>
                    {t('analysis.changeVerdict', { label: part.label })}
                    <select value={status ?? ''} onChange={(e) => setVerdict(part.label, e.target.value, override?.reason ?? '')}>
                      <option value="" disabled>{t('analysis.notAnalysed')}</option>
                      {PART_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
                    </select>
                  </label>
                  {override && (
                    <label>
                      {t('analysis.reasonLabel')}
                      <input value={override.reason} onChange={(e) => setVerdict(part.label, override.status, e.target.value)} />
                    </label>
                  )}
                  {group !== 'open' && (
                    <button type="button" className="secondary" onClick={() => setVerdict(part.label, 'unanswered', t('analysis.userReasonDefault'))}>
                      {t('analysis.markOpen')} ({part.label})
                    </button>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
        <div className="analysis__actions">
          <button type="button" onClick={draftRti} disabled={openLabels.length === 0}>{t('analysis.draftRti')}</button>
          {openLabels.length === 0 && <p className="muted small">{t('analysis.noOpen')}</p>}
        </div>
      </section>
      <section className="analysis__reply" aria-labelledby="reply-heading">
        <h2 id="reply-heading">{t('analysis.replyHeading')}</h2>
        {reply && <HighlightedText text={reply.text} spans={evidence} label={reply.title} />}
      </section>
    </div>
  );
}
