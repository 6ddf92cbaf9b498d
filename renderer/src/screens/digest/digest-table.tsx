import { useTranslation } from 'react-i18next';
import type { DigestEntry } from '../../../../shared/digest/digest-entry.ts';
import { DIGEST_COLUMNS, type DigestColumn } from '../../../../shared/digest/digest-filter.ts';
import type { DigestPromise } from '../../../../shared/digest/digest-row.ts';
import { formatDate } from '../../../../shared/lib/dates/index.ts';
import { ministryOnScreen } from '../../../../shared/workflows/ministry-names.ts';

type Sort = { readonly column: DigestColumn; readonly direction: 'asc' | 'desc' };

type Props = {
  readonly rows: ReadonlyArray<DigestEntry>;
  readonly sort: Sort;
  readonly onSort: (sort: Sort) => void;
  readonly onOpenCase: (file: string) => void;
};

function Promises({ kind, list }: { readonly kind: 'deferral' | 'assurance'; readonly list: ReadonlyArray<DigestPromise> }) {
  const { t } = useTranslation();
  return list.map((p) => (
    <span key={`${kind}-${p.label}`} className="digest-promise">
      {t(`digest.${kind}`)} ({p.label}){p.dueBy ? `, ${t('digest.due', { date: formatDate(p.dueBy) })}` : ''}
    </span>
  ));
}

/** One row per file. Column headers are buttons that sort; aria-sort says which and how. */
export function DigestTable({ rows, sort, onSort, onOpenCase }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'hi' ? 'hi' : 'en';
  const header = (column: DigestColumn) => {
    const active = sort.column === column;
    const next: Sort = { column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' };
    return (
      <th key={column} scope="col" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="digest-sort" onClick={() => onSort(next)}>
          {t(`digest.columns.${column}`)}{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };
  return (
    <div className="digest-table-wrap" role="region" aria-label={t('digest.tableCaption')} tabIndex={0}>
      <table className="digest-table">
        <caption className="visually-hidden">{t('digest.tableCaption')}</caption>
        <thead>
          <tr>{DIGEST_COLUMNS.map(header)}<td /></tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            if (e.kind === 'failed') {
              return (
                <tr key={e.file} className="digest-row digest-row--failed">
                  <th scope="row">{e.file}</th>
                  <td colSpan={DIGEST_COLUMNS.length}>{t('digest.failed', { reason: e.reason })}</td>
                </tr>
              );
            }
            const r = e.reply;
            return (
              <tr key={e.file} className={e.duplicateOf ? 'digest-row digest-row--duplicate' : 'digest-row'}>
                <th scope="row">{e.file}{e.duplicateOf && <span className="small muted digest-note">{t('digest.duplicateOf', { file: e.duplicateOf })}</span>}</th>
                <td>{r.house === 'Lok Sabha' || r.house === 'Rajya Sabha' ? t(`digest.houses.${r.house}`) : (r.house ?? '—')}</td>
                <td>{r.number ?? '—'}</td>
                <td>{r.date ? formatDate(r.date) : '—'}</td>
                <td>{r.ministry ? ministryOnScreen(r.ministry, lang) : '—'}</td>
                <td>{r.subject ?? '—'}</td>
                <td>{r.members.join(', ') || '—'}</td>
                <td className="num">{r.met}</td>
                <td className="num">{r.partlyMet}</td>
                <td className="num">{r.open}</td>
                <td><Promises kind="deferral" list={r.deferrals} /><Promises kind="assurance" list={r.assurances} /></td>
                <td className="num">{r.lowConfidence ?? '—'}</td>
                <td><button type="button" className="secondary small" onClick={() => onOpenCase(e.file)}>{t('digest.openCase')}</button></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
