/**
 * Full-text search over cases and digests, in the index database's two FTS5 tables.
 *
 * `owner_text` holds each case (or digested reply) whole: a search matches there, so two words
 * anywhere in one case find it ("BharatNet target"), whole words only ("FIR" is not "confirmed")
 * and "quoted phrases" as phrases (shared/search/fts-query.ts), ranked by BM25 with a case's name
 * weighing more than its text. `doc` holds the same text in pieces (a part, a draft, a paragraph
 * of a reply), from which each result shows its best few snippets with the matches marked.
 *
 * Case files stay the truth: before a search the index takes in every case changed since it last
 * looked (by `updatedAt`) and drops cases that are gone.
 */
import type { DatabaseSync } from 'node:sqlite';
import type { CaseStore } from '../case-store.ts';
import { caseDocuments, type SearchDocument, type SearchPlace, SEARCH_PLACES } from '../../../shared/search/case-documents.ts';
import { joinInitialisms, MARK_CLOSE, MARK_OPEN, snippetParts, toFtsAnyQuery, toFtsQuery, type SnippetPart } from '../../../shared/search/fts-query.ts';
import { inTransaction } from '../index-db/index-db.ts';

/** The snippet markers are control characters, so none may come in from a document; initials are joined (F.I.R is FIR). */
const clean = (text: string) => joinInitialisms(text.replaceAll(MARK_OPEN, ' ').replaceAll(MARK_CLOSE, ' '));

/** A long text is indexed a few paragraphs at a time, so a result can show each place it matched. */
const PIECE_CHARS = 1200;

