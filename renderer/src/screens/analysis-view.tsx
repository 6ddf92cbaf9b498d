import { now, today } from '../clock.ts';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assurance, PartVerdict } from '../../../shared/domain/analysis.ts';
import type { Case } from '../../../shared/domain/case.ts';
import type { ImportResult } from '../../../shared/ipc/channels/import.ts';
import { effectiveVerdicts, type EffectiveVerdict } from '../../../shared/domain/effective-verdicts.ts';
import { isPartStatus, PART_STATUSES, statusGroup, type PartStatus } from '../../../shared/domain/part-status.ts';
import { verdictReason } from '../../../shared/analysis/reason-text.ts';
import { HighlightedText } from '../components/highlighted-text.tsx';
import { formatDate } from '../../../shared/lib/dates/index.ts';
import { COWIN_CASE_ID } from '../../../shared/example/cowin-case-id.ts';
import { NewDraftForm } from './drafting/new-draft-form.tsx';
import { ImportPanel } from './import/import-panel.tsx';

type Props = {
  readonly c: Case;
  readonly update: (change: (c: Case) => Case) => void;
  /**
   * The drafting step's hook: called with a new draft's id once it is in the case, so the case
   * view can open it. More kinds of follow-up are added in `DraftActions` below.
   */
  readonly onDraftCreated: (draftId: string) => void;
  /** A file dropped on the window while this case is open, read by main: it opens the import form with it. */
  readonly dropped?: ImportResult | null;
  /** The import form closed (analysed or cancelled). */
  readonly onImportDone?: () => void;
};

/**
 * The question's parts beside the reply. Each part shows its verdict, the analyser's reason and
 * any assurance; selecting a part highlights the passages relied on. The user can set their own
 * verdict with their reason, kept in the case as theirs, and go back to the analyser's. With no
 * text in the case yet (or when the user asks), the import form takes its place.
 */
export const AnalysisView = memo(function AnalysisView({ c, update, onDraftCreated, dropped = null, onImportDone }: Props) {
  const { t } = useTranslation();
  const [reimporting, setReimporting] = useState(false);
  const verdicts = effectiveVerdicts(c);
  const [chosen, setChosen] = useState<string | null>(null);

  if (c.question === null || reimporting || dropped !== null) {
    return (
      <ImportPanel
        c={c}
        update={update}
        key={dropped ? 'dropped' : 'import'}
        dropped={dropped}
        onDone={() => { setReimporting(false); setChosen(null); onImportDone?.(); }}
        onCancel={c.question === null ? undefined : () => { setReimporting(false); onImportDone?.(); }}
      />
    );
  }

  const parts = c.question.parts;
  const selected = parts.some((p) => p.label === chosen) ? chosen : (parts[0]?.label ?? null);
  const source = c.sources.find((s) => s.id === c.analysis.sourceId) ?? c.sources.find((s) => s.role === 'reply' || s.role === 'qa') ?? null;
  const evidence = c.analysis.parts.find((p) => p.label === selected)?.evidence ?? [];

  const setOverride = (label: string, status: PartStatus, reason: string) => {
    update((cur) => ({
      ...cur,
      analysis: {
        ...cur.analysis,
        overrides: [...cur.analysis.overrides.filter((o) => o.label !== label), { label, status, reason, at: now() }],
      },
    }));
  };
  const revert = (label: string) => {
    update((cur) => ({ ...cur, analysis: { ...cur.analysis, overrides: cur.analysis.overrides.filter((o) => o.label !== label) } }));
  };

  return (
    <div className="analysis-screen">
      <div className="analysis__toolbar">
        <Summary verdicts={verdicts} />
        <div className="analysis__toolbar-end">
          {c.analysis.analyzedAt && <p className="muted small analysis__when">{t('analysis.analysedOn', { when: formatDate(c.analysis.analyzedAt) })}</p>}
          <button type="button" className="secondary" onClick={() => setReimporting(true)}>{t('analysis.reimport')}</button>
        </div>
      </div>
      <div className="analysis">
        <section className="analysis__parts" aria-labelledby="parts-heading">
          <h2 id="parts-heading">{t('analysis.partsHeading')}</h2>
          <ol className="parts">
            {parts.map((part) => (
              <PartItem
                key={part.label}
                label={part.label}
                text={part.text}
                verdict={verdicts.find((v) => v.label === part.label) ?? null}
                analyser={c.analysis.parts.find((v) => v.label === part.label) ?? null}
                selected={selected === part.label}
                onSelect={() => setChosen(part.label)}
                onOverride={(status, reason) => setOverride(part.label, status, reason)}
                onRevert={() => revert(part.label)}
              />
            ))}
          </ol>
          <DraftActions c={c} update={update} onDraftCreated={onDraftCreated} />
        </section>
        <section className="analysis__reply" aria-labelledby="reply-heading">
          <h2 id="reply-heading">{t('analysis.replyHeading')}</h2>
          {/* The worked example's reply is rebuilt from press reports of two replies (its Notes say so): not text to quote. */}
          {c.id === COWIN_CASE_ID && <p className="notice small" role="note">{t('analysis.exampleReconstructed')}</p>}
          {selected !== null && (
            <p className="small muted analysis__highlighted" role="status">
              {evidence.length > 0 ? t('analysis.highlighted', { count: evidence.length, label: selected }) : t('analysis.noEvidence', { label: selected })}
            </p>
          )}
          {source ? <HighlightedText text={source.text} spans={evidence} label={source.title} scrollKey={selected} /> : <p className="muted">{t('analysis.noSource')}</p>}
        </section>
      </div>
    </div>
  );
});

