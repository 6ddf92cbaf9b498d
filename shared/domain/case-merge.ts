import type { Case } from './case.ts';
import { HISTORY_LIMIT, caseConflicts, caseHistory } from './case-sync-read.ts';
import type { CaseConflict, CaseHistoryEntry, ConflictPathSegment, ConflictVersion } from './case-sync.ts';
import { err, ok, type Result } from '../lib/result.ts';

/**
 * Three-way merge of two versions of one case against their common ancestor, field by field.
 *
 * - A field only one side changed takes that side's value; a field both changed to the same
 *   value takes it.
 * - Objects merge key by key, all the way down (`matter`, `question`, a draft's `fields`).
 * - Drafts, filings, evidence and sources merge by their `id`, verdict overrides by the part's
 *   label (an override is one verdict with its reason: it is never split): an item added on either side is kept; an item deleted on one side and untouched on the
 *   other goes; an item deleted on one side and changed on the other is kept, with a conflict.
 * - Lists of plain values (a draft's points, a filing's status history) and the analyser's result
 *   (source, date and verdicts together) are single values: they are never spliced.
 * - `updatedAt` takes the later time; `history` is the union of both; open conflicts merge by id.
 * - A real clash keeps the first side's value in the field and every version in a conflict, so
 *   nothing is ever dropped; the user picks one (`resolveConflict`).
 *
 * Pure and deterministic: the same three inputs give the same result on every machine, so two
 * machines that fold the same sync-conflict copy back in write the same bytes.
 */

/** Who made a side's version, and when. */
export type MergeSide = { readonly by: string; readonly at: string };

export type MergeInput = {
  /** The common ancestor; null when it is not known (every difference then becomes a conflict). */
  readonly base: Case | null;
  readonly ours: Case;
  readonly theirs: Case;
  readonly oursSide: MergeSide;
  readonly theirsSide: MergeSide;
};

export type MergeResult = {
  readonly merged: Case;
  /** Conflicts this merge opened or added a version to. */
  readonly newConflicts: ReadonlyArray<CaseConflict>;
};

type Json = unknown;
type Path = ReadonlyArray<ConflictPathSegment>;

/** Lists that merge by the identity of their items, and what that identity is. */
const KEYED_LISTS: { readonly [name: string]: (item: Json) => string | null } = {
  drafts: idOf,
  filings: idOf,
  evidence: idOf,
  sources: idOf,
};

/** The analyser's result: one value, so a source, its date and its verdicts are never mixed from two runs. */
export const ANALYSIS_RESULT_KEYS = ['sourceId', 'analyzedAt', 'parts'] as const;
export const ANALYSIS_RESULT_SEGMENT = 'result';

function idOf(item: Json): string | null {
  return isRecord(item) && typeof item.id === 'string' ? item.id : null;
}

function labelOf(item: Json): string | null {
  return isRecord(item) && typeof item.label === 'string' ? item.label : null;
}

export function mergeCases(input: MergeInput): MergeResult {
  const { base, ours, theirs, oursSide, theirsSide } = input;
  const opened: CaseConflict[] = [];
  const conflict = (path: Path, o: Json, t: Json): void => {
    opened.push(newConflict(path, [version(o, oursSide), version(t, theirsSide)], laterOf(oursSide.at, theirsSide.at)));
  };
  const ctx: Ctx = { conflict };

  const b = base ?? undefined;
  const merged: Record<string, Json> = {};
  for (const key of unionKeys(ours, theirs)) {
    if (key === 'revision' || key === 'history' || key === 'conflicts') continue;
    const value = mergeTopLevel(key, b?.[key as keyof Case], ours[key as keyof Case], theirs[key as keyof Case], ctx);
    if (value !== undefined) merged[key] = value;
  }
  if (theirs.revision) merged.revision = theirs.revision;
  else if (ours.revision) merged.revision = ours.revision;

  const history = mergeHistory(caseHistory(ours), caseHistory(theirs));
  if (history.length > 0 || ours.history !== undefined || theirs.history !== undefined) merged.history = history;

  const conflicts = addConflicts(mergeConflictLists(caseConflicts(base ?? {}), caseConflicts(ours), caseConflicts(theirs)), opened);
  if (conflicts.all.length > 0 || ours.conflicts !== undefined || theirs.conflicts !== undefined) merged.conflicts = conflicts.all;
  // The fields come from two valid cases of the same schema, so the result has the Case shape.
  return { merged: merged as Case, newConflicts: conflicts.touched };
}

type Ctx = { readonly conflict: (path: Path, ours: Json, theirs: Json) => void };

