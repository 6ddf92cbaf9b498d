import type { Case } from '../domain/case.ts';

export const SEARCH_PLACES = ['title', 'question', 'reply', 'notes', 'draft', 'filing'] as const;
export type SearchPlace = (typeof SEARCH_PLACES)[number];

export type SearchHit = {
  readonly caseId: string;
  readonly caseTitle: string;
  readonly place: SearchPlace;
  /** What the place is called, e.g. the draft's title. */
  readonly label: string;
  readonly snippet: string;
  /** Offsets of the match within `snippet`. */
  readonly matchStart: number;
  readonly matchEnd: number;
};

const SNIPPET_CONTEXT = 60;
const MAX_HITS_PER_CASE = 20;

/** Case-insensitive for Latin scripts; Devanagari has no case and is compared as it is. */
function fold(text: string): string {
  return text.toLocaleLowerCase('en-IN');
}

/**
 * Every place in a case where `query` occurs: its name, the question and reply texts, notes,
 * drafts (fields and points) and filings (authorities, numbers, notes).
 */
export function searchCase(c: Case, query: string): ReadonlyArray<SearchHit> {
  const needle = fold(query.trim());
  if (needle.length === 0) return [];
  const hits: SearchHit[] = [];
  const look = (place: SearchPlace, label: string, text: string) => {
    if (hits.length >= MAX_HITS_PER_CASE || text.length === 0) return;
    const folded = fold(text);
    // Lower-casing can change lengths for a few characters; fall back to no match then.
    if (folded.length !== text.length) return;
    const at = folded.indexOf(needle);
    if (at < 0) return;
    const start = Math.max(0, at - SNIPPET_CONTEXT);
    const end = Math.min(text.length, at + needle.length + SNIPPET_CONTEXT);
    const prefix = start > 0 ? '…' : '';
    const before = `${prefix}${text.slice(start, at).replace(/\s/g, ' ')}`;
    const match = text.slice(at, at + needle.length).replace(/\s/g, ' ');
    const after = `${text.slice(at + needle.length, end).replace(/\s/g, ' ')}${end < text.length ? '…' : ''}`;
    hits.push({ caseId: c.id, caseTitle: c.title, place, label, snippet: `${before}${match}${after}`, matchStart: before.length, matchEnd: before.length + match.length });
  };
  look('title', c.title, c.title);
  look('notes', 'Summary', c.matter.summary);
  look('notes', 'Notes', c.matter.notes);
  for (const part of c.question?.parts ?? []) look('question', `(${part.label})`, part.text);
  for (const s of c.sources) look(s.role === 'question' ? 'question' : s.role === 'notes' ? 'notes' : 'reply', s.title, s.text);
  for (const d of c.drafts) look('draft', d.title, [d.title, ...Object.values(d.fields), ...d.points].join('\n'));
  for (const f of c.filings) look('filing', f.kind, flatten(f));
  return hits;
}

function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(flatten).join('\n');
  if (typeof value === 'object' && value !== null) return Object.values(value).map(flatten).join('\n');
  return '';
}
