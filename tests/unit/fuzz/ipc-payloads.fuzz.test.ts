import fc from 'fast-check';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/services/app-services.ts';
import type { Dialogs } from '../../../electron/services/dialogs.ts';
import { dataPaths } from '../../../electron/services/paths.ts';
import { CHANNELS, contract, type Channel, type Handlers } from '../../../shared/ipc/contract.ts';
import { dispatch } from '../../../shared/ipc/dispatch.ts';
import { runs } from './sources.ts';

/**
 * Every IPC channel against payloads a compromised renderer could send (anything structured
 * clone can carry: nested objects, arrays, Maps, Sets, Dates, typed arrays, BigInts, null-
 * prototype objects, __proto__ keys). A payload its channel's zod schema refuses must come
 * back as `malformed-payload` without the handler ever being called, and dispatch must never
 * throw. The handlers are the real ones on a scratch data folder; they are only wrapped to
 * record whether they were reached.
 */
let dir = '';
let handlers: Handlers;
const reached: string[] = [];

const noDialogs: Dialogs = { chooseSavePath: async () => null, chooseFolder: async () => null, chooseOpenFile: async () => null, chooseOpenFiles: async () => null };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ipc-fuzz-'));
  const real = createHandlers({ paths: dataPaths(dir), dialogs: noDialogs });
  handlers = Object.fromEntries(CHANNELS.map((ch) => [ch, (input: unknown) => {
    reached.push(ch);
    return (real[ch] as (i: unknown) => Promise<unknown>)(input);
  }])) as unknown as Handlers;
});
afterAll(async () => { if (dir) await rm(dir, { recursive: true, force: true }); });

const payload = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withTypedArray: true,
  withSparseArray: true,
  withUnicodeString: true,
  key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'case', 'path', 'title', 'draft', 'caseId')),
});

const refused = (channel: Channel, input: unknown): boolean => !contract[channel].input.safeParse(input).success;

describe('dispatch against hostile payloads', () => {
  it('refuses every payload its channel does not accept, before any handler runs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), payload, async (channel, input) => {
        fc.pre(refused(channel, input));
        reached.length = 0;
        const result = await dispatch(handlers, channel, input);
        expect(result.ok).toBe(false);
        expect(!result.ok && result.error.kind).toBe('malformed-payload');
        expect(!result.ok && result.error.message).toMatch(new RegExp(`^Refused ${channel}: malformed payload`));
        expect(reached).toEqual([]);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('refuses every case id that is not a plain folder name, on every channel that takes one', async () => {
    const hostileIds = ['../x', '../../x', '..', '.', '', '/etc/passwd', 'a/b', 'a\\b', 'C:\\x', 'cowin\u0000', ' cowin', 'COWIN', 'ä', 'a'.repeat(81), '-leading', 'x.json', '%2e%2e', 'con', 42, null, ['x'], { id: 'x' }];
    const withId = CHANNELS.filter((ch) => {
      const probe = contract[ch].input.safeParse({ id: 'cowin-data-breach-2023' });
      return probe.success;
    });
    expect(withId).toContain('cases:open');
    for (const channel of withId) {
      for (const id of hostileIds) {
        // 'con' is a legal id on POSIX (Windows reserves it; the app's folder then sits beside it).
        if (id === 'con') continue;
        reached.length = 0;
        const result = await dispatch(handlers, channel, { id });
        expect(result.ok, `${channel} ${JSON.stringify(id)}`).toBe(false);
        expect(reached).toEqual([]);
      }
    }
  });

  it('an unknown channel is refused by name, whatever the payload', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), payload, async (name, input) => {
        fc.pre(!(CHANNELS as ReadonlyArray<string>).includes(name));
        reached.length = 0;
        const result = await dispatch(handlers, name, input);
        expect(!result.ok && result.error.kind).toBe('unknown-channel');
        expect(reached).toEqual([]);
      }),
      { numRuns: runs(200) },
    );
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(await dispatch(handlers, name, {})).toMatchObject({ ok: false, error: { kind: 'unknown-channel' } });
    }
  });

  it('leaves Object.prototype unpolluted and writes nothing outside the data folder', async () => {
    await dispatch(handlers, 'cases:open', JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}'));
    await dispatch(handlers, 'cases:create', JSON.parse('{"__proto__": {"polluted": true}, "title": "t"}'));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // Only the scratch data folder's own entries exist (no "x" from a traversal).
    const entries = await readdir(dir);
    expect(entries.every((e) => !e.startsWith('x'))).toBe(true);
  });
});
