import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { Case } from '../../../shared/domain/case.ts';
import { ANALYSIS_RESULT_SEGMENT, resolveConflict } from '../../../shared/domain/case-merge.ts';
import { caseConflicts, caseHistory } from '../../../shared/domain/case-sync-read.ts';
import type { CaseConflict, ConflictPathSegment, ConflictVersion } from '../../../shared/domain/case-sync.ts';
import { formatDateTime } from '../../../shared/lib/dates/index.ts';

/**
 * A shared workspace in the case view: the notice listing clashes, each with every version kept
 * and who made it, where the user picks one; and the case's recent history (who changed what,
 * when). Internal ids and field names are never shown: each place is named as the user knows it.
 */

export function ConflictNotice({ c, update }: { readonly c: Case; readonly update: (change: (c: Case) => Case) => void }) {
  const { t } = useTranslation();
  const conflicts = caseConflicts(c);
  if (conflicts.length === 0) return null;
  const pick = (conflict: CaseConflict, index: number) => {
    update((cur) => {
      const resolved = resolveConflict(cur, conflict.id, index);
      return resolved.ok ? resolved.value : cur;
    });
  };
  return (
    <section className="conflicts" aria-labelledby="conflicts-heading" data-conflicts={conflicts.length}>
      <h2 id="conflicts-heading">{t('sync.conflicts.heading', { count: conflicts.length })}</h2>
      <p>{t('sync.conflicts.intro')}</p>
      <ul className="conflicts__list">
        {conflicts.map((conflict) => {
          const field = placeName(conflict.path, c, t);
          return (
            <li key={conflict.id} className="conflict" data-conflict-path={conflict.path.map((s) => (typeof s === 'string' ? s : '#')).join('/')}>
              <h3>{field}</h3>
              <ol className="conflict__versions">
                {conflict.versions.map((v, i) => {
                  const who = v.by || t('sync.history.someone');
                  return (
                    <li key={i} className="conflict__version">
                      <p className="muted small">{t('sync.conflicts.by', { who, when: formatDateTime(v.at) })}{i === 0 ? ` · ${t('sync.conflicts.current')}` : ''}</p>
                      <blockquote className="conflict__value">{describeVersion(v, t)}</blockquote>
                      <button type="button" className="secondary" aria-label={t('sync.conflicts.keepLabel', { who, field })} onClick={() => pick(conflict, i)}>{t('sync.conflicts.keep')}</button>
                    </li>
                  );
                })}
              </ol>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The newest few writes of the case, newest first. */
export function CaseHistory({ c, limit = 8 }: { readonly c: Case; readonly limit?: number }) {
  const { t } = useTranslation();
  const entries = [...caseHistory(c)].reverse().slice(0, limit);
  return (
    <section className="case-history" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('sync.history.heading')}</h2>
      {entries.length === 0 ? <p className="muted">{t('sync.history.empty')}</p> : (
        <ol className="case-history__list">
          {entries.map((h) => {
            const who = h.by || t('sync.history.someone');
            const what = [...new Set(h.changed.map((k) => whatLabel(k, t)))].join(', ');
            const text = h.kind === 'sync-copy' ? t('sync.history.syncCopy')
              : h.kind === 'merge' ? t('sync.history.merge', { who, what: what || t('sync.what.isExample') })
              : what ? t('sync.history.edit', { who, what }) : t('sync.history.editNothing', { who });
            return (
              <li key={h.id} data-history-kind={h.kind}>
                <span>{text}</span> <time className="muted small" dateTime={h.at}>{t('sync.history.when', { when: formatDateTime(h.at) })}</time>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

const WHAT_KEYS = ['title', 'matter', 'sources', 'question', 'analysis', 'drafts', 'filings', 'evidence', 'isExample', 'createdAt', 'id'] as const;

function whatLabel(key: string, t: TFunction): string {
  const known = WHAT_KEYS.find((k) => k === key);
  return known ? t(`sync.what.${known}`) : t('sync.what.isExample');
}

const PART_KEYS = ['title', 'notes', 'note', 'points', 'fields', 'history', 'text', 'forParts'] as const;

/** Where a conflict is, named as the user knows it (never an id or an internal field name). */
export function placeName(path: ReadonlyArray<ConflictPathSegment>, c: Case, t: TFunction): string {
  const [head, second, ...rest] = path;
  const itemId = (s: ConflictPathSegment | undefined) => (s !== undefined && typeof s !== 'string' ? s.id : null);
  const detail = (item: string) => {
    const part = rest.find((s): s is string => typeof s === 'string');
    if (part === undefined) return item;
    const known = PART_KEYS.find((k) => k === part);
    return t('sync.field.detail', { item, part: known ? t(`sync.part.${known}`) : t('sync.part.other') });
  };
  switch (head) {
    case 'title': return t('sync.field.title');
    case 'matter': return second === 'summary' ? t('sync.field.summary') : t('sync.field.notes');
    case 'question': return t('sync.field.question');
    case 'analysis': {
      if (second === ANALYSIS_RESULT_SEGMENT) return t('sync.field.analysis');
      const label = itemId(rest[0]);
      return label ? t('sync.field.override', { part: label }) : t('sync.field.analysis');
    }
    case 'drafts': {
      const id = itemId(second);
      return detail(t('sync.field.draft', { title: c.drafts.find((d) => d.id === id)?.title ?? '' }));
    }
    case 'filings': {
      const id = itemId(second);
      return detail(t('sync.field.filing', { title: c.filings.find((f) => f.id === id)?.title ?? '' }));
    }
    case 'evidence': {
      const id = itemId(second);
      return detail(t('sync.field.evidence', { title: c.evidence.find((e) => e.id === id)?.originalName ?? '' }));
    }
    case 'sources': {
      const id = itemId(second);
      return detail(t('sync.field.source', { title: c.sources.find((s) => s.id === id)?.title ?? '' }));
    }
    default: return t('sync.field.other');
  }
}

/** A version's value as text a person can compare: the text itself, a list's lines, an item's title. */
export function describeVersion(v: ConflictVersion, t: TFunction): string {
  if (v.removed) return t('sync.conflicts.removed');
  return describeValue(v.value, t).slice(0, 600) || t('sync.conflicts.empty');
}

function describeValue(value: unknown, t: TFunction): string {
  if (value === null || value === undefined) return t('sync.conflicts.empty');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map((x) => describeValue(x, t)).join('\n');
  if (isRecord(value)) {
    const record = value;
    if (typeof record.title === 'string' && record.title) return record.title;
    if (typeof record.status === 'string' && typeof record.reason === 'string') return `${t(`status.${record.status}`, { defaultValue: record.status })}: ${record.reason}`;
    if (typeof record.analyzedAt === 'string') return formatDateTime(record.analyzedAt);
    if (typeof record.originalName === 'string') return record.originalName;
    return Object.values(record).filter((x): x is string => typeof x === 'string' && x.length > 0).slice(0, 6).join('\n');
  }
  return '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
