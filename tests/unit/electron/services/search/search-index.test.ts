import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseStore, type CaseStore } from '../../../../../electron/services/case-store.ts';
import { emptyCase } from '../../../../../electron/services/handlers/case-handlers.ts';
import { openIndexDb, type IndexDb } from '../../../../../electron/services/index-db/index-db.ts';
import { searchIndex, syncCaseIndex } from '../../../../../electron/services/search/search-index.ts';
import type { Case } from '../../../../../shared/domain/case.ts';
import { buildCowinCase } from '../../../../../shared/example/cowin-case.ts';

let dir = '';
let store: CaseStore;
let index: IndexDb;
const NOW = '2026-11-22T10:00:00.000Z';

function withReply(title: string, question: string, reply: string): Case {
  const c = emptyCase(title, NOW);
  return {
    ...c,
    sources: [
      { id: 'q', role: 'question', title: 'Question', text: question, origin: { kind: 'paste', fileName: null, importedAt: NOW }, note: '' },
      { id: 'r', role: 'reply', title: 'Reply', text: reply, origin: { kind: 'paste', fileName: null, importedAt: NOW }, note: '' },
    ],
  };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'search-'));
  store = createCaseStore(join(dir, 'workspace'), () => NOW);
  index = openIndexDb(join(dir, 'index.sqlite'));
  await store.create(buildCowinCase(NOW, []));
  await store.create(withReply('Network security', 'whether the firewall was upgraded', 'The Ministry confirmed that the firewall was upgraded in 2024.'));
  await store.create(withReply('Rural broadband', '(a) the progress of BharatNet in Odisha', 'Work is on.\n\n(b) The target for 2025 is 30,000 gram panchayats.'));
});
afterEach(async () => {
  index.close();
  await rm(dir, { recursive: true, force: true });
});

const titles = (q: string) => searchIndex(index.db, q).map((h) => h.heading);

describe('searchIndex', () => {
  it('matches whole words: FIR finds the F.I.R passage, not "confirmed" or "firewall"', async () => {
    await syncCaseIndex(index.db, store);
    const hits = searchIndex(index.db, 'FIR');
    expect(hits.map((h) => h.heading)).toEqual([buildCowinCase(NOW, []).title]);
    const marked = hits[0]?.places.flatMap((p) => p.snippet.filter((s) => s.match).map((s) => s.text));
    expect(marked).toContain('FIR');
    expect(titles('firewall')).toContain('Network security');
    expect(titles('confirmed')).toContain('Network security');
  });

  it('finds a case with both words in different places of it', async () => {
    await syncCaseIndex(index.db, store);
    const hits = searchIndex(index.db, 'BharatNet target');
    expect(hits.map((h) => h.heading)).toEqual(['Rural broadband']);
    // Each place that matched is shown, with its own snippet.
    expect(hits[0]?.places.map((p) => p.place).sort()).toEqual(['question', 'reply']);
  });

  it('finds phrases as phrases', async () => {
    await syncCaseIndex(index.db, store);
    expect(titles('"law enforcement agency"')).toHaveLength(1);
    expect(titles('"agency enforcement law"')).toEqual([]);
  });

  it('ranks a match in the case name above one only in the text', async () => {
    await store.create(withReply('Broadband in the North East', 'the progress of optical fibre', 'Some progress on broadband was made.'));
    await syncCaseIndex(index.db, store);
    // "broadband" is in both names; the first case also says it in its text, but the name weighs more.
    await store.create(withReply('Mobile towers', 'the progress of 4G saturation', 'Broadband broadband broadband, said the reply.'));
    await syncCaseIndex(index.db, store);
    const ranked = titles('broadband');
    expect(ranked.indexOf('Rural broadband')).toBeLessThan(ranked.indexOf('Mobile towers'));
    expect(ranked.indexOf('Broadband in the North East')).toBeLessThan(ranked.indexOf('Mobile towers'));
  });

  it('takes in changed cases and drops deleted ones on the next sync', async () => {
    expect((await syncCaseIndex(index.db, store)).indexed).toBe(3);
    expect((await syncCaseIndex(index.db, store)).indexed).toBe(0);
    const listed = (await store.list()).cases.find((c) => c.title === 'Network security');
    const opened = await store.open(listed?.id ?? '');
    if (!opened.ok) throw new Error(opened.error);
    await store.save({ ...opened.value.value, matter: { summary: 'Asked about the Kavach system', notes: '' }, updatedAt: '2026-11-23T10:00:00.000Z' });
    expect((await syncCaseIndex(index.db, store)).indexed).toBe(1);
    expect(titles('Kavach')).toEqual(['Network security']);
    await rm(join(dir, 'workspace', listed?.id ?? 'x'), { recursive: true });
    expect((await syncCaseIndex(index.db, store)).removed).toBe(1);
    expect(titles('firewall')).not.toContain('Network security');
  });

  it('finds nothing for nothing, and never throws on FTS syntax', async () => {
    await syncCaseIndex(index.db, store);
    expect(searchIndex(index.db, '   ')).toEqual([]);
    expect(searchIndex(index.db, 'NEAR( "unclosed AND OR * ^')).toEqual([]);
  });
});
