import { describe, expect, it } from 'vitest';
import { listAfterBootstrap } from '../../../renderer/src/startup-listing.ts';
import type { ChannelOutput } from '../../../shared/ipc/contract.ts';

const summary = (id: string) => ({ id, title: id, updatedAt: '2025-01-01T00:00:00.000Z', isExample: false, openParts: 0, draftCount: 0 });
const started = (openCaseId: string | null, firstRun = false): ChannelOutput<'app:bootstrap'> => ({
  workspace: { path: '/w', isDefault: true }, firstRun, openCaseId, recovery: null,
});

describe('listAfterBootstrap', () => {
  const early = { cases: [summary('a'), summary('b')], problems: [] };
  const again = { cases: [summary('a'), summary('b'), summary('example')], problems: [] };

  it('keeps the early list when it holds the case to open, even on a first run', async () => {
    let asked = 0;
    expect(await listAfterBootstrap(started('b', true), early, async () => { asked += 1; return again; })).toBe(early);
    expect(await listAfterBootstrap(started(null), early, async () => { asked += 1; return again; })).toBe(early);
    expect(asked).toBe(0);
  });

  it('reads the list again when the case to open is missing from it (the example seeded after the early read)', async () => {
    let asked = 0;
    expect(await listAfterBootstrap(started('example', true), early, async () => { asked += 1; return again; })).toBe(again);
    expect(asked).toBe(1);
  });

  it('reads it again when the case to open was only a problem in the early list (read half-written)', async () => {
    const withProblem = { cases: [summary('a')], problems: [{ file: 'example', message: 'unreadable' }] };
    expect(await listAfterBootstrap(started('example'), withProblem, async () => again)).toBe(again);
  });
});
