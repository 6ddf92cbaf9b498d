/**
 * Every assurance found in the session digests, as items for the deadline dashboard and its
 * .ics export: each with its due date (three months from the date of answer, the period in
 * `templates/deadlines/deadline-rules.ts`, OAMS (ii)) and where it was found (the digest, the
 * file, the House, question number and date). Duplicates are left out, as in the counts; the
 * same reply digested twice (in two digests) gives one item per part.
 */
import { assuranceDueBy } from '../analysis/assurance.ts';
import { compareIsoDates, daysBetween, isIsoDate, type IsoDate } from '../lib/dates/index.ts';
import { DEADLINE_RULES } from '../../templates/deadlines/deadline-rules.ts';
import { deadlineOptions, type DeadlineOptions } from '../deadlines/types.ts';
import type { DigestEntry } from './digest-entry.ts';

export type DigestAssuranceUrgency = 'overdue' | 'due-soon' | 'upcoming';

export type DigestAssurance = {
  readonly digestId: string;
  readonly digestTitle: string;
  /** The file in the digest (relative to its folder). */
  readonly file: string;
  readonly house: string | null;
  readonly number: string | null;
  /** Date of answer: the date the assurance was given. */
  readonly answeredOn: IsoDate;
  readonly ministry: string | null;
  readonly subject: string | null;
  /** The question part the assurance answers. */
  readonly label: string;
  /** What the reply said. */
  readonly text: string;
  readonly dueBy: IsoDate;
  /** The rule the date rests on: its section, what it says and where it is published. */
  readonly rule: { readonly section: string; readonly summary: string; readonly source: string };
};

export type DigestWithEntries = { readonly id: string; readonly title: string; readonly entries: ReadonlyArray<DigestEntry> };

const RULE = DEADLINE_RULES.assurance;

/** Overdue, due soon (within the dashboard's `dueSoonDays`, the due date included) or upcoming, on the injected today. */
export function assuranceUrgency(item: DigestAssurance, today: IsoDate, options: Partial<DeadlineOptions> = {}): DigestAssuranceUrgency {
  const days = daysBetween(today, item.dueBy);
  if (days < 0) return 'overdue';
  return days <= deadlineOptions(options).dueSoonDays ? 'due-soon' : 'upcoming';
}

/** The assurances of every digest, soonest due first; one with no known date of answer has no due date and is left out. */
export function digestAssurances(digests: ReadonlyArray<DigestWithEntries>): DigestAssurance[] {
  const seen = new Set<string>();
  const items: DigestAssurance[] = [];
  for (const digest of digests) {
    for (const e of digest.entries) {
      if (e.kind !== 'reply' || e.duplicateOf !== null) continue;
      const r = e.reply;
      // Reckoned again from the date of answer, so a digest made before a change of the rule follows it.
      const dueBy = r.date === null ? null : assuranceDueBy(r.date);
      if (r.date === null || dueBy === null || !isIsoDate(dueBy)) continue;
      for (const a of r.assurances) {
        if (a.dueBy === null) continue;
        const key = r.house && r.number ? `${r.house}|${r.number}|${r.date}|${a.label}` : `${digest.id}|${e.file}|${a.label}`;
        if (seen.has(key)) continue;
        seen.add(key);
        items.push({
          digestId: digest.id, digestTitle: digest.title, file: e.file,
          house: r.house, number: r.number, answeredOn: r.date, ministry: r.ministry, subject: r.subject,
          label: a.label, text: a.text, dueBy,
          rule: { section: RULE.section, summary: RULE.summary, source: RULE.source },
        });
      }
    }
  }
  return items.sort((a, b) => compareIsoDates(a.dueBy, b.dueBy) || a.file.localeCompare(b.file) || a.label.localeCompare(b.label));
}
