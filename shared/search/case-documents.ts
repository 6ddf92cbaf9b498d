import type { Case } from '../domain/case.ts';

export const SEARCH_PLACES = ['title', 'question', 'reply', 'notes', 'draft', 'filing'] as const;
export type SearchPlace = (typeof SEARCH_PLACES)[number];

/** One searchable piece of a case, as the full-text index stores it. */
export type SearchDocument = {
  readonly place: SearchPlace;
  /** What the place is called, e.g. the draft's title or "(b)". */
  readonly label: string;
  /** Indexed with more weight than the body: the case's name. */
  readonly title: string;
  readonly body: string;
};

function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(flatten).join('\n');
  if (typeof value === 'object' && value !== null) return Object.values(value).map(flatten).join('\n');
  return '';
}

/**
 * Every place in a case that search looks in: its name, the question and reply texts, notes,
 * drafts (fields and points) and filings (authorities, numbers, notes).
 */
export function caseDocuments(c: Case): SearchDocument[] {
  const docs: SearchDocument[] = [{ place: 'title', label: c.title, title: c.title, body: '' }];
  const add = (place: SearchPlace, label: string, body: string) => { if (body.trim()) docs.push({ place, label, title: '', body }); };
  add('notes', 'Summary', c.matter.summary);
  add('notes', 'Notes', c.matter.notes);
  for (const part of c.question?.parts ?? []) add('question', `(${part.label})`, part.text);
  for (const s of c.sources) add(s.role === 'question' ? 'question' : s.role === 'notes' ? 'notes' : 'reply', s.title, s.text);
  for (const d of c.drafts) add('draft', d.title, [d.title, ...Object.values(d.fields), ...Object.values(d.legacyFields ?? {}), ...d.points].join('\n'));
  for (const f of c.filings) add('filing', f.kind, flatten(f));
  return docs;
}
