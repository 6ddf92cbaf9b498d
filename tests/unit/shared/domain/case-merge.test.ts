import { describe, expect, it } from 'vitest';
import type { Case } from '../../../../shared/domain/case.ts';
import type { Draft } from '../../../../shared/domain/draft.ts';
import type { EvidenceFile } from '../../../../shared/domain/evidence.ts';
import type { Filing } from '../../../../shared/domain/filing.ts';
import { caseConflicts } from '../../../../shared/domain/case-sync-read.ts';
import { changedParts, jsonEqual, mergeCases, resolveConflict, type MergeSide } from '../../../../shared/domain/case-merge.ts';
import { buildCowinCase } from '../../../../shared/example/cowin-case.ts';

const T0 = '2026-12-01T10:00:00.000Z';
const A: MergeSide = { by: 'Asha', at: '2026-12-01T11:00:00.000Z' };
const B: MergeSide = { by: 'Bilal', at: '2026-12-01T11:05:00.000Z' };

const base: Case = buildCowinCase(T0, []);

function draft(id: string, title = `Draft ${id}`): Draft {
  return { id, kind: 'rti-application', title, language: 'en', createdAt: T0, updatedAt: T0, forParts: ['a'], fields: { subject: 'CoWIN', pioAddress: 'CPIO' }, points: ['one', 'two'] };
}
function filing(id: string, notes = ''): Filing {
  return { id, kind: 'rti-application', createdAt: T0, title: `Filing ${id}`, history: [], notes, publicAuthority: 'MoHFW', government: 'central', state: '', mode: 'rti-online', registrationNumber: '', feePaidRupees: 10, viaApio: false, lifeOrLiberty: false, thirdPartyInvolved: false };
}
function evidence(id: string): EvidenceFile {
  return { id, fileName: `${id}.pdf`, originalName: `${id}.pdf`, sha256: 'a'.repeat(64), size: 10, addedAt: T0, filingId: null, note: '' };
}
const merge = (b: Case | null, ours: Case, theirs: Case) => mergeCases({ base: b, ours, theirs, oursSide: A, theirsSide: B });

