import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../../electron/services/app-services.ts';
import { emptyCase } from '../../../electron/services/handlers/case-handlers.ts';
import { dataPaths } from '../../../electron/services/paths.ts';
import type { Case } from '../../../shared/domain/case.ts';
import { STAGE_PART_CHARS } from '../../../shared/ipc/channels/stage-part.ts';
import { dispatch } from '../../../shared/ipc/dispatch.ts';
import { contract } from '../../../shared/ipc/contract.ts';
import { partsOf, saveCase as saveThrough, type SavePort } from '../../../renderer/src/case-save.ts';

/**
 * The renderer's save (case-save.ts) against the real services through `dispatch`, as the bridge
 * and ipcMain serve them: every message is checked against the contract on the way in and out.
 */
let dir: string;
const calls: string[] = [];
/** Keys whose parts main "loses" (answers ok, keeps nothing), as if dropped to stay within its limit. */
const lost = new Set<string>();
let port: SavePort;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'case-save-'));
  const handlers = createHandlers({ paths: dataPaths(dir), dialogs: { chooseSavePath: async () => null, chooseFolder: async () => null, chooseOpenFile: async () => null, chooseOpenFiles: async () => null } });
  const invoke = (channel: string) => async (input: unknown): Promise<unknown> => {
    calls.push(channel);
    if (channel === 'texts:stage' && typeof input === 'object' && input !== null && 'key' in input && lost.has(String(input.key))) return { ok: true, held: 0 };
    const result = await dispatch(handlers, channel, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value;
  };
  port = {
    stage: async (input) => TextsStage.parse(await invoke('texts:stage')(input)),
    save: async (input) => CasesSave.parse(await invoke('cases:save')(input)),
    // No frames to keep smooth here (frame-budget.test.ts tests the window's pacing); each turn is noted.
    turn: async () => { calls.push('turn'); },
  };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
const TextsStage = contract['texts:stage'].output;
const CasesSave = contract['cases:save'].output;
const saveCase = (c: Case) => saveThrough(port, c);

const longText = (chars: number, seed: string): string => {
  let s = '';
  for (let i = 0; s.length < chars; i += 1) s += `${seed} paragraph ${i}: the Ministry does not maintain the data centrally. नहीं\n\n`;
  return s.slice(0, chars);
};
const withReply = (c: Case, text: string): Case => ({ ...c, sources: [{ id: 'reply-1', role: 'reply', title: 'Reply', text, origin: { kind: 'paste', fileName: null, importedAt: c.createdAt }, note: '' }] });

describe('saving a case with a long text', () => {
  it('cuts a text into parts of at most the limit, at their offsets', () => {
    expect([...partsOf('abcdefg', 3)]).toEqual([{ at: 0, part: 'abc' }, { at: 3, part: 'def' }, { at: 6, part: 'g' }]);
  });

  it('sends the long text ahead in parts, writes the case whole, and answers with the window\'s own string', async () => {
    const text = longText(STAGE_PART_CHARS * 3 + 17, 'First');
    const c = withReply(emptyCase('Long reply', '2026-01-01T00:00:00.000Z'), text);
    calls.length = 0;
    const saved = await saveCase(c);
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(calls.filter((x) => x === 'texts:stage')).toHaveLength(4);
    // Every part waited for its turn (in the window, a frame budget) before it went.
    expect(calls.filter((x) => x === 'turn')).toHaveLength(4);
    expect(calls.findIndex((x) => x === 'turn')).toBeLessThan(calls.findIndex((x) => x === 'texts:stage'));
    expect(calls.filter((x) => x === 'cases:save')).toHaveLength(1);
    // The very string this window holds, not a copy from main.
    expect(saved.case.sources[0]?.text).toBe(text);
    const onDisk = JSON.parse(await readFile(join(dir, 'workspace', c.id, 'case.json'), 'utf8'));
    expect(onDisk.sources[0].text).toBe(text);

    // Saved again with the text unchanged: nothing is sent ahead.
    calls.length = 0;
    const again = await saveCase({ ...saved.case, title: 'Long reply, renamed' });
    expect(again.ok).toBe(true);
    expect(calls).toEqual(['cases:save']);
    expect(JSON.parse(await readFile(join(dir, 'workspace', c.id, 'case.json'), 'utf8')).title).toBe('Long reply, renamed');
  });

  it('sends a text again when main no longer holds it, and writes nothing meanwhile', async () => {
    const text = longText(STAGE_PART_CHARS + 5, 'Second');
    const c = withReply(emptyCase('Lost text', '2026-01-01T00:00:00.000Z'), text);
    const realUuid = crypto.randomUUID.bind(crypto);
    let first = true;
    vi.spyOn(crypto, 'randomUUID').mockImplementation(() => {
      const key = realUuid();
      if (first) lost.add(key);
      first = false;
      return key;
    });
    calls.length = 0;
    const saved = await saveCase(c);
    vi.restoreAllMocks();
    expect(saved.ok).toBe(true);
    expect(calls.filter((x) => x === 'cases:save')).toHaveLength(2);
    expect(JSON.parse(await readFile(join(dir, 'workspace', c.id, 'case.json'), 'utf8')).sources[0].text).toBe(text);
  });

  it('a short text goes in the save itself', async () => {
    const c = withReply(emptyCase('Short reply', '2026-01-01T00:00:00.000Z'), 'The information is not maintained.');
    calls.length = 0;
    const saved = await saveCase(c);
    expect(saved.ok && saved.case.sources[0]?.text).toBe('The information is not maintained.');
    expect(calls).toEqual(['cases:save']);
  });
});
