import { daysBetween, parseTypedDate } from '../lib/dates/index.ts';
import { NOTICE_PERIODS } from '../../templates/rules/notice-period.ts';
import type { Finding } from './finding.ts';
import { msg } from '../messages/message.ts';

/**
 * Whole days between two dates as typed (2026-12-15, 15.12.2026 or 15/12/2026: `parseTypedDate`),
 * or null when either is not a date ("[a sitting day]").
 */
function daysApart(from: string, to: string): number | null {
  const a = parseTypedDate(from);
  const b = parseTypedDate(to);
  return a !== null && b !== null ? daysBetween(a, b) : null;
}

/**
 * Whether the date the answer is wanted leaves the House's notice period after the notice date.
 * "Clear days" exclude both ends, so 15 clear days means the answer date is at least 16 days on.
 * Dates in dd.mm.yyyy, dd/mm/yyyy or ISO are judged; text that is no date ("[a sitting day]") is not. Never throws.
 */
export function lintNoticePeriod(input: { house: 'Lok Sabha' | 'Rajya Sabha'; noticeDate: string; desiredDate: string }): ReadonlyArray<Finding> {
  const rule = NOTICE_PERIODS.find((r) => r.house === input.house);
  if (!rule) return [];
  const days = daysApart(input.noticeDate.trim(), input.desiredDate.trim());
  if (days === null) return [];
  const clear = days - 1;
  if (days <= 0) {
    return [{ ruleId: rule.id, severity: 'error', cite: rule.cite, message: msg('lint.notice.notAfter'), detail: null, source: rule.source, confirmed: rule.confirmed }];
  }
  if (clear >= rule.clearDays) return [];
  return [{
    ruleId: rule.id,
    severity: rule.severity,
    cite: rule.cite,
    message: msg('lint.notice.tooShort', { count: clear, needed: rule.clearDays, earliest: rule.clearDays + 1 }),
    detail: null,
    source: rule.source,
    confirmed: rule.confirmed,
  }];
}
