import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../shared/domain/case.ts';
import type { Draft } from '../../../shared/domain/draft.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';
import { missingFields, TEMPLATES } from '../../../templates/documents/index.ts';
import { api } from '../api.ts';

type Props = {
  readonly c: Case;
  readonly update: (change: (c: Case) => Case) => void;
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
};

/** The case's drafts: pick one, edit its fields and points, export it as Word. */
export function DraftsView({ c, update, selected, onSelect }: Props) {
  const { t } = useTranslation();
  if (c.drafts.length === 0) return <p className="muted">{t('drafts.none')}</p>;
  const draft = c.drafts.find((d) => d.id === selected) ?? c.drafts[c.drafts.length - 1];
  if (!draft) return null;

  const change = (next: Draft) => update((cur) => ({
    ...cur,
    drafts: cur.drafts.map((d) => (d.id === next.id ? { ...next, updatedAt: new Date().toISOString() } : d)),
  }));

  return (
    <div className="drafts">
      <nav aria-label={t('drafts.heading')} className="drafts__list">
        <ul>
          {c.drafts.map((d) => (
            <li key={d.id}>
              <button type="button" className={d.id === draft.id ? 'draft-link draft-link--open' : 'draft-link'} aria-current={d.id === draft.id ? 'true' : undefined} onClick={() => onSelect(d.id)}>
                <span>{d.title}</span>
                <span className="muted small">{t(`kinds.${d.kind}`)}</span>
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <DraftEditor key={draft.id} draft={draft} onChange={change} />
    </div>
  );
}

type ExportState = ChannelOutput<'export:docx'> | { kind: 'idle' } | { kind: 'working' };

function DraftEditor({ draft, onChange }: { readonly draft: Draft; readonly onChange: (d: Draft) => void }) {
  const { t } = useTranslation();
  const [exportState, setExportState] = useState<ExportState>({ kind: 'idle' });
  const template = TEMPLATES[draft.kind];
  const required = new Set([...template.requiredFields, ...(template.conditionalFields?.(draft) ?? [])].map((f) => f.key));
  // The template decides which questions the editor asks (docassemble's idea): required keys,
  // the keys other answers make necessary, then the optional ones. Other keys in the draft are
  // context the template reads (the question reference, the parts' text) and stay out of the way.
  const fieldList = uniqueByKey([
    ...template.requiredFields,
    ...(template.conditionalFields?.(draft) ?? []),
    ...(template.optionalFields ?? []),
  ]);
  const missing = missingFields(draft);

  const exportDocx = async () => {
    setExportState({ kind: 'working' });
    setExportState(await api['export:docx']({ draft }));
  };

  const setPoint = (index: number, value: string) => onChange({ ...draft, points: draft.points.map((p, i) => (i === index ? value : p)) });

  return (
    <form className="draft-editor" onSubmit={(e) => { e.preventDefault(); void exportDocx(); }} aria-label={draft.title}>
      <label className="field">
        {t('drafts.title')}
        <input value={draft.title} onChange={(e) => onChange({ ...draft, title: e.target.value })} />
      </label>
      <p className="muted small">{t(`kinds.${draft.kind}`)} · {t('drafts.forParts', { parts: draft.forParts.map((p) => `(${p})`).join(', ') })}</p>
      <fieldset>
        <legend>{t('drafts.fieldsHeading')}</legend>
        {fieldList.map((f) => {
          const choices = template.choices?.[f.key];
          const invalid = missing.some((m) => m.key === f.key);
          const value = draft.fields[f.key] ?? '';
          const set = (next: string) => onChange({ ...draft, fields: { ...draft.fields, [f.key]: next } });
          return (
            <label key={f.key} className="field">
              <span>{f.label}{required.has(f.key) && <span className="required"> ({t('drafts.required')})</span>}</span>
              {choices ? (
                <select value={value} aria-invalid={invalid} onChange={(e) => set(e.target.value)}>
                  <option value="">—</option>
                  {choices.map((c) => <option key={c} value={c}>{c}</option>)}
                </select>
              ) : (
                <textarea rows={value.includes('\n') ? 3 : 1} value={value} aria-invalid={invalid} onChange={(e) => set(e.target.value)} />
              )}
            </label>
          );
        })}
      </fieldset>
      <fieldset>
        <legend>{t('drafts.pointsHeading')}</legend>
        <ol className="points">
          {draft.points.map((p, i) => (
            <li key={i}>
              <label className="field">
                <span className="visually-hidden">{t('drafts.point', { n: i + 1 })}</span>
                <textarea rows={2} value={p} onChange={(e) => setPoint(i, e.target.value)} />
              </label>
              <button type="button" className="link" onClick={() => onChange({ ...draft, points: draft.points.filter((_, j) => j !== i) })}>{t('drafts.removePoint', { n: i + 1 })}</button>
            </li>
          ))}
        </ol>
        <button type="button" className="secondary" onClick={() => onChange({ ...draft, points: [...draft.points, ''] })}>{t('drafts.addPoint')}</button>
      </fieldset>
      <div className="draft-editor__actions">
        <button type="submit" disabled={exportState.kind === 'working'}>{t('drafts.export')}</button>
        <ExportMessage state={exportState} />
      </div>
    </form>
  );
}

function ExportMessage({ state }: { readonly state: ExportState }) {
  const { t } = useTranslation();
  switch (state.kind) {
    case 'idle':
    case 'working':
      return null;
    case 'saved':
      return <p role="status" className="ok">{t('drafts.exported', { fileName: state.fileName })}</p>;
    case 'canceled':
      return <p role="status" className="muted">{t('drafts.canceled')}</p>;
    case 'blocked':
      return <p role="alert" className="error">{t('drafts.blocked', { fields: state.missing.map((m) => m.label).join(', ') })}</p>;
    case 'failed':
      return <p role="alert" className="error">{t('drafts.failed', { message: state.message })}</p>;
  }
}

function uniqueByKey<T extends { key: string }>(specs: ReadonlyArray<T>): ReadonlyArray<T> {
  const seen = new Set<string>();
  return specs.filter((s) => (seen.has(s.key) ? false : (seen.add(s.key), true)));
}
