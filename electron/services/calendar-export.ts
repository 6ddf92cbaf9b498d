import { dashboardEvents } from '../../shared/calendar/deadline-events.ts';
import { toIcs, type IcsEvent } from '../../shared/calendar/ics.ts';
import { isIsoDate, type IsoDate } from '../../shared/lib/dates/index.ts';
import type { DeadlineOptions } from '../../shared/deadlines/types.ts';
import type { Case } from '../../shared/domain/case.ts';
import { dashboard } from '../../shared/filings/dashboard.ts';
import { err, ok, type Result } from '../../shared/lib/result.ts';
import { writeFileAtomic } from './atomic-write.ts';

export type CalendarExportArgs = {
  readonly cases: ReadonlyArray<Case>;
  readonly outPath: string;
  /** The day the deadlines are tracked against (decides which are still open). */
  readonly today: IsoDate;
  /** The moment of export, for DTSTAMP (RFC 5545 §3.8.7.2). */
  readonly now: Date;
  /** The user's deadline settings (postal allowance, roll-forward); the defaults otherwise. */
  readonly options?: Partial<DeadlineOptions>;
  /** Events from outside the cases (the session digests' assurances), written after the cases' own. */
  readonly extraEvents?: ReadonlyArray<IcsEvent>;
};

/**
 * Every open deadline of every filing across the cases, as one .ics file for a calendar app.
 *
 * The events are the dashboard's (closed filings and superseded stages of an RTI chain left
 * out, only pending deadlines), with stable UIDs (`deadlineUid`), so importing a fresh export
 * moves an event whose date changed instead of adding a second one (RFC 5545 §3.8.4.7).
 */
export async function exportCalendar(args: CalendarExportArgs): Promise<Result<{ path: string; events: number }, string>> {
  if (!isIsoDate(args.today)) return err(`"${args.today}" is not a date (YYYY-MM-DD).`);
  if (Number.isNaN(args.now.getTime())) return err('The time of export is not a valid date.');
  const items = dashboard(args.cases.map((c) => ({ caseId: c.id, caseTitle: c.title, filings: c.filings })), args.today, args.options);
  const events = [...dashboardEvents(items), ...(args.extraEvents ?? [])];
  const text = toIcs(events, { now: args.now, calendarName: 'Unanswered: deadlines' });
  const path = args.outPath.toLowerCase().endsWith('.ics') ? args.outPath : `${args.outPath}.ics`;
  try {
    await writeFileAtomic(path, text);
  } catch (e) {
    return err(`The calendar could not be written: ${e instanceof Error ? e.message : String(e)}`);
  }
  return ok({ path, events: events.length });
}
