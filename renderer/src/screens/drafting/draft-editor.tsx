import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldValue, withField, type Draft } from '../../../../shared/domain/draft.ts';
import { partLabel } from '../../../../shared/drafting/draft-context.ts';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { draftForm } from '../../../../shared/workflows/draft-form.ts';
import { api } from '../../api.ts';
import { useAppCommand } from '../../hooks/use-app-command.ts';
import { templateLabel } from '../../format/labels.ts';
import type { DraftLint, LocatedFinding } from '../../../../shared/workflows/draft-lint.ts';
import { fieldId, findingId, pointId } from './field-ids.ts';
import { DateField } from './date-field.tsx';
import { DATE_FIELD_KEYS } from '../../../../shared/domain/draft-fields.ts';

type ExportState = ChannelOutput<'export:docx'> | { kind: 'idle' } | { kind: 'working' };

type Props = {
  readonly draft: Draft;
  readonly onChange: (d: Draft) => void;
  readonly lint: DraftLint;
  /** Take the focus when shown: the draft was just made and the button that made it is gone (WCAG 2.4.3). */
  readonly autoFocus?: boolean;
};

/**
 * One draft's fields and points. The template decides which questions the editor asks
 * (docassemble's idea): required keys, the keys other answers make necessary, then the optional
 * ones. A point a check concerns is marked and described by that finding. Export is blocked, with
 * the reasons, until the required fields are filled (`missingFields`).
 */
