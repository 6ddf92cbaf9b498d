import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaseStore } from '../../../../electron/services/case-store.ts';
import { createAppServices } from '../../../../electron/services/app-services.ts';
import type { Dialogs } from '../../../../electron/services/dialogs.ts';
import {
  foldNotifications,
  MAX_SEPARATE_NOTIFICATIONS,
  sentFilePath,
  type NotificationToShow,
  notificationTexts,
} from '../../../../electron/services/notification-schedule.ts';
import { dataPaths, type DataPaths } from '../../../../electron/services/paths.ts';
import { CASE_SCHEMA_VERSION, CaseSchema, type Case } from '../../../../shared/domain/case.ts';
import type { DueNotification } from '../../../../shared/filings/notifications.ts';
import { msg } from '../../../../shared/messages/message.ts';

/**
 * The notification schedule on a real data folder: cases on disk, the sent-record written and read
 * back, the clock moved from one day to the next as the hourly timer would see it.
 */
let dir: string;
let paths: DataPaths;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'notify-'));
  paths = dataPaths(dir);
});
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

function caseWith(id: string, filings: ReadonlyArray<Record<string, unknown>>): Case {
  return CaseSchema.parse({
    schemaVersion: CASE_SCHEMA_VERSION, id, title: `Case ${id}`, createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', isExample: false,
    matter: { summary: '', notes: '' }, sources: [], question: null,
    analysis: { sourceId: null, analyzedAt: null, parts: [], overrides: [] }, drafts: [],
    filings: filings.map((f) => ({ createdAt: '2026-01-01T00:00:00Z', ...f })),
    evidence: [],
  });
}

async function put(c: Case): Promise<void> {
  const store = createCaseStore(paths.defaultWorkspace);
  const result = (await store.exists(c.id)) ? await store.save(c) : await store.create(c);
  if (!result.ok) throw new Error(result.error);
}

const NO_DIALOGS: Dialogs = {
  chooseSavePath: async () => null,
  chooseOpenFile: async () => null,
  chooseOpenFiles: async () => null,
  chooseFolder: async () => null,
} satisfies Dialogs;

async function check(now: string): Promise<{ shown: NotificationToShow[]; problems: ReadonlyArray<string> }> {
  const shown: NotificationToShow[] = [];
  // Through the composition root: the same settings, case store and clock the handlers use.
  const services = createAppServices({ paths, dialogs: NO_DIALOGS, now: () => now });
  const result = await services.checkNotifications((n) => shown.push(n));
  return { shown, problems: result.problems };
}

async function sentKeys(): Promise<string[]> {
  return JSON.parse(await readFile(sentFilePath(paths), 'utf8')).keys;
}

// Filed online 3 Jan 2026: reply due 2 Feb (s.7(1)), first appeal by 4 Mar (s.19(1)).
const ONLINE = { id: 'app', kind: 'rti-application', publicAuthority: 'MeitY', registrationNumber: 'MOEIT/R/E/26/00012', history: [{ status: 'filed', date: '2026-01-03' }] };