describe('three-way merge of a case, by field kind', () => {
  it('scalar: a field only one side changed takes that side, on either side', () => {
    const ours = { ...base, title: 'Ours' };
    const theirs = { ...base, isExample: false };
    const { merged, newConflicts } = merge(base, ours, theirs);
    expect(merged.title).toBe('Ours');
    expect(merged.isExample).toBe(false);
    expect(newConflicts).toEqual([]);
    expect(caseConflicts(merged)).toEqual([]);
  });

  it('scalar: the same change on both sides is no clash', () => {
    const { merged, newConflicts } = merge(base, { ...base, title: 'Same' }, { ...base, title: 'Same' });
    expect(merged.title).toBe('Same');
    expect(newConflicts).toEqual([]);
  });

  it('scalar: a real clash keeps both versions, with who made each, and the field holds ours', () => {
    const { merged, newConflicts } = merge(base, { ...base, title: 'Ours' }, { ...base, title: 'Theirs' });
    expect(merged.title).toBe('Ours');
    expect(newConflicts).toHaveLength(1);
    expect(caseConflicts(merged)).toEqual([expect.objectContaining({
      path: ['title'],
      versions: [
        { value: 'Ours', removed: false, by: 'Asha', at: A.at },
        { value: 'Theirs', removed: false, by: 'Bilal', at: B.at },
      ],
    })]);
  });

  it('object: keys of one object merge independently (the note and the summary)', () => {
    const ours = { ...base, matter: { ...base.matter, notes: 'A note from Asha' } };
    const theirs = { ...base, matter: { ...base.matter, summary: 'Bilal\'s summary' }, title: 'Renamed' };
    const { merged } = merge(base, ours, theirs);
    expect(merged.matter).toEqual({ ...base.matter, summary: 'Bilal\'s summary', notes: 'A note from Asha' });
    expect(merged.title).toBe('Renamed');
    expect(caseConflicts(merged)).toEqual([]);
  });

  it('nullable object: question facts changed on each side merge; null against a question is a clash', () => {
    const q = base.question;
    if (!q) throw new Error('fixture has a question');
    const { merged } = merge(base, { ...base, question: { ...q, number: '1862' } }, { ...base, question: { ...q, ministry: 'Health' } });
    expect(merged.question).toEqual({ ...q, number: '1862', ministry: 'Health' });
    const clash = merge(base, { ...base, question: null }, { ...base, question: { ...q, number: '7' } });
    expect(caseConflicts(clash.merged)).toEqual([expect.objectContaining({ path: ['question'] })]);
  });

  it('updatedAt takes the later time and is never a clash', () => {
    const { merged } = merge(base, { ...base, updatedAt: '2026-12-02T00:00:00.000Z' }, { ...base, updatedAt: '2026-12-03T00:00:00.000Z' });
    expect(merged.updatedAt).toBe('2026-12-03T00:00:00.000Z');
    expect(caseConflicts(merged)).toEqual([]);
  });

  it('drafts merge by id: added on both sides, both kept; deleted on one side and untouched on the other, gone', () => {
    const b = { ...base, drafts: [draft('d1'), draft('d2')] };
    const ours = { ...b, drafts: [draft('d1'), draft('d2'), draft('a-new')] };
    const theirs = { ...b, drafts: [draft('d2'), draft('b-new')] };
    const { merged } = merge(b, ours, theirs);
    expect(merged.drafts.map((d) => d.id)).toEqual(['d2', 'b-new', 'a-new']);
    expect(caseConflicts(merged)).toEqual([]);
  });

  it('drafts: deleted on one side and changed on the other is kept, with a conflict offering the deletion', () => {
    const b = { ...base, drafts: [draft('d1')] };
    const { merged } = merge(b, { ...b, drafts: [] }, { ...b, drafts: [draft('d1', 'Edited by Bilal')] });
    expect(merged.drafts.map((d) => d.title)).toEqual(['Edited by Bilal']);
    const [c] = caseConflicts(merged);
    expect(c?.path).toEqual(['drafts', { id: 'd1' }]);
    expect(c?.versions.map((v) => [v.removed, v.by])).toEqual([[true, 'Asha'], [false, 'Bilal']]);
    // Picking the deletion removes the draft; picking the edit keeps it.
    const deleted = resolveConflict(merged, c?.id ?? '', 0);
    expect(deleted.ok && deleted.value.drafts).toEqual([]);
    const kept = resolveConflict(merged, c?.id ?? '', 1);
    expect(kept.ok && kept.value.drafts.map((d) => d.title)).toEqual(['Edited by Bilal']);
    expect(kept.ok && caseConflicts(kept.value)).toEqual([]);
  });

  it('drafts: one draft changed on both sides merges field by field, down to a template field', () => {
    const b = { ...base, drafts: [draft('d1')] };
    const d = draft('d1');
    const ours = { ...b, drafts: [{ ...d, title: 'Asha\'s title', fields: { ...d.fields, subject: 'Leak' }, updatedAt: '2026-12-01T12:00:00.000Z' }] };
    const theirs = { ...b, drafts: [{ ...d, fields: { ...d.fields, pioAddress: 'CPIO, MoHFW' }, points: ['one', 'two', 'three'], updatedAt: '2026-12-01T13:00:00.000Z' }] };
    const { merged } = merge(b, ours, theirs);
    expect(merged.drafts[0]).toEqual({ ...d, title: 'Asha\'s title', fields: { subject: 'Leak', pioAddress: 'CPIO, MoHFW' }, points: ['one', 'two', 'three'], updatedAt: '2026-12-01T13:00:00.000Z' });
    expect(caseConflicts(merged)).toEqual([]);
  });

  it('drafts: a list of points is one value; two different edits of it clash, and picking one applies it', () => {
    const b = { ...base, drafts: [draft('d1')] };
    const d = draft('d1');
    const { merged } = merge(b, { ...b, drafts: [{ ...d, points: ['A'] }] }, { ...b, drafts: [{ ...d, points: ['B'] }] });
    const [c] = caseConflicts(merged);
    expect(c?.path).toEqual(['drafts', { id: 'd1' }, 'points']);
    const picked = resolveConflict(merged, c?.id ?? '', 1);
    expect(picked.ok && picked.value.drafts[0]?.points).toEqual(['B']);
  });

  it('filings merge by id, and a filing\'s fields merge like any object', () => {
    const b = { ...base, filings: [filing('f1')] };
    const ours = { ...b, filings: [filing('f1', 'posted today'), filing('f-a')] };
    const theirs = { ...b, filings: [{ ...filing('f1'), registrationNumber: 'DOPAT/R/2026/1' }, filing('f-b')] };
    const { merged } = merge(b, ours, theirs);
    expect(merged.filings.map((f) => f.id)).toEqual(['f1', 'f-b', 'f-a']);
    expect(merged.filings[0]).toEqual(expect.objectContaining({ notes: 'posted today', registrationNumber: 'DOPAT/R/2026/1' }));
  });

  it('evidence merges by id', () => {
    const { merged } = merge(base, { ...base, evidence: [evidence('e-a')] }, { ...base, evidence: [evidence('e-b')] });
    expect(merged.evidence.map((e) => e.id)).toEqual(['e-b', 'e-a']);
  });

  it('sources merge by id', () => {
    const [first] = base.sources;
    if (!first) throw new Error('fixture has sources');
    const extra = { ...first, id: 'notes-b', role: 'notes' as const, title: 'Bilal\'s notes' };
    const { merged } = merge(base, base, { ...base, sources: [...base.sources, extra] });
    expect(merged.sources.map((s) => s.id)).toContain('notes-b');
  });

  it('verdict overrides merge by the part they are for; two different verdicts on one part clash', () => {
    const ov = (label: string, reason: string) => ({ label, status: 'unanswered' as const, reason, at: T0 });
    const ours = { ...base, analysis: { ...base.analysis, overrides: [ov('a', 'No names')] } };
    const theirs = { ...base, analysis: { ...base.analysis, overrides: [ov('b', 'No findings')] } };
    expect(merge(base, ours, theirs).merged.analysis.overrides.map((o) => o.label)).toEqual(['b', 'a']);
    const clash = merge(base, ours, { ...base, analysis: { ...base.analysis, overrides: [ov('a', 'Evasive')] } });
    expect(caseConflicts(clash.merged)).toEqual([expect.objectContaining({ path: ['analysis', 'overrides', { id: 'a' }] })]);
    const picked = resolveConflict(clash.merged, caseConflicts(clash.merged)[0]?.id ?? '', 1);
    expect(picked.ok && picked.value.analysis.overrides).toEqual([ov('a', 'Evasive')]);
  });

  it('the analyser\'s result is one value: two re-analyses clash once, and picking one takes its source, date and verdicts together', () => {
    const run = (sourceId: string, analyzedAt: string) => ({ ...base.analysis, sourceId, analyzedAt, parts: [{ label: 'a', status: 'answered' as const, reason: sourceId, evidence: [] }] });
    const ours = { ...base, analysis: run('reply', '2026-12-01T11:00:00.000Z') };
    const theirs = { ...base, analysis: run('question', '2026-12-01T11:01:00.000Z') };
    const { merged } = merge(base, ours, theirs);
    const conflicts = caseConflicts(merged);
    expect(conflicts.map((c) => c.path)).toEqual([['analysis', 'result']]);
    const picked = resolveConflict(merged, conflicts[0]?.id ?? '', 1);
    expect(picked.ok && picked.value.analysis).toEqual({ ...theirs.analysis, overrides: base.analysis.overrides });
  });

  it('history is the union of both sides, in time order', () => {
    const entry = (id: string, at: string) => ({ id, at, by: id, kind: 'edit' as const, counter: 1, hash: 'b'.repeat(64), changed: ['title'] });
    const { merged } = merge(base, { ...base, history: [entry('x', '2026-12-01T10:00:00Z'), entry('a', '2026-12-01T11:00:00Z')] }, { ...base, history: [entry('x', '2026-12-01T10:00:00Z'), entry('b', '2026-12-01T10:30:00Z')] });
    expect(merged.history?.map((h) => h.id)).toEqual(['x', 'b', 'a']);
  });

  it('a conflict settled on one side stays settled; a second clash on the same field adds a version to the open notice', () => {
    const first = merge(base, { ...base, title: 'Ours' }, { ...base, title: 'Theirs' }).merged;
    const settled = resolveConflict(first, caseConflicts(first)[0]?.id ?? '', 1);
    if (!settled.ok) throw new Error(settled.error);
    // Settled on our side; the other side still has the notice, untouched: it stays settled.
    expect(caseConflicts(merge(first, settled.value, first).merged)).toEqual([]);
    // A third person renames again from the same ancestor: one notice, three versions.
    const third = mergeCases({ base, ours: first, theirs: { ...base, title: 'Third' }, oursSide: A, theirsSide: { by: 'Chitra', at: B.at } }).merged;
    expect(caseConflicts(third)).toHaveLength(1);
    expect(caseConflicts(third)[0]?.versions.map((v) => v.value)).toEqual(['Ours', 'Theirs', 'Third']);
  });

  it('without a known ancestor, every difference is kept as a conflict and equal fields merge', () => {
    const { merged } = merge(null, { ...base, title: 'Ours' }, { ...base, title: 'Theirs', drafts: [draft('d1')] });
    expect(caseConflicts(merged).map((c) => c.path)).toEqual([['title']]);
    expect(merged.drafts.map((d) => d.id)).toEqual(['d1']);
  });

  it('is deterministic: the same inputs give the same result', () => {
    const ours = { ...base, title: 'Ours', drafts: [draft('x')] };
    const theirs = { ...base, title: 'Theirs', matter: { ...base.matter, notes: 'n' } };
    expect(jsonEqual(merge(base, ours, theirs).merged, merge(base, ours, theirs).merged)).toBe(true);
  });

  it('resolveConflict refuses an unknown conflict or version', () => {
    const { merged } = merge(base, { ...base, title: 'Ours' }, { ...base, title: 'Theirs' });
    expect(resolveConflict(merged, 'nope', 0).ok).toBe(false);
    expect(resolveConflict(merged, caseConflicts(merged)[0]?.id ?? '', 9).ok).toBe(false);
  });

  it('changedParts names the top-level parts that differ', () => {
    expect(changedParts(base, { ...base, title: 'x', updatedAt: 'later', drafts: [draft('d')] })).toEqual(['title', 'drafts']);
    expect(changedParts(null, base)).toContain('title');
  });
});
