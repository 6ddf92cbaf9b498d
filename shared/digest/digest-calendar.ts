/**
 * Digest assurances as calendar events on their due dates: three months from the date of
 * answer (`digest-assurances.ts`), each citing where it was found and the rule the date rests on.
 * Used by the digest's own .ics export and by the dashboard's, with the same UID in both, so
 * importing both does not add an event twice (RFC 5545 §3.8.4.7).
 */
import type { IcsEvent } from '../calendar/ics.ts';
import { formatDate } from '../lib/dates/index.ts';
import { digestAssurances, type DigestAssurance } from './digest-assurances.ts';
import type { DigestEntry } from './digest-entry.ts';

/** "LS Q 123 of 12.07.2023", or the file when the reply's identity is not known. */
export function replyCitation(item: Pick<DigestAssurance, 'house' | 'number' | 'answeredOn' | 'file'>): string {
  const house = item.house === 'Lok Sabha' ? 'LS' : item.house === 'Rajya Sabha' ? 'RS' : '';
  return [house, item.number ? `Q ${item.number}` : '', `of ${formatDate(item.answeredOn)}`].filter(Boolean).join(' ') || item.file;
}

export function digestAssuranceEvent(item: DigestAssurance): IcsEvent {
  return {
    uid: `digest-${item.digestId}-${encodeURIComponent(item.file)}-${item.label}@unanswered`,
    date: item.dueBy,
    summary: `Assurance due: ${replyCitation(item)}, part (${item.label})${item.subject ? `: ${item.subject}` : ''}`,
    description: [
      `${item.ministry ?? 'Ministry not stated'}.`,
      `The reply said: “${item.text}”.`,
      `Found in the session digest “${item.digestTitle}”, file ${item.file}.`,
      `Due ${formatDate(item.dueBy)}: ${item.rule.summary} (${item.rule.section}, ${item.rule.source}).`,
    ].join('\n'),
  };
}

/** Every assurance of one digest with a due date, duplicates left out. */
export function digestAssuranceEvents(digest: { readonly id: string; readonly title: string }, entries: ReadonlyArray<DigestEntry>): IcsEvent[] {
  return digestAssurances([{ ...digest, entries }]).map(digestAssuranceEvent);
}