describe('runNotificationCheck', () => {
  it('shows a deadline on its day once, then the overdue stage once the next day, and records both', async () => {
    await put(caseWith('alpha', [ONLINE]));
    // 10:00 IST on 2 Feb: the reply's last day.
    const first = await check('2026-02-02T04:30:00.000Z');
    expect(first.problems).toEqual([]);
    expect(first.shown).toEqual([{ title: 'Reply due today (02.02.2026)', body: expect.stringContaining('RTI application to MeitY (MOEIT/R/E/26/00012)'), caseId: 'alpha' }]);
    expect(await sentKeys()).toEqual(['alpha/app/reply-due/2026-02-02/due-today']);

    // An hour later: nothing new.
    expect((await check('2026-02-02T05:30:00.000Z')).shown).toEqual([]);

    // 20:00 UTC on 2 Feb is already 3 Feb in India: the reply is overdue.
    const next = await check('2026-02-02T20:00:00.000Z');
    expect(next.shown.map((n) => n.title)).toEqual(['Reply due 02.02.2026 has passed with nothing recorded']);
    expect(await sentKeys()).toEqual(['alpha/app/reply-due/2026-02-02/due-today', 'alpha/app/reply-due/2026-02-02/overdue']);
    expect((await check('2026-02-03T09:00:00.000Z')).shown).toEqual([]);
  });

  it('forgets the keys of deadlines that are no longer open, so the record does not grow for ever', async () => {
    await put(caseWith('alpha', [ONLINE]));
    await check('2026-02-03T04:30:00.000Z');
    expect(await sentKeys()).toEqual(['alpha/app/reply-due/2026-02-02/overdue']);
    // The reply came on 4 Feb: the reply deadline is settled, and its key dropped.
    await put(caseWith('alpha', [{ ...ONLINE, history: [...ONLINE.history, { status: 'replied', date: '2026-02-04' }] }]));
    const after = await check('2026-02-05T04:30:00.000Z');
    expect(after.shown).toEqual([]);
    expect(await sentKeys()).toEqual([]);
  });

  it('folds many at once into a summary after the first few, and records every one', async () => {
    const filings = Array.from({ length: 5 }, (_, i) => ({ ...ONLINE, id: `app-${i}`, registrationNumber: `R/${i}` }));
    await put(caseWith('alpha', filings));
    const { shown } = await check('2026-02-03T04:30:00.000Z');
    expect(shown).toHaveLength(MAX_SEPARATE_NOTIFICATIONS);
    expect(shown.at(-1)).toEqual({ title: '3 more deadlines need attention', body: '3 of them overdue. Open the dashboard to see them all.', caseId: null });
    expect(await sentKeys()).toHaveLength(5);
    expect((await check('2026-02-03T05:30:00.000Z')).shown).toEqual([]);
  });

  it('reads the workspace the settings name, with the user\'s postal allowance', async () => {
    const elsewhere = join(dir, 'cases-elsewhere');
    await mkdir(dir, { recursive: true });
    await writeFile(paths.settingsFile, JSON.stringify({ settingsVersion: 1, workspace: elsewhere, exampleSeeded: true, lastOpenCaseId: null, tracker: { postalDeliveryDays: 10 } }));
    const store = createCaseStore(elsewhere);
    // Posted 3 Jan: received 13 Jan with 10 days for the post, reply due 12 Feb.
    const created = await store.create(caseWith('posted', [{ ...ONLINE, mode: 'post' }]));
    expect(created.ok).toBe(true);
    expect((await check('2026-02-07T04:30:00.000Z')).shown).toEqual([]);
    expect((await check('2026-02-12T04:30:00.000Z')).shown.map((n) => n.title)).toEqual(['Reply due today (12.02.2026)']);
  });

  it('reports an unreadable sent-record and a broken case, and still works', async () => {
    await put(caseWith('alpha', [ONLINE]));
    await mkdir(join(paths.defaultWorkspace, 'broken'), { recursive: true });
    await writeFile(join(paths.defaultWorkspace, 'broken', 'case.json'), '{ nope');
    await writeFile(sentFilePath(paths), 'not json');
    const result = await check('2026-02-02T04:30:00.000Z');
    expect(result.shown.map((n) => n.title)).toEqual(['Reply due today (02.02.2026)']);
    expect(result.problems).toEqual([
      expect.stringContaining(join('broken', 'case.json')),
      'The record of notifications shown was not in the expected form; it will be replaced.',
    ]);
    expect(await sentKeys()).toEqual(['alpha/app/reply-due/2026-02-02/due-today']);
  });
});

describe('foldNotifications', () => {
  const due = (n: number): DueNotification[] => Array.from({ length: n }, (_, i) => ({
    key: `k${i}`, title: msg('deadlineKind.reply-due'), body: [`B${i}`, msg('notify.next', { action: msg('action.close') })], caseId: `c${i}`, filingId: `f${i}`, stage: i % 2 === 0 ? 'overdue' : 'due-today',
  }));
  it('shows up to the limit separately and folds the rest into one', () => {
    expect(foldNotifications([])).toEqual([]);
    expect(foldNotifications(due(MAX_SEPARATE_NOTIFICATIONS)).map((n) => n.title)).toEqual(['Reply due', 'Reply due', 'Reply due']);
    expect(foldNotifications(due(1))[0]?.body).toBe('B0\nNext: Close the filing');
    const folded = foldNotifications(due(4));
    expect(folded.map((n) => n.title)).toEqual(['Reply due', 'Reply due', '2 more deadlines need attention']);
    expect(folded[2]?.body).toBe('1 of them overdue. Open the dashboard to see them all.');
  });

  it('speaks Hindi when Hindi is the interface language, with the count agreeing', () => {
    const folded = foldNotifications(due(4), notificationTexts('hi'));
    expect(folded.map((n) => n.title)).toEqual(['उत्तर की अंतिम तिथि', 'उत्तर की अंतिम तिथि', '2 और समय-सीमाओं पर ध्यान देना है']);
    expect(folded[0]?.body).toBe('B0\nआगे: दाखिला बंद करें');
    expect(folded[2]?.body).toBe('इनमें से 1 की तिथि बीत चुकी है। सभी देखने के लिए डैशबोर्ड खोलें।');
    expect(foldNotifications(due(5), notificationTexts('hi'))[2]?.title).toBe('3 और समय-सीमाओं पर ध्यान देना है');
  });
});
