import { DEADLINE_RULES } from '../../templates/deadlines/deadline-rules.ts';
import { parseTypedDate } from '../lib/dates/index.ts';
import { addDays, daysBetween, type IsoDate } from '../lib/dates/index.ts';

/**
 * Whether an appeal, as dated, is within its time limit, with the working (`rti-law-and-anchors.md`
 * A.1; periods from `templates/deadlines/deadline-rules.ts`):
 * - first appeal, s.19(1): thirty days from the CPIO's decision, or from the day the reply was due
 *   (thirty days from the application, s.7(1)) when none came;
 * - second appeal, s.19(3): ninety days from the First Appellate Authority's order, or, with none,
 *   from the day it was due, taken here at the outer forty-five days of s.19(6) so that an appeal
 *   is never called late that a Commission could count as in time.
 * Both provisions let a late appeal be admitted for sufficient cause: a late one is told so and
 * offered a condonation paragraph. Null when a date it needs is missing or not a date.
 */
export type AppealLimit = {
  readonly section: string;
  /** The last day to file. */
  readonly limit: IsoDate;
  readonly filed: IsoDate;
  /** Days after the limit (positive) or left (zero or negative). */
  readonly lateBy: number;
  /** The period in days, and the day it ran from: how the limit was reached. */
  readonly days: number;
  readonly from: string;
  /**
   * A second appeal with no order only: the last day counted from the 30th day of s.19(6), the
   * earlier reading the tracker gives (`secondAppealWithoutOrder` in deadline-rules.ts); null otherwise.
   */
  readonly earlierReading: IsoDate | null;
};

const dotted = (iso: IsoDate): string => iso.split('-').reverse().join('.');

type Fields = { readonly [key: string]: string | undefined };

/**
 * A limit past the year 9999 is not a date a document can show as dd.mm.yyyy (it comes only from a
 * mistyped year such as 31.12.9999): such a date typed in a field has no limit to report.
 */
function withinCalendar(limit: AppealLimit | null): AppealLimit | null {
  const fourDigitYear = (iso: IsoDate | null): boolean => iso === null || /^\d{4}-/.test(iso);
  return limit !== null && fourDigitYear(limit.limit) && fourDigitYear(limit.earlierReading) ? limit : null;
}

export function firstAppealLimit(fields: Fields): AppealLimit | null {
  return withinCalendar(firstAppealLimitOf(fields));
}

function firstAppealLimitOf(fields: Fields): AppealLimit | null {
  const filed = parseTypedDate(fields['date'] ?? '');
  const reply = parseTypedDate(fields['replyDate'] ?? '');
  const application = parseTypedDate(fields['applicationDate'] ?? '');
  if (!filed) return null;
  const days = DEADLINE_RULES.firstAppeal.period?.amount ?? 30;
  const replyDays = DEADLINE_RULES.reply.period?.amount ?? 30;
  const start = reply ?? (application ? addDays(application, replyDays) : null);
  if (!start) return null;
  const limit = addDays(start, days);
  const from = reply ? `the reply of ${dotted(reply)}` : `${dotted(start)}, when the reply to the application of ${application ? dotted(application) : '?'} fell due under Section 7(1)`;
  return { section: DEADLINE_RULES.firstAppeal.section, limit, filed, lateBy: daysBetween(limit, filed), days, from, earlierReading: null };
}

export function secondAppealLimit(fields: Fields): AppealLimit | null {
  return withinCalendar(secondAppealLimitOf(fields));
}

function secondAppealLimitOf(fields: Fields): AppealLimit | null {
  const filed = parseTypedDate(fields['date'] ?? '');
  const order = parseTypedDate(fields['faaOrderDate'] ?? '');
  const appeal = parseTypedDate(fields['firstAppealDate'] ?? '');
  if (!filed) return null;
  const days = DEADLINE_RULES.secondAppeal.period?.amount ?? 90;
  const outer = DEADLINE_RULES.firstAppealDecisionExtended.period?.amount ?? 45;
  const inner = DEADLINE_RULES.firstAppealDecision.period?.amount ?? 30;
  const start = order ?? (appeal ? addDays(appeal, outer) : null);
  if (!start) return null;
  const limit = addDays(start, days);
  const from = order ? `the First Appellate Authority's order of ${dotted(order)}` : `${dotted(start)}, the last of the ${outer} days Section 19(6) allows for deciding the first appeal of ${appeal ? dotted(appeal) : '?'}`;
  const earlierReading = !order && appeal ? addDays(addDays(appeal, inner), days) : null;
  return { section: DEADLINE_RULES.secondAppeal.section, limit, filed, lateBy: daysBetween(limit, filed), days, from, earlierReading };
}