type PartProps = {
  readonly label: string;
  readonly text: string;
  readonly verdict: EffectiveVerdict | null;
  readonly analyser: PartVerdict | null;
  readonly selected: boolean;
  readonly onSelect: () => void;
  readonly onOverride: (status: PartStatus, reason: string) => void;
  readonly onRevert: () => void;
};

function PartItem({ label, text, verdict, analyser, selected, onSelect, onOverride, onRevert }: PartProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'hi' ? 'hi' : 'en';
  const status = verdict?.status ?? null;
  const group = status ? statusGroup(status) : 'none';
  const byUser = verdict?.by === 'user';
  const reasonId = `reason-${label}`;
  return (
    <li className={`part part--${group}${status === 'not_applicable' ? ' part--na' : ''}${selected ? ' part--selected' : ''}`} data-part={label}>
      <button type="button" className="part__text" aria-pressed={selected} onClick={onSelect} aria-label={`(${label}) ${text}`} title={t('analysis.showPart', { label })}>
        <span className="part__label">({label})</span> {text}
      </button>
      <div className="part__verdict">
        <span className={`chip chip--${group}${status === 'not_applicable' ? ' chip--na' : ''}`}>{status ? t(`status.${status}`) : t('analysis.notAnalysed')}</span>
        {verdict && verdict.by !== 'none' && <span className={`part__by${byUser ? ' part__by--user' : ''}`}>{byUser ? t('analysis.byUser') : t('analysis.byAnalyser')}</span>}
        {verdict?.needsCheck && (
          <span className="part__check" data-testid={`check-${label}`} title={t('analysis.checkThisHint', { pct: Math.round(100 * (analyser?.confidence ?? 0)) })}>
            {t('analysis.checkThis')}
          </span>
        )}
        {byUser ? (
          <>
            <p className="part__reason part__reason--user">{verdict.reason.trim() ? t('analysis.userReason', { reason: verdict.reason }) : t('analysis.noUserReason')}</p>
            {analyser && <p className="part__reason part__reason--analyser muted">{t('analysis.analyserSaid', { status: t(`status.${analyser.status}`), reason: verdictReason(analyser, lang) })}</p>}
          </>
        ) : (
          verdict?.reason && <p className="part__reason">{analyser ? verdictReason(analyser, lang) : verdict.reason}</p>
        )}
      </div>
      {analyser?.assurance && <AssuranceNote assurance={analyser.assurance} />}
      <div className="part__controls">
        <label>
          {t('analysis.changeVerdict', { label })}
          <select
            value={status ?? ''}
            onChange={(e) => {
              const next = e.target.value;
              if (isPartStatus(next)) onOverride(next, byUser ? verdict.reason : '');
            }}
          >
            <option value="" disabled>{t('analysis.notAnalysed')}</option>
            {PART_STATUSES.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
          </select>
        </label>
        {byUser && status && (
          <label htmlFor={reasonId} className="part__reason-field">
            {t('analysis.reasonLabel')}
            <textarea
              id={reasonId}
              rows={2}
              value={verdict.reason}
              placeholder={t('analysis.reasonPlaceholder')}
              onChange={(e) => onOverride(status, e.target.value)}
            />
          </label>
        )}
        {byUser && analyser && (
          <button type="button" className="secondary part__revert" onClick={onRevert}>{t('analysis.revert', { label })}</button>
        )}
      </div>
    </li>
  );
}

/** An undertaking the Committee on Government Assurances tracks: due three months from the date of answer (parliament-procedure.md §4). */
function AssuranceNote({ assurance }: { readonly assurance: Assurance }) {
  const { t } = useTranslation();
  const todayInIndia = today();
  const due = assurance.dueBy;
  return (
    <div className="part__assurance">
      <p><strong>{t('analysis.assurance.heading')}:</strong> {t('analysis.assurance.phrase', { phrase: assurance.phrase })}</p>
      <p className="small">
        {due === null
          ? t('analysis.assurance.noDate')
          : due < todayInIndia
            ? t('analysis.assurance.overdue', { date: formatDate(due) })
            : t('analysis.assurance.due', { date: formatDate(due) })}
      </p>
    </div>
  );
}

/** "4 parts: 1 answered, 1 partly answered, 2 open", over the verdicts shown (the user's where given). */
function Summary({ verdicts }: { readonly verdicts: ReadonlyArray<EffectiveVerdict> }) {
  const { t } = useTranslation();
  const count = (test: (s: PartStatus) => boolean) => verdicts.filter((v) => v.status !== null && test(v.status)).length;
  const items: ReadonlyArray<readonly [string, number]> = [
    ['answered', count((s) => s === 'answered')],
    ['notApplicable', count((s) => s === 'not_applicable')],
    ['partial', count((s) => statusGroup(s) === 'partly_met')],
    ['open', count((s) => statusGroup(s) === 'open')],
    ['notJudged', verdicts.filter((v) => v.status === null).length],
    // Unsure verdicts still to be read: counted apart so the case list's "to follow up" adds up.
    ['toCheck', verdicts.filter((v) => v.needsCheck).length],
  ];
  const shown = items.filter(([key, n]) => n > 0 || key === 'answered' || key === 'partial' || key === 'open');
  return (
    <p className="analysis__summary" data-testid="analysis-summary">
      {t('analysis.summary.parts', { count: verdicts.length })}{' '}
      {shown.map(([key, n]) => t(`analysis.summary.${key}`, { count: n })).join(', ')}
    </p>
  );
}

/**
 * The way from open parts to follow-ups: choose the parts (the open ones to start with), the kind
 * of document and its language (`drafting/new-draft-form.tsx`).
 */
function DraftActions({ c, update, onDraftCreated }: Props) {
  return <div className="analysis__actions"><NewDraftForm c={c} update={update} onCreated={onDraftCreated} idPrefix="analysis" /></div>;
}
