/**
 * Every assurance in a digest as a calendar event on its due date: three months from the date
 * of answer, the period the Committees on Government Assurances hold ministries to (OAMS,
 * parliament-procedure.md §4). Duplicates are left out, as in the counts.
 */
import type { IcsEvent } from '../calendar/ics.ts';
import { isIsoDate, formatDate } from '../lib/dates/index.ts';
import type { DigestEntry } from './digest-entry.ts';

const SOURCE = 'An assurance is to be fulfilled within three months of the date it was given (Online Assurances Monitoring System, oams.nic.in; MoPA Manual ch. 8).';

export function digestAssuranceEvents(digestId: string, entries: ReadonlyArray<DigestEntry>): IcsEvent[] {
  return entries.flatMap((e) => {
    if (e.kind !== 'reply' || e.duplicateOf !== null) return [];
    const r = e.reply;
    const house = r.house === 'Lok Sabha' ? 'LS' : r.house === 'Rajya Sabha' ? 'RS' : '';
    const which = [house, r.number ? `Q ${r.number}` : '', r.date ? `of ${formatDate(r.date)}` : ''].filter(Boolean).join(' ') || e.file;
    return r.assurances.flatMap((a) => {
      if (a.dueBy === null || !isIsoDate(a.dueBy)) return [];
      return [{
        uid: `digest-${digestId}-${encodeURIComponent(e.file)}-${a.label}@unanswered`,
        date: a.dueBy,
        summary: `Assurance due: ${which}, part (${a.label})${r.subject ? `: ${r.subject}` : ''}`,
        description: [`${r.ministry ?? 'Ministry not stated'}.`, `The reply said: “${a.text}”.`, SOURCE].join('\n'),
      }];
    });
  });
}
