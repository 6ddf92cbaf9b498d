import type { IsoDate } from '../lib/dates/index.ts';
import type { AssuranceFiling, QuestionNoticeFiling } from '../domain/filing.ts';
import { filedOn, hasReached } from '../domain/filing-history.ts';
import { addMonths, on, settle, startAt, toDeadline } from './reckoning.ts';
import { msg } from '../messages/message.ts';
import { periodMonths } from '../../templates/deadlines/deadline-rules.ts';
import { progressFrom, track } from './track.ts';
import type { DeadlineOptions, TrackedDeadline } from './types.ts';

/** A question notice is answered on the date it is listed for (LS r.34(1)(c) names the date desired). */
export function questionNoticeDeadlines(filing: QuestionNoticeFiling, today: IsoDate, options: DeadlineOptions): TrackedDeadline[] {
  if (!filing.dateOfAnswer || !hasReached(filing, 'filed')) return [];
  const r = startAt(filing.dateOfAnswer, msg('deadline.listedForAnswer', { date: on(filing.dateOfAnswer) }), ['answerDate']);
  const progress = progressFrom(filing.history, 0, ['replied'], ['refused']);
  return [track(toDeadline('answer-expected', r, 'government'), progress, today, options)];
}

/**
 * "An assurance given to the Lok/Rajya Sabha is required to be fulfilled within a period of
 * three months from the date of assurance" (OAMS (ii), https://oams.nic.in/). Calendar months,
 * clamped to the month's end (30 Nov + 3 months = 28 or 29 Feb).
 */
export function assuranceDeadlines(filing: AssuranceFiling, today: IsoDate, options: DeadlineOptions): TrackedDeadline[] {
  const given = filing.dateOfAnswer ?? filedOn(filing);
  if (!given) return [];
  const r = settle(addMonths(startAt(given, msg('deadline.assuranceGiven', { date: on(given) })), periodMonths('assurance'), 'assurance'), options);
  const progress = progressFrom(filing.history, 0, ['replied'], []);
  return [track(toDeadline('assurance-due', r, 'government'), progress, today, options)];
}