function pieces(body: string): string[] {
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const out: string[] = [];
  let current = '';
  for (const p of paragraphs) {
    if (current && current.length + p.length > PIECE_CHARS) {
      out.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${p}` : p;
  }
  if (current) out.push(current);
  return out;
}

/** Replace everything indexed for `owner` (a case or a digested reply): call inside a transaction. */
export function indexOwner(db: DatabaseSync, owner: string, heading: string, docs: ReadonlyArray<SearchDocument>): void {
  db.prepare('DELETE FROM doc WHERE owner = ?').run(owner);
  db.prepare('DELETE FROM owner_text WHERE owner = ?').run(owner);
  const insert = db.prepare('INSERT INTO doc (title, body, owner, place, label, heading) VALUES (?, ?, ?, ?, ?, ?)');
  for (const d of docs) {
    const parts = d.body ? pieces(d.body) : [''];
    for (const piece of parts) insert.run(clean(d.title), clean(piece), owner, d.place, d.label, heading);
  }
  db.prepare('INSERT INTO owner_text (title, body, owner, heading) VALUES (?, ?, ?, ?)')
    .run(clean(docs.map((d) => d.title).filter(Boolean).join('\n')), clean(docs.map((d) => d.body).join('\n\n')), owner, heading);
}

export function removeOwner(db: DatabaseSync, owner: string): void {
  db.prepare('DELETE FROM doc WHERE owner = ?').run(owner);
  db.prepare('DELETE FROM owner_text WHERE owner = ?').run(owner);
}

const caseOwner = (id: string) => `case:${id}`;

export type SyncResult = { readonly indexed: number; readonly removed: number; readonly cases: number };

/** Bring the index up to date with the workspace's case files. Unreadable cases are left out, as the list reports them. */
export async function syncCaseIndex(db: DatabaseSync, store: CaseStore): Promise<SyncResult> {
  const { cases } = await store.list();
  const known = new Map(db.prepare('SELECT case_id, updated_at FROM indexed_case').all().map((r) => [String(r['case_id']), String(r['updated_at'])]));
  let indexed = 0;
  for (const summary of cases) {
    if (known.get(summary.id) === summary.updatedAt) continue;
    const opened = await store.open(summary.id);
    if (!opened.ok) continue;
    const c = opened.value.value;
    inTransaction(db, () => {
      indexOwner(db, caseOwner(c.id), c.title, caseDocuments(c));
      db.prepare('INSERT OR REPLACE INTO indexed_case (case_id, updated_at) VALUES (?, ?)').run(c.id, summary.updatedAt);
    });
    indexed++;
  }
  const present = new Set(cases.map((c) => c.id));
  const gone = [...known.keys()].filter((id) => !present.has(id));
  if (gone.length > 0) {
    inTransaction(db, () => {
      for (const id of gone) {
        removeOwner(db, caseOwner(id));
        db.prepare('DELETE FROM indexed_case WHERE case_id = ?').run(id);
      }
    });
  }
  return { indexed, removed: gone.length, cases: cases.length };
}

export type SearchTarget =
  | { readonly kind: 'case'; readonly caseId: string }
  | { readonly kind: 'digest'; readonly digestId: string; readonly file: string };

export type SearchPlaceHit = { readonly place: SearchPlace; readonly label: string; readonly snippet: SnippetPart[] };

export type SearchHit = {
  readonly target: SearchTarget;
  /** The case's name, or the digested reply's subject. */
  readonly heading: string;
  /** The best places it matched, best first, each with a marked snippet. */
  readonly places: SearchPlaceHit[];
};

function targetOf(owner: string): SearchTarget | null {
  if (owner.startsWith('case:')) return { kind: 'case', caseId: owner.slice('case:'.length) };
  const m = /^digest:([^:]+):(.*)$/s.exec(owner);
  return m && m[1] !== undefined && m[2] !== undefined ? { kind: 'digest', digestId: m[1], file: m[2] } : null;
}

function isPlace(p: string): p is SearchPlace {
  return SEARCH_PLACES.some((x) => x === p);
}

/** BM25 weights: a match in a case's name (or a reply's subject) counts five times one in the text. */
const WEIGHTS = '5.0, 1.0';
const PLACES_PER_HIT = 3;

export function searchIndex(db: DatabaseSync, query: string, limit = 50): SearchHit[] {
  const all = toFtsQuery(query);
  const any = toFtsAnyQuery(query);
  if (all === null || any === null) return [];
  const owners = db.prepare(`SELECT owner, heading FROM owner_text WHERE owner_text MATCH ? ORDER BY bm25(owner_text, ${WEIGHTS}) LIMIT ?`)
    .all(all, limit).map((r) => ({ owner: String(r['owner']), heading: String(r['heading']) }));
  if (owners.length === 0) return [];
  // The best pieces of each matched owner, in one pass: rank pieces within their owner, keep the top few.
  const top = db.prepare(`SELECT id FROM (
      SELECT rowid AS id, row_number() OVER (PARTITION BY owner ORDER BY bm25(doc, ${WEIGHTS})) AS n
      FROM doc WHERE doc MATCH ? AND owner IN (SELECT value FROM json_each(?))
    ) WHERE n <= ${PLACES_PER_HIT}`).all(any, JSON.stringify(owners.map((o) => o.owner))).map((r) => Number(r['id']));
  const byOwner = new Map<string, Array<SearchPlaceHit & { rank: number }>>();
  if (top.length > 0) {
    const rows = db.prepare(`SELECT owner, place, label, bm25(doc, ${WEIGHTS}) AS rank, snippet(doc, -1, '${MARK_OPEN}', '${MARK_CLOSE}', '…', 24) AS snip
      FROM doc WHERE doc MATCH ? AND rowid IN (SELECT value FROM json_each(?))`).all(any, JSON.stringify(top));
    for (const r of rows) {
      const place = String(r['place']);
      if (!isPlace(place)) continue;
      const list = byOwner.get(String(r['owner'])) ?? [];
      list.push({ place, label: String(r['label']), snippet: snippetParts(String(r['snip'])), rank: Number(r['rank']) });
      byOwner.set(String(r['owner']), list);
    }
  }
  return owners.flatMap(({ owner, heading }) => {
    const target = targetOf(owner);
    if (target === null) return [];
    const places = (byOwner.get(owner) ?? []).sort((a, b) => a.rank - b.rank).map(({ place, label, snippet }) => ({ place, label, snippet }));
    return [{ target, heading, places }];
  });
}
