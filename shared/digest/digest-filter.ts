/**
 * Filtering and sorting the digest's rows: by ministry, member, status and date; any column.
 */
import { assertNever } from '../lib/assert-never.ts';
import type { DigestEntry } from './digest-entry.ts';

export const DIGEST_STATUS_FILTERS = ['any', 'open', 'partly', 'met', 'promises', 'check', 'failed', 'duplicate'] as const;
export type DigestStatusFilter = (typeof DIGEST_STATUS_FILTERS)[number];

export const DIGEST_COLUMNS = ['file', 'house', 'number', 'date', 'ministry', 'subject', 'members', 'met', 'partlyMet', 'open', 'promises', 'lowConfidence'] as const;
export type DigestColumn = (typeof DIGEST_COLUMNS)[number];

export type DigestFilter = {
  readonly ministry: string | null;
  readonly member: string | null;
  readonly status: DigestStatusFilter;
  /** ISO dates, inclusive. */
  readonly from: string | null;
  readonly to: string | null;
};

export const NO_FILTER: DigestFilter = { ministry: null, member: null, status: 'any', from: null, to: null };

function matchesStatus(e: DigestEntry, status: DigestStatusFilter): boolean {
  switch (status) {
    case 'any': return true;
    case 'failed': return e.kind === 'failed';
    case 'duplicate': return e.kind === 'reply' && e.duplicateOf !== null;
    case 'open': return e.kind === 'reply' && e.reply.open > 0;
    case 'partly': return e.kind === 'reply' && e.reply.partlyMet > 0;
    case 'met': return e.kind === 'reply' && e.reply.verdicts.length > 0 && e.reply.open === 0 && e.reply.partlyMet === 0;
    case 'promises': return e.kind === 'reply' && (e.reply.deferrals.length > 0 || e.reply.assurances.length > 0);
    case 'check': return e.kind === 'reply' && (e.reply.lowConfidence ?? 0) > 0;
    default: return assertNever(status, 'Unknown digest status filter');
  }
}

export function filterDigest(entries: ReadonlyArray<DigestEntry>, f: DigestFilter): ReadonlyArray<DigestEntry> {
  return entries.filter((e) => {
    if (!matchesStatus(e, f.status)) return false;
    const needsReply = f.ministry !== null || f.member !== null || f.from !== null || f.to !== null;
    if (!needsReply) return true;
    if (e.kind !== 'reply') return false;
    const r = e.reply;
    if (f.ministry !== null && r.ministry !== f.ministry) return false;
    if (f.member !== null && !r.members.includes(f.member)) return false;
    if (f.from !== null && (r.date === null || r.date < f.from)) return false;
    if (f.to !== null && (r.date === null || r.date > f.to)) return false;
    return true;
  });
}

type Key = string | number | null;

function keyOf(e: DigestEntry, column: DigestColumn): Key {
  if (column === 'file') return e.file;
  if (e.kind === 'failed') return null;
  const r = e.reply;
  switch (column) {
    case 'house': return r.house;
    case 'number': {
      const digits = r.number === null ? undefined : /\d+/.exec(r.number)?.[0];
      return digits === undefined ? null : Number.parseInt(digits, 10);
    }
    case 'date': return r.date;
    case 'ministry': return r.ministry;
    case 'subject': return r.subject;
    case 'members': return r.members.join(', ') || null;
    case 'met': return r.met;
    case 'partlyMet': return r.partlyMet;
    case 'open': return r.open;
    case 'promises': return r.deferrals.length + r.assurances.length;
    case 'lowConfidence': return r.lowConfidence;
    default: return assertNever(column, 'Unknown digest column');
  }
}

/** A stable sort on one column; rows with no value for it go last in either direction. */
export function sortDigest(entries: ReadonlyArray<DigestEntry>, column: DigestColumn, direction: 'asc' | 'desc'): ReadonlyArray<DigestEntry> {
  const sign = direction === 'asc' ? 1 : -1;
  return entries
    .map((e, i) => ({ e, i, k: keyOf(e, column) }))
    .sort((a, b) => {
      if (a.k === null || b.k === null) return a.k === b.k ? a.i - b.i : a.k === null ? 1 : -1;
      const c = typeof a.k === 'number' && typeof b.k === 'number' ? a.k - b.k : String(a.k).localeCompare(String(b.k), 'en-IN', { numeric: true });
      return c === 0 ? a.i - b.i : sign * c;
    })
    .map((x) => x.e);
}

/** The choices the filters offer: every ministry and member in the digest, sorted. */
export function filterChoices(entries: ReadonlyArray<DigestEntry>): { ministries: string[]; members: string[] } {
  const ministries = new Set<string>();
  const members = new Set<string>();
  for (const e of entries) {
    if (e.kind !== 'reply') continue;
    if (e.reply.ministry !== null) ministries.add(e.reply.ministry);
    for (const m of e.reply.members) members.add(m);
  }
  const sorted = (s: Set<string>) => [...s].sort((a, b) => a.localeCompare(b, 'en-IN'));
  return { ministries: sorted(ministries), members: sorted(members) };
}