function mergeTopLevel(key: string, base: Json, ours: Json, theirs: Json, ctx: Ctx): Json {
  if (key === 'updatedAt') return laterOf(str(ours), str(theirs));
  if (key === 'analysis') return mergeAnalysis(base, ours, theirs, ctx);
  const keyOf = KEYED_LISTS[key];
  if (keyOf && Array.isArray(ours) && Array.isArray(theirs)) {
    return mergeKeyed([key], Array.isArray(base) ? base : undefined, ours, theirs, keyOf, ctx);
  }
  return mergeValue([key], base, ours, theirs, ctx);
}

function mergeAnalysis(base: Json, ours: Json, theirs: Json, ctx: Ctx): Json {
  if (!isRecord(ours) || !isRecord(theirs)) return mergeValue(['analysis'], base, ours, theirs, ctx);
  const b = isRecord(base) ? base : undefined;
  const pick = (r: Record<string, Json> | undefined) => (r ? Object.fromEntries(ANALYSIS_RESULT_KEYS.map((k) => [k, r[k]])) : undefined);
  const result = mergeAtomic(['analysis', ANALYSIS_RESULT_SEGMENT], pick(b), pick(ours), pick(theirs), ctx);
  const overrides = Array.isArray(ours.overrides) && Array.isArray(theirs.overrides)
    ? mergeKeyed(['analysis', 'overrides'], Array.isArray(b?.overrides) ? b.overrides : undefined, ours.overrides, theirs.overrides, labelOf, ctx, mergeAtomic)
    : mergeValue(['analysis', 'overrides'], b?.overrides, ours.overrides, theirs.overrides, ctx);
  const out: Record<string, Json> = {};
  for (const key of unionKeys(ours, theirs)) {
    if ((ANALYSIS_RESULT_KEYS as ReadonlyArray<string>).includes(key)) out[key] = isRecord(result) ? result[key] : undefined;
    else if (key === 'overrides') out[key] = overrides;
    else {
      const v = mergeValue(['analysis', key], b?.[key], ours[key], theirs[key], ctx);
      if (v !== undefined) out[key] = v;
    }
  }
  return out;
}

/** A value that is never split: one side's whole, or a conflict. */
function mergeAtomic(path: Path, base: Json, ours: Json, theirs: Json, ctx: Ctx): Json {
  if (jsonEqual(ours, theirs)) return ours;
  if (jsonEqual(base, ours)) return theirs;
  if (jsonEqual(base, theirs)) return ours;
  ctx.conflict(path, ours, theirs);
  return ours;
}

/** Objects merge key by key; anything else is atomic. `updatedAt` anywhere takes the later time. */
function mergeValue(path: Path, base: Json, ours: Json, theirs: Json, ctx: Ctx): Json {
  if (jsonEqual(ours, theirs)) return ours;
  if (jsonEqual(base, ours)) return theirs;
  if (jsonEqual(base, theirs)) return ours;
  if (isRecord(ours) && isRecord(theirs)) {
    const b = isRecord(base) ? base : undefined;
    const out: Record<string, Json> = {};
    for (const key of unionKeys(ours, theirs)) {
      const v = key === 'updatedAt' && typeof ours[key] === 'string' && typeof theirs[key] === 'string'
        ? laterOf(str(ours[key]), str(theirs[key]))
        : mergeValue([...path, key], b?.[key], ours[key], theirs[key], ctx);
      if (v !== undefined) out[key] = v;
    }
    return out;
  }
  ctx.conflict(path, ours, theirs);
  return ours;
}

/**
 * A list whose items have an identity. Order: theirs as it is (what is on disk), then what only
 * ours added, in our order.
 */