export function DraftEditor({ draft, onChange, lint, autoFocus = false }: Props) {
  const { t } = useTranslation();
  const titleRef = useRef<HTMLInputElement>(null);
  // Once, when the editor first shows a just-made draft; later renders leave the focus alone.
  const focusOnMount = useRef(autoFocus);
  useEffect(() => { if (focusOnMount.current) titleRef.current?.focus(); }, []);
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const { fields: fieldList, required, missing } = draftForm(draft);
  const located: ReadonlyArray<LocatedFinding> = lint.kind === 'question' || lint.kind === 'rti' ? lint.findings : [];
  const isNotice = draft.kind === 'pq-notice' || draft.kind === 'half-an-hour-notice';

  const exportDocx = async (mode: 'final' | 'draft' = 'final') => {
    setExportState({ kind: 'working' });
    setExportState(await api['export:docx']({ draft, mode }));
  };

  // File > Export as Word (Ctrl+E) exports the draft being edited.
  useAppCommand('export', () => { void exportDocx(); });

  const setPoint = (index: number, value: string) => onChange({ ...draft, points: draft.points.map((p, i) => (i === index ? value : p)) });
  const findingsFor = (test: (f: LocatedFinding) => boolean): ReadonlyArray<string> =>
    located.flatMap((f, i) => (test(f) ? [findingId(draft.id, i)] : []));

  return (
    <form className="draft-editor" onSubmit={(e) => { e.preventDefault(); void exportDocx(); }} aria-label={draft.title}>
      <label className="field">
        {t('drafts.title')}
        <input ref={titleRef} value={draft.title} onChange={(e) => onChange({ ...draft, title: e.target.value })} />
      </label>
      <p className="muted small">
        {t(`kinds.${draft.kind}`)} · {t(`drafting.create.languages.${draft.language}`)} · {t('drafts.forParts', { parts: draft.forParts.map((p) => `(${p})`).join(', ') })}
      </p>
      <fieldset>
        <legend>{t('drafts.fieldsHeading')}</legend>
        {fieldList.map((f) => {
          const { choices, choiceLabels } = f;
          const invalid = missing.some((m) => m.key === f.key);
          const value = fieldValue(draft, f.key) ?? '';
          const set = (next: string) => onChange(withField(draft, f.key, next));
          const described = f.key === 'ministry' ? findingsFor((x) => x.target?.field === 'stem') : [];
          // A "[...]" slot or a specimen value is not the user's fact yet: marked until replaced.
          const stand = isPlaceholderValue(value);
          return (
            <label key={f.key} className={described.length > 0 || stand ? 'field field--flagged' : 'field'}>
              <span>{templateLabel(t, f.label)}{required.has(f.key) && <span className="required"> ({t('drafts.required')})</span>}{stand && <span className="required"> ({t('drafts.placeholderValue')})</span>}</span>
              {choices ? (
                <select id={fieldId(draft.id, f.key)} value={value} aria-invalid={invalid} onChange={(e) => set(e.target.value)}>
                  <option value="">—</option>
                  {choices.map((c) => <option key={c} value={c}>{templateLabel(t, choiceLabels?.[c] ?? c)}</option>)}
                </select>
              ) : DATE_FIELD_KEYS.has(f.key) ? (
                <DateField id={fieldId(draft.id, f.key)} value={value} invalid={invalid} onChange={set} describedBy={described.length > 0 ? described.join(' ') : undefined} />
              ) : (
                <textarea
                  id={fieldId(draft.id, f.key)}
                  rows={value.includes('\n') ? 3 : 1}
                  value={value}
                  aria-invalid={invalid}
                  aria-describedby={described.length > 0 ? described.join(' ') : undefined}
                  onChange={(e) => set(e.target.value)}
                />
              )}
            </label>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{isNotice ? t('drafting.editor.partsHeading') : t('drafts.pointsHeading')}</legend>
        <ol className={isNotice ? 'points points--lettered' : 'points'}>
          {draft.points.map((p, i) => {
            const described = findingsFor((x) => x.target?.field === 'point' && x.target.index === i);
            const name = isNotice ? t('drafting.editor.part', { label: partLabel(String.fromCharCode(97 + i), 'en') }) : t('drafts.point', { n: i + 1 });
            return (
              <li key={i} className={described.length > 0 ? 'point point--flagged' : 'point'}>
                <label className="field">
                  <span className="visually-hidden">{name}</span>
                  <textarea
                    id={pointId(draft.id, i)}
                    rows={rowsFor(p)}
                    value={p}
                    aria-describedby={described.length > 0 ? described.join(' ') : undefined}
                    onChange={(e) => setPoint(i, e.target.value)}
                  />
                </label>
                {described.length > 0 && <p className="point__flag small">{t('drafting.lint.flagged', { count: described.length })}</p>}
                <button type="button" className="link" onClick={() => onChange({ ...draft, points: draft.points.filter((_, j) => j !== i) })}>
                  {isNotice ? t('drafting.editor.removePart', { label: partLabel(String.fromCharCode(97 + i), 'en') }) : t('drafts.removePoint', { n: i + 1 })}
                </button>
              </li>
            );
          })}
        </ol>
        <button type="button" className="secondary" onClick={() => onChange({ ...draft, points: [...draft.points, ''] })}>
          {isNotice ? t('drafting.editor.addPart') : t('drafts.addPoint')}
        </button>
      </fieldset>
      {missing.length > 0 && <p className="muted small" data-missing={missing.length}>{t('drafting.editor.stillMissing', { fields: missing.map((m) => templateLabel(t, m.label)).join(', ') })}</p>}
      <div className="draft-editor__actions">
        <button type="submit" disabled={exportState.kind === 'working'}>{t('drafts.export')}</button>
        <ExportMessage state={exportState} onExportDraft={() => { void exportDocx('draft'); }} />
      </div>
    </form>
  );
}

function ExportMessage({ state, onExportDraft }: { readonly state: ExportState; readonly onExportDraft: () => void }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'idle':
    case 'working':
      return null;
    case 'saved':
      return <InView><p role="status" className="ok">{t('drafts.exported', { fileName: state.fileName })}</p></InView>;
    case 'canceled':
      return <p role="status" className="muted">{t('drafts.canceled')}</p>;
    case 'blocked':
      return <p role="alert" className="error">{t('drafts.blocked', { fields: state.missing.map((m) => templateLabel(t, m.label)).join(', ') })}</p>;
    case 'placeholders':
      // A final export is refused while a blank or specimen value remains; a marked draft is not.
      return (
        <div role="alert" className="error">
          <p>{t('drafts.placeholders', { list: state.placeholders.join('; ') })}</p>
          {state.placeholders.some((p) => /^[\u0900-\u097F]+\/[\u0900-\u097F]+$/.test(p)) && <p>{t('drafts.chooseHindiForm')}</p>}
          <button type="button" className="secondary" onClick={onExportDraft}>{t('drafts.exportAsDraft')}</button>
        </div>
      );
    case 'failed':
      return <p role="alert" className="error">{t('drafts.failed', { message: state.message })}</p>;
  }
}

/** Enough rows to show a point whole, up to a screenful (about 70 characters a row at the editor's width). */
function rowsFor(text: string): number {
  return Math.min(10, Math.max(2, Math.ceil(text.length / 70) + (text.match(/\n/g)?.length ?? 0)));
}

function isPlaceholderValue(value: string): boolean {
  return /\[[^\]\n]{2,}\]|\(specimen/i.test(value);
}

/** A confirmation brought into view when it appears (after Ctrl+E it could sit below the fold). */
function InView({ children }: { readonly children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => { ref.current?.scrollIntoView?.({ block: 'nearest' }); }, []);
  return <div ref={ref}>{children}</div>;
}
