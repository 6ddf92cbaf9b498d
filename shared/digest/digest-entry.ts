/**
 * One file of a digest: a reply read and judged, or a file that could not be read, with why.
 * A duplicate names the file it repeats and is never counted twice.
 */
import type { DigestReply } from './digest-row.ts';

export type DigestEntry =
  | {
    readonly kind: 'reply';
    /** The file's path relative to the folder digested (or its name, for picked files). */
    readonly file: string;
    readonly reply: DigestReply;
    /** The file whose reply this one repeats (same House, number and date), or null. */
    readonly duplicateOf: string | null;
    /** The case made from this row when it was first opened, or null. */
    readonly caseId: string | null;
  }
  | { readonly kind: 'failed'; readonly file: string; readonly reason: string };

export type DigestTotals = {
  readonly files: number;
  /** Replies counted: readable and not duplicates. */
  readonly replies: number;
  readonly duplicates: number;
  readonly failed: number;
  readonly parts: number;
  readonly met: number;
  readonly partlyMet: number;
  readonly open: number;
  readonly deferrals: number;
  readonly assurances: number;
  /** Null when no counted reply carried confidences. */
  readonly lowConfidence: number | null;
};

export type MinistryShare = {
  readonly ministry: string;
  readonly replies: number;
  readonly parts: number;
  readonly open: number;
  /** open / parts, 0 when there are no parts. */
  readonly openShare: number;
};

/** The replies that count: read, and not a repeat of one already in the digest. */
export function countedReplies(entries: ReadonlyArray<DigestEntry>): ReadonlyArray<DigestReply> {
  return entries.flatMap((e) => (e.kind === 'reply' && e.duplicateOf === null ? [e.reply] : []));
}

export function digestTotals(entries: ReadonlyArray<DigestEntry>): DigestTotals {
  const replies = countedReplies(entries);
  const sum = (f: (r: DigestReply) => number) => replies.reduce((n, r) => n + f(r), 0);
  const known = replies.filter((r) => r.lowConfidence !== null);
  return {
    files: entries.length,
    replies: replies.length,
    duplicates: entries.filter((e) => e.kind === 'reply' && e.duplicateOf !== null).length,
    failed: entries.filter((e) => e.kind === 'failed').length,
    parts: sum((r) => r.verdicts.length),
    met: sum((r) => r.met),
    partlyMet: sum((r) => r.partlyMet),
    open: sum((r) => r.open),
    deferrals: sum((r) => r.deferrals.length),
    assurances: sum((r) => r.assurances.length),
    lowConfidence: known.length === 0 ? null : known.reduce((n, r) => n + (r.lowConfidence ?? 0), 0),
  };
}

/** Per ministry, the share of question parts left open; most open first. Unknown ministry is its own row. */
export function ministryShares(entries: ReadonlyArray<DigestEntry>, unknown: string): ReadonlyArray<MinistryShare> {
  const by = new Map<string, { replies: number; parts: number; open: number }>();
  for (const r of countedReplies(entries)) {
    const name = r.ministry ?? unknown;
    const row = by.get(name) ?? { replies: 0, parts: 0, open: 0 };
    row.replies += 1;
    row.parts += r.verdicts.length;
    row.open += r.open;
    by.set(name, row);
  }
  return [...by.entries()]
    .map(([ministry, v]) => ({ ministry, ...v, openShare: v.parts === 0 ? 0 : v.open / v.parts }))
    .sort((a, b) => b.openShare - a.openShare || b.parts - a.parts || a.ministry.localeCompare(b.ministry));
}