function mergeKeyed(
  path: Path,
  base: ReadonlyArray<Json> | undefined,
  ours: ReadonlyArray<Json>,
  theirs: ReadonlyArray<Json>,
  keyOf: (item: Json) => string | null,
  ctx: Ctx,
  mergeItem: (path: Path, base: Json, ours: Json, theirs: Json, ctx: Ctx) => Json = mergeValue,
): ReadonlyArray<Json> {
  const index = (list: ReadonlyArray<Json> | undefined) => {
    const map = new Map<string, Json>();
    for (const item of list ?? []) {
      const key = keyOf(item);
      if (key !== null && !map.has(key)) map.set(key, item);
    }
    return map;
  };
  const b = index(base);
  const o = index(ours);
  const t = index(theirs);
  // Items without a key cannot be matched; they are kept from both sides, once each.
  const unkeyed = [...theirs, ...ours].filter((item) => keyOf(item) === null);
  const order = [...t.keys(), ...[...o.keys()].filter((k) => !t.has(k))];
  const out: Json[] = [];
  for (const key of order) {
    const itemPath: Path = [...path, { id: key }];
    const bi = b.get(key);
    const oi = o.get(key);
    const ti = t.get(key);
    if (oi !== undefined && ti !== undefined) {
      out.push(mergeItem(itemPath, bi, oi, ti, ctx));
    } else if (oi !== undefined) {
      // Only ours has it: new on our side, or deleted on theirs.
      if (bi === undefined) out.push(oi);
      else if (!jsonEqual(bi, oi)) {
        ctx.conflict(itemPath, oi, undefined);
        out.push(oi);
      }
    } else if (ti !== undefined) {
      if (bi === undefined) out.push(ti);
      else if (!jsonEqual(bi, ti)) {
        ctx.conflict(itemPath, undefined, ti);
        out.push(ti);
      }
    }
  }
  for (const item of unkeyed) if (!out.some((x) => jsonEqual(x, item))) out.push(item);
  // Nothing changed on our side's list: give it back as it was (callers may compare by identity).
  if (out.length === ours.length && out.every((item, i) => item === ours[i])) return ours;
  return out;
}

/** Both sides' history, once each, oldest first, the newest HISTORY_LIMIT kept. */
export function mergeHistory(a: ReadonlyArray<CaseHistoryEntry>, b: ReadonlyArray<CaseHistoryEntry>): CaseHistoryEntry[] {
  const byId = new Map<string, CaseHistoryEntry>();
  for (const entry of [...a, ...b]) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return [...byId.values()]
    .sort((x, y) => x.at.localeCompare(y.at) || x.counter - y.counter || x.id.localeCompare(y.id))
    .slice(-HISTORY_LIMIT);
}

/** Open conflicts merge by id: one resolved (removed) on one side and untouched on the other stays resolved. */
function mergeConflictLists(base: ReadonlyArray<CaseConflict>, ours: ReadonlyArray<CaseConflict>, theirs: ReadonlyArray<CaseConflict>): CaseConflict[] {
  const b = new Map(base.map((c) => [c.id, c]));
  const o = new Map(ours.map((c) => [c.id, c]));
  const t = new Map(theirs.map((c) => [c.id, c]));
  const out: CaseConflict[] = [];
  for (const id of [...t.keys(), ...[...o.keys()].filter((k) => !t.has(k))]) {
    const bi = b.get(id);
    const oi = o.get(id);
    const ti = t.get(id);
    if (oi && ti) out.push({ ...ti, versions: unionVersions(ti.versions, oi.versions) });
    else if (oi) {
      if (!bi || !jsonEqual(bi, oi)) out.push(oi);
    } else if (ti) {
      if (!bi || !jsonEqual(bi, ti)) out.push(ti);
    }
  }
  return out;
}

/** Add this merge's clashes: one on a path already open gains the new versions rather than a second notice. */
function addConflicts(existing: CaseConflict[], opened: ReadonlyArray<CaseConflict>): { all: CaseConflict[]; touched: CaseConflict[] } {
  const all = [...existing];
  const touched: CaseConflict[] = [];
  for (const c of opened) {
    const at = all.findIndex((x) => jsonEqual(x.path, c.path));
    const current = at >= 0 ? all[at] : undefined;
    if (current) {
      const versions = unionVersions(current.versions, c.versions);
      if (versions.length === current.versions.length) continue;
      const extended = { ...current, versions };
      all[at] = extended;
      touched.push(extended);
    } else {
      all.push(c);
      touched.push(c);
    }
  }
  return { all, touched };
}

function unionVersions(a: ReadonlyArray<ConflictVersion>, b: ReadonlyArray<ConflictVersion>): ConflictVersion[] {
  const out = [...a];
  for (const v of b) if (!out.some((x) => x.removed === v.removed && jsonEqual(x.value, v.value))) out.push(v);
  return out.slice(0, 50);
}

function version(value: Json, side: MergeSide): ConflictVersion {
  return value === undefined ? { value: null, removed: true, by: side.by, at: side.at } : { value, removed: false, by: side.by, at: side.at };
}

function newConflict(path: Path, versions: ConflictVersion[], at: string): CaseConflict {
  return { id: `conflict-${stableHash(JSON.stringify([path, versions.map((v) => [v.removed, v.value])]))}`, path: [...path], at, versions };
}

