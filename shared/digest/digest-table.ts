import { formatDate } from '../lib/dates/index.ts';
/**
 * The digest as a table, one row per file: the columns the CSV and .xlsx exports share.
 * Dates are written dd.mm.yyyy, as Parliament prints them.
 */
import type { DigestEntry } from './digest-entry.ts';
import type { DigestPromise } from './digest-row.ts';

export type DigestCell = string | number | null;

export const DIGEST_TABLE_HEADERS = [
  'File', 'House', 'Kind', 'Number', 'Date', 'Ministry', 'Subject', 'Members',
  'Parts', 'Met', 'Partly met', 'Open', 'Open parts', 'Deferrals', 'Assurances', 'Next due',
  'Low-confidence verdicts', 'Duplicate of', 'Could not be read',
] as const;

function promises(list: ReadonlyArray<DigestPromise>): string {
  return list.map((p) => `(${p.label}) ${p.text}${p.dueBy ? ` (due ${formatDate(p.dueBy)})` : ''}`).join('; ');
}

function nextDue(list: ReadonlyArray<DigestPromise>): string | null {
  const dates = list.flatMap((p) => (p.dueBy ? [p.dueBy] : [])).sort();
  return dates[0] ? formatDate(dates[0]) : null;
}

export function digestTableRow(e: DigestEntry): DigestCell[] {
  if (e.kind === 'failed') return [e.file, ...Array<DigestCell>(DIGEST_TABLE_HEADERS.length - 2).fill(null), e.reason];
  const r = e.reply;
  return [
    e.file, r.house, r.kind, r.number, r.date ? formatDate(r.date) : null, r.ministry, r.subject, r.members.join('; '),
    r.verdicts.length, r.met, r.partlyMet, r.open,
    r.verdicts.filter((v) => v.status === 'unanswered' || v.status === 'deferred' || v.status === 'refused').map((v) => `(${v.label}) ${v.status}`).join(', '),
    promises(r.deferrals), promises(r.assurances), nextDue([...r.deferrals, ...r.assurances]),
    r.lowConfidence, e.duplicateOf, null,
  ];
}

/** A spreadsheet program runs a cell that begins with =, +, - or @ as a formula (OWASP "CSV injection"). */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(cell: DigestCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = defuse(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV, CRLF line ends, with a byte-order mark so spreadsheet programs read it as UTF-8 (Hindi names). */
export function digestCsv(entries: ReadonlyArray<DigestEntry>): string {
  const lines = [DIGEST_TABLE_HEADERS.map((h) => csvField(h)), ...entries.map((e) => digestTableRow(e).map(csvField))];
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

export { defuse as defuseSpreadsheetText };
