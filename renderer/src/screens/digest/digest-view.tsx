import { useCallback, useEffect, useId, useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { digestTotals, ministryShares, type DigestEntry } from '../../../../shared/digest/digest-entry.ts';
import { DIGEST_STATUS_FILTERS, filterChoices, filterDigest, NO_FILTER, sortDigest, type DigestColumn, type DigestFilter } from '../../../../shared/digest/digest-filter.ts';
import type { ChannelOutput } from '../../../../shared/ipc/contract.ts';
import { api } from '../../api.ts';
import { TaskProgress } from '../../components/task-progress.tsx';
import { useTask } from '../../hooks/use-task.ts';
import { DigestChart } from './digest-chart.tsx';
import { DigestTable } from './digest-table.tsx';
import { sendDroppedFiles } from './send-dropped-files.ts';
import { IMPORT_LIMITS } from '../../../../shared/import/normalize-text.ts';
import './digest.css';
import { ministryOnScreen } from '../../../../shared/workflows/ministry-names.ts';

type Summary = ChannelOutput<'digest:list'>['digests'][number];
type RunOutcome = ChannelOutput<'digest:run-folder'>;

/**
 * Session digests: many replies read at once, one row per reply, filtered and sorted, a chart
 * per ministry, any row opened as a full case, and the whole exported as CSV or .xlsx.
 */
export function DigestView({ onOpenCase }: { readonly onOpenCase: (caseId: string) => void }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [digests, setDigests] = useState<ReadonlyArray<Summary> | null>(null);
  const [rebuilt, setRebuilt] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const [entries, setEntries] = useState<ReadonlyArray<DigestEntry>>([]);
  const [filter, setFilter] = useState<DigestFilter>(NO_FILTER);
  const [sort, setSort] = useState<{ column: DigestColumn; direction: 'asc' | 'desc' }>({ column: 'file', direction: 'asc' });
  const [message, setMessage] = useState<{ text: string; alert: boolean } | null>(null);
  const { task, run, stop } = useTask();
  const [sending, setSending] = useState<string | null>(null);

  const loadRows = useCallback(async (id: string) => {
    setEntries((await api['digest:rows']({ digestId: id })).entries);
  }, []);

  const show = useCallback(async (list: ChannelOutput<'digest:list'>, prefer: string | null) => {
    setDigests(list.digests);
    if (list.rebuilt) setRebuilt(list.rebuilt);
    const id = prefer ?? list.digests[0]?.id ?? null;
    setSelected(id);
    if (id) await loadRows(id);
  }, [loadRows]);
  const loadList = useCallback(async (prefer: string | null) => show(await api['digest:list']({}), prefer), [show]);

  useEffect(() => {
    let live = true;
    void api['digest:list']({}).then((list) => { if (live) void show(list, null); });
    return () => { live = false; };
  }, [show]);

  const finish = async (outcome: RunOutcome) => {
    switch (outcome.kind) {
      case 'canceled': return;
      case 'failed': setMessage({ text: outcome.message, alert: true }); return;
      case 'stopped':
        setMessage({ text: t('digest.stopped', { done: outcome.done, total: outcome.total }), alert: false });
        await loadList(outcome.digestId);
        return;
      case 'done':
        setMessage(null);
        setFilter(NO_FILTER);
        await loadList(outcome.digestId);
    }
  };

  const runFolder = async () => { setMessage(null); await finish(await run((taskId) => api['digest:run-folder']({ taskId }))); };
  const runFiles = async () => { setMessage(null); await finish(await run((taskId) => api['digest:run-files']({ taskId }))); };
  const dropFiles = async (files: ReadonlyArray<File>) => {
    setMessage(null);
    const limit = IMPORT_LIMITS.maxFileBytes / (1024 * 1024);
    const sent = await sendDroppedFiles(files, {
      tooLarge: (name) => t('digest.dropTooLarge', { name, limit }),
      unreadable: (name) => t('digest.dropUnreadable', { name }),
    }, (done, total, file) => setSending(done < total ? t('digest.dropSending', { done, total, file }) : null));
    setSending(null);
    await finish(await run((taskId) => api['digest:resume']({ digestId: sent.digestId, taskId })));
    if (sent.problems.length > 0) setMessage({ text: sent.problems.join(' '), alert: true });
  };
  const onDrop = (e: DragEvent<HTMLElement>) => {
    const files = Array.from(e.dataTransfer.files);
    if (files.length === 0) return;
    // Handled here: the window-wide drop handler would import the first file into a case.
    e.preventDefault();
    e.stopPropagation();
    if (task === null && sending === null) void dropFiles(files);
  };
  const resume = async () => {
    if (!selected) return;
    setMessage(null);
    await finish(await run((taskId) => api['digest:resume']({ digestId: selected, taskId })));
  };

  const exportAs = async (format: 'csv' | 'xlsx' | 'ics') => {
    if (!selected) return;
    const out = await api['digest:export']({ digestId: selected, format });
    if (out.kind === 'saved') setMessage({ text: t('digest.exported', { fileName: out.fileName }), alert: false });
    else if (out.kind === 'failed') setMessage({ text: out.message, alert: true });
  };

  const exportBriefing = async () => {
    if (!selected) return;
    const language = i18n.language === 'hi' ? 'hi' : 'en';
    const out = await api['digest:briefing']({ digestId: selected, filter, sort, language });
    if (out.kind === 'saved') setMessage({ text: t('digest.briefingSaved', { fileName: out.fileName, count: out.replies }), alert: false });
    else if (out.kind === 'failed') setMessage({ text: out.message, alert: true });
  };

  const openCase = async (file: string) => {
    if (!selected) return;
    const opened = await api['digest:open-case']({ digestId: selected, file });
    if (opened.ok) onOpenCase(opened.caseId);
    else setMessage({ text: opened.message, alert: true });
  };

  const totals = useMemo(() => digestTotals(entries), [entries]);
  const shares = useMemo(() => ministryShares(entries, t('digest.unknownMinistry')), [entries, t]);
  const choices = useMemo(() => filterChoices(entries), [entries]);
  const rows = useMemo(() => sortDigest(filterDigest(entries, filter), sort.column, sort.direction), [entries, filter, sort]);

  const progressText = task?.progress?.total
    ? t('digest.progress', { done: task.progress.done, total: task.progress.total, file: task.progress.label ?? '' })
    : t('digest.progressStarting');

  return (
    <section className="digest" aria-labelledby={`${ids}-h`} onDragOver={(e) => { if (e.dataTransfer.types.includes('Files')) e.preventDefault(); }} onDrop={onDrop}>
      <h1 id={`${ids}-h`}>{t('digest.heading')}</h1>
      <p className="muted">{t('digest.intro')}</p>
      {rebuilt && <p role="status" className="notice">{t('digest.rebuilt')}</p>}
      <div className="row digest__actions">
        <button type="button" onClick={() => void runFolder()} disabled={task !== null || sending !== null}>{t('digest.runFolder')}</button>
        <button type="button" onClick={() => void runFiles()} disabled={task !== null || sending !== null}>{t('digest.runFiles')}</button>
        {digests && digests.length > 0 && (
          <label className="digest__choose">
            {t('digest.choose')}
            <select value={selected ?? ''} disabled={task !== null} onChange={(e) => { setSelected(e.target.value); setFilter(NO_FILTER); void loadRows(e.target.value); }}>
              {digests.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
            </select>
          </label>
        )}
        {selected && <button type="button" className="secondary" title={t('digest.resumeHint')} onClick={() => void resume()} disabled={task !== null}>{t('digest.resume')}</button>}
      </div>
      <p className="digest__drop muted small">{t('digest.dropZone')}</p>
      {sending && <p role="status">{sending}</p>}
      {task && <TaskProgress task={task} label={t('digest.progressLabel')} status={progressText} stoppingStatus={t('digest.stopping')} stopLabel={t('digest.stop')} onStop={stop} />}
      {message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      {digests && digests.length === 0 && !task && <p>{t('digest.none')}</p>}
      {selected && entries.length > 0 && (
        <>
          <p className="digest__summary">{t('digest.summary', totals)}</p>
          <p className="small">{totals.lowConfidence === null ? t('digest.lowConfidenceUnknown') : t('digest.lowConfidence', { count: totals.lowConfidence })}</p>
          <div className="row digest__actions">
            <button type="button" className="secondary" onClick={() => void exportAs('csv')}>{t('digest.exportCsv')}</button>
            <button type="button" className="secondary" onClick={() => void exportAs('xlsx')}>{t('digest.exportXlsx')}</button>
            {totals.assurances > 0 && <button type="button" className="secondary" onClick={() => void exportAs('ics')}>{t('digest.exportIcs')}</button>}
            <button type="button" className="secondary" title={t('digest.exportBriefingHint')} onClick={() => void exportBriefing()}>{t('digest.exportBriefing')}</button>
          </div>
          <DigestChart shares={shares} />
          <fieldset className="digest__filters">
            <legend>{t('digest.filters')}</legend>
            <ChoiceFilter label={t('digest.ministry')} all={t('digest.all')} value={filter.ministry} options={choices.ministries} labelOf={(m) => ministryOnScreen(m, i18n.language === 'hi' ? 'hi' : 'en')} onChange={(ministry) => setFilter({ ...filter, ministry })} />
            <ChoiceFilter label={t('digest.member')} all={t('digest.all')} value={filter.member} options={choices.members} onChange={(member) => setFilter({ ...filter, member })} />
            <label>{t('digest.status')}
              <select value={filter.status} onChange={(e) => setFilter({ ...filter, status: DIGEST_STATUS_FILTERS.find((s) => s === e.target.value) ?? 'any' })}>
                {DIGEST_STATUS_FILTERS.map((s) => <option key={s} value={s}>{t(`digest.statuses.${s}`)}</option>)}
              </select>
            </label>
            <label>{t('digest.from')}
              <input type="date" value={filter.from ?? ''} onChange={(e) => setFilter({ ...filter, from: e.target.value || null })} />
            </label>
            <label>{t('digest.to')}
              <input type="date" value={filter.to ?? ''} onChange={(e) => setFilter({ ...filter, to: e.target.value || null })} />
            </label>
          </fieldset>
          <p role="status" className="small">{t('digest.shown', { shown: rows.length, total: entries.length })}</p>
          <DigestTable rows={rows} sort={sort} onSort={setSort} onOpenCase={(file) => void openCase(file)} />
        </>
      )}
    </section>
  );
}

/** A filter by one of the values in the digest (a ministry, a member), or all of them. */
function ChoiceFilter({ label, all, value, options, labelOf = (v) => v, onChange }: { readonly label: string; readonly all: string; readonly value: string | null; readonly options: ReadonlyArray<string>; readonly labelOf?: (value: string) => string; readonly onChange: (value: string | null) => void }) {
  return (
    <label>{label}
      <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">{all}</option>
        {options.map((m) => <option key={m} value={m}>{labelOf(m)}</option>)}
      </select>
    </label>
  );
}
