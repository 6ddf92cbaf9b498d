import type { IsoDate } from '../lib/dates/index.ts';
import type { Filing } from '../domain/filing.ts';
import { assertNever } from '../lib/assert-never.ts';
import { assuranceDeadlines, questionNoticeDeadlines } from './parliament-deadlines.ts';
import { firstAppealDeadlines, rtiApplicationDeadlines } from './rti-deadlines.ts';
import { deadlineOptions, type DeadlineOptions, type TrackedDeadline } from './types.ts';

/**
 * Every deadline that applies to a filing, each with its working and where it stands on `today`.
 *
 * Second appeals and s.18 complaints get none: the docs give no time limit for the
 * Commission's decision.
 */
export function deadlinesFor(filing: Filing, today: IsoDate, options: Partial<DeadlineOptions> = {}): TrackedDeadline[] {
  const resolved = deadlineOptions(options);
  switch (filing.kind) {
    case 'rti-application': return rtiApplicationDeadlines(filing, today, resolved);
    case 'rti-first-appeal': return firstAppealDeadlines(filing, today, resolved);
    case 'rti-second-appeal':
    case 'rti-complaint': return [];
    case 'question-notice': return questionNoticeDeadlines(filing, today, resolved);
    case 'assurance': return assuranceDeadlines(filing, today, resolved);
    default: return assertNever(filing, 'Unknown filing kind');
  }
}
