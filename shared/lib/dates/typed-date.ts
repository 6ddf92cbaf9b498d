import { formatIsoDate, parseIsoDate, type IsoDate } from './iso-date.ts';

/**
 * A date typed as 2026-12-15, 15.12.2026, 15/12/2026 or 15-12-2026 (the app prints dd.mm.yyyy),
 * as yyyy-mm-dd; null when it is not a real date.
 */
export function parseTypedDate(value: string): IsoDate | null {
  const s = String(value ?? '').trim();
  const iso = parseIsoDate(s);
  if (iso) return formatIsoDate(iso);
  const m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s);
  if (!m) return null;
  const candidate = parseIsoDate(`${m[3]}-${(m[2] ?? '').padStart(2, '0')}-${(m[1] ?? '').padStart(2, '0')}`);
  return candidate ? formatIsoDate(candidate) : null;
}