/**
 * Settle a conflict with the version the user picked: the field (or item) takes it, and the
 * conflict is closed. Every other version was shown to the user, so closing it loses nothing
 * they did not choose to drop.
 */
export function resolveConflict(c: Case, conflictId: string, versionIndex: number): Result<Case, string> {
  const conflict = caseConflicts(c).find((x) => x.id === conflictId);
  if (!conflict) return err('That conflict is already settled.');
  const chosen = conflict.versions[versionIndex];
  if (!chosen) return err('There is no such version.');
  const applied = setAtPath(c, conflict.path, chosen.removed ? REMOVE : chosen.value);
  if (!applied.ok) return applied;
  return ok({ ...applied.value, conflicts: caseConflicts(c).filter((x) => x.id !== conflictId) });
}

const REMOVE = Symbol('remove');

function setAtPath(c: Case, path: Path, value: Json | typeof REMOVE): Result<Case, string> {
  const root: Json = c;
  const next = setIn(root, path, value, []);
  return next === null ? err('The case no longer has the place this conflict was about.') : ok(next as Case);
}

function setIn(node: Json, path: Path, value: Json | typeof REMOVE, parents: ReadonlyArray<ConflictPathSegment>): Json | null {
  const [head, ...rest] = path;
  if (head === undefined) return value === REMOVE ? null : value;
  if (typeof head === 'string') {
    if (!isRecord(node)) return null;
    if (head === ANALYSIS_RESULT_SEGMENT && parents.length === 1 && parents[0] === 'analysis' && rest.length === 0) {
      if (value === REMOVE || !isRecord(value)) return null;
      return { ...node, ...Object.fromEntries(ANALYSIS_RESULT_KEYS.map((k) => [k, value[k]])) };
    }
    if (rest.length === 0 && value === REMOVE) {
      const { [head]: _gone, ...others } = node;
      return others;
    }
    const child = setIn(node[head], rest, value, [...parents, head]);
    return child === null ? null : { ...node, [head]: child };
  }
  if (!Array.isArray(node)) return null;
  const keyOf = parents.length === 2 && parents[0] === 'analysis' && parents[1] === 'overrides' ? labelOf : idOf;
  const at = node.findIndex((item) => keyOf(item) === head.id);
  if (rest.length === 0) {
    if (value === REMOVE) return node.filter((_, i) => i !== at);
    return at >= 0 ? node.map((item, i) => (i === at ? value : item)) : [...node, value];
  }
  if (at < 0) return null;
  const child = setIn(node[at], rest, value, [...parents, head]);
  return child === null ? null : node.map((item, i) => (i === at ? child : item));
}

/** The value a conflict's path points at in the case now (undefined when the item is gone). */
export function valueAtPath(c: Case, path: Path): Json {
  let node: Json = c;
  const parents: ConflictPathSegment[] = [];
  for (const segment of path) {
    if (typeof segment === 'string') {
      if (!isRecord(node)) return undefined;
      if (segment === ANALYSIS_RESULT_SEGMENT && parents.length === 1 && parents[0] === 'analysis') {
        const analysis = node;
        node = Object.fromEntries(ANALYSIS_RESULT_KEYS.map((k) => [k, analysis[k]]));
      } else node = node[segment];
    } else {
      if (!Array.isArray(node)) return undefined;
      const keyOf = parents.length === 2 && parents[0] === 'analysis' && parents[1] === 'overrides' ? labelOf : idOf;
      node = node.find((item) => keyOf(item) === segment.id);
    }
    parents.push(segment);
  }
  return node;
}

/** The top-level parts of the case that differ between two versions (for the history). */
export function changedParts(before: Case | null, after: Case): string[] {
  const skip = new Set(['updatedAt', 'revision', 'history', 'conflicts', 'schemaVersion']);
  return unionKeys(before ?? {}, after)
    .filter((k) => !skip.has(k) && !jsonEqual(before?.[k as keyof Case], after[k as keyof Case]));
}

/** Structural equality of JSON values; a missing key equals an undefined one. */
export function jsonEqual(a: Json, b: Json): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => jsonEqual(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!jsonEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

function isRecord(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function str(v: Json): string {
  return typeof v === 'string' ? v : '';
}

function laterOf(a: string, b: string): string {
  return a.localeCompare(b) >= 0 ? a : b;
}

/** A short, stable, non-cryptographic hash (two 32-bit FNV-1a lanes) for deterministic ids. */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    h2 ^= h2 >>> 13;
  }
  return `${h1.toString(16).padStart(8, '0')}${(h2 >>> 0).toString(16).padStart(8, '0')}`;
}
