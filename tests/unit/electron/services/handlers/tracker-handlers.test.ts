import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs, FileFilter } from '../../../../../electron/services/dialogs.ts';
import { trackerHandlers } from '../../../../../electron/services/handlers/tracker-handlers.ts';
import { dataPaths } from '../../../../../electron/services/paths.ts';
import { createServiceContext, type ServiceContext } from '../../../../../electron/services/service-context.ts';
import { CASE_SCHEMA_VERSION, CaseSchema, type Case } from '../../../../../shared/domain/case.ts';
import type { Draft } from '../../../../../shared/domain/draft.ts';
import { EvidenceFileSchema } from '../../../../../shared/domain/evidence.ts';
import { createHandlers } from '../../../../../electron/services/app-services.ts';
import { dispatch } from '../../../../../shared/ipc/dispatch.ts';

/**
 * The tracker's channels on real files: a temp data folder with a real workspace, and dialogs
 * answered from a script (as the e2e bridge does), so each test sees what main would write.
 */
let dir: string;
beforeEach(async () => { dir = await mkdtemp(join(tmpdir(), 'tracker-handlers-')); });
afterEach(async () => { await rm(dir, { recursive: true, force: true }); });

// 20:00 UTC on 10 Feb is 01:30 on 11 Feb in India: deadlines are Indian calendar days.
const NOW = '2026-02-10T20:00:00.000Z';
const TODAY_IN_INDIA = '2026-02-11';

type Script = { save: Array<string | null>; open: Array<string | null>; asked: Array<{ title: string; filters: ReadonlyArray<FileFilter> }> };

function scripted(): { dialogs: Dialogs; script: Script } {
  const script: Script = { save: [], open: [], asked: [] };
  const dialogs: Dialogs = {
    chooseSavePath: async ({ title, filters }) => { script.asked.push({ title, filters }); return script.save.shift() ?? null; },
    chooseFolder: async () => null,
    chooseOpenFile: async ({ title, filters }) => { script.asked.push({ title, filters }); return script.open.shift() ?? null; },
    chooseOpenFiles: async () => null,
  };
  return { dialogs, script };
}

function setup(): { ctx: ServiceContext; handlers: ReturnType<typeof trackerHandlers>; script: Script } {
  const { dialogs, script } = scripted();
  const ctx = createServiceContext({ paths: dataPaths(dir), dialogs, now: () => NOW });
  return { ctx, handlers: trackerHandlers(ctx), script };
}

function caseWith(id: string, filings: ReadonlyArray<Record<string, unknown>>, drafts: ReadonlyArray<Draft> = []): Case {
  return CaseSchema.parse({
    schemaVersion: CASE_SCHEMA_VERSION, id, title: `Case ${id}`, createdAt: NOW, updatedAt: NOW, isExample: false,
    matter: { summary: '', notes: '' }, sources: [], question: null,
    analysis: { sourceId: null, analyzedAt: null, parts: [], overrides: [] },
    drafts,
    filings: filings.map((f) => ({ createdAt: NOW, ...f })),
    evidence: [],
  });
}

// Sent by post on 3 Jan 2026: received 8 Jan with the default 5-day allowance, reply due 7 Feb (s.7(1)).
const POSTED = { id: 'app-1', kind: 'rti-application', publicAuthority: 'MeitY', mode: 'post', registrationNumber: 'EK123456789IN', history: [{ status: 'filed', date: '2026-01-03' }] };

async function store(ctx: ServiceContext, c: Case): Promise<void> {
  const created = await (await ctx.caseStore()).create(c);
  if (!created.ok) throw new Error(created.error);
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('tracker settings', () => {
  it('gives today in India and the default postal allowance, and keeps a changed allowance in settings.json', async () => {
    const { handlers } = setup();
    expect(await handlers['tracker:settings-get']({})).toEqual({ today: TODAY_IN_INDIA, postalDeliveryDays: 5 });
    expect(await handlers['tracker:settings-set']({ postalDeliveryDays: 9 })).toEqual({ ok: true, settings: { today: TODAY_IN_INDIA, postalDeliveryDays: 9 } });
    const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'));
    expect(onDisk.tracker).toEqual({ postalDeliveryDays: 9 });
    // A fresh context (the next start) reads it back.
    expect((await setup().handlers['tracker:settings-get']({})).postalDeliveryDays).toBe(9);
  });

  it('refuses an allowance outside 0..60 at the IPC boundary', async () => {
    const all = createHandlers({ paths: dataPaths(dir), dialogs: scripted().dialogs, now: () => NOW });
    const refused = await dispatch(all, 'tracker:settings-set', { postalDeliveryDays: 61 });
    expect(refused.ok).toBe(false);
    const fractional = await dispatch(all, 'tracker:settings-set', { postalDeliveryDays: 2.5 });
    expect(fractional.ok).toBe(false);
  });

  it('does not overwrite an unreadable settings file', async () => {
    await writeFile(join(dir, 'settings.json'), '{ not json');
    const { handlers } = setup();
    const result = await handlers['tracker:settings-set']({ postalDeliveryDays: 7 });
    expect(result.ok).toBe(false);
    expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe('{ not json');
  });
});

describe('tracker overview', () => {
  it('lists every case with its filings, and reports an unreadable case instead of hiding it', async () => {
    const { ctx, handlers } = setup();
    await store(ctx, caseWith('alpha', [POSTED]));
    await store(ctx, caseWith('beta', []));
    const broken = join((await ctx.caseStore()).workspace, 'gamma');
    await rm(broken, { recursive: true, force: true });
    await mkdir(broken);
    await writeFile(join(broken, 'case.json'), '{ broken');
    const overview = await handlers['tracker:overview']({});
    expect(overview.settings).toEqual({ today: TODAY_IN_INDIA, postalDeliveryDays: 5 });
    expect(overview.cases.map((c) => [c.caseId, c.filings.map((f) => f.id)]).sort()).toEqual([['alpha', ['app-1']], ['beta', []]]);
    expect(overview.problems.map((p) => p.file)).toEqual([join('gamma', 'case.json')]);
  });
});

describe('tracker:export-ics', () => {
  it('writes every open deadline of every case to the file the save dialog names, with the user\'s postal allowance', async () => {
    const { ctx, handlers, script } = setup();
    await store(ctx, caseWith('alpha', [POSTED]));
    script.save.push(join(dir, 'my deadlines'));
    const first = await handlers['tracker:export-ics']({});
    // Reply due 7 Feb has passed (overdue, still open); the first appeal is due 30 days later, 9 Mar.
    expect(first).toEqual({ kind: 'saved', fileName: 'my deadlines.ics', events: 3 });
    expect(script.asked[0]?.filters).toEqual([{ name: 'Calendar (iCalendar)', extensions: ['ics'] }]);
    const text = await readFile(join(dir, 'my deadlines.ics'), 'utf8');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(text).toContain('DTSTART;VALUE=DATE:20260207');
    expect(text).toContain('DTSTART;VALUE=DATE:20260309');

    // With 9 days for the post, receipt is 12 Jan and the reply due 11 Feb (today, so not yet overdue).
    await handlers['tracker:settings-set']({ postalDeliveryDays: 9 });
    script.save.push(join(dir, 'again.ics'));
    expect(await handlers['tracker:export-ics']({})).toMatchObject({ kind: 'saved', fileName: 'again.ics' });
    const again = await readFile(join(dir, 'again.ics'), 'utf8');
    expect(again).toContain('DTSTART;VALUE=DATE:20260211');
    expect(again).not.toContain('DTSTART;VALUE=DATE:20260207');
  });

  it('writes nothing when the dialog is canceled, and says why when the folder cannot be written', async () => {
    const { ctx, handlers, script } = setup();
    await store(ctx, caseWith('alpha', [POSTED]));
    expect(await handlers['tracker:export-ics']({})).toEqual({ kind: 'canceled' });
    expect((await readdir(dir)).filter((n) => n.endsWith('.ics'))).toEqual([]);
    script.save.push(join(dir, 'no-such-folder', 'x.ics'));
    const failed = await handlers['tracker:export-ics']({});
    expect(failed.kind).toBe('failed');
  });
});

describe('tracker evidence', () => {
  it('attaches the file the open dialog names: copied into the case folder, hashed, record returned; verify sees changes', async () => {
    const { ctx, handlers, script } = setup();
    await store(ctx, caseWith('alpha', [POSTED]));
    const bytes = new TextEncoder().encode('Speed post receipt EK123456789IN, 03.01.2026');
    const source = join(dir, 'Postal receipt.txt');
    await writeFile(source, bytes);
    script.open.push(source);

    const attached = await handlers['tracker:attach-evidence']({ caseId: 'alpha', filingId: 'app-1', note: 'receipt' });
    if (attached.kind !== 'attached') throw new Error(`not attached: ${JSON.stringify(attached)}`);
    const record = EvidenceFileSchema.parse(attached.evidence);
    expect(record).toMatchObject({ originalName: 'Postal receipt.txt', sha256: sha256(bytes), size: bytes.length, addedAt: NOW, filingId: 'app-1', note: 'receipt' });
    const stored = join((await ctx.caseStore()).workspace, 'alpha', 'evidence', record.fileName);
    expect(new Uint8Array(await readFile(stored))).toEqual(bytes);

    expect(await handlers['tracker:verify-evidence']({ caseId: 'alpha', files: [record] })).toEqual({ results: [{ id: record.id, check: { kind: 'ok' } }] });
    await writeFile(stored, 'Speed post receipt EK999999999IN, 03.01.2026');
    const changed = await handlers['tracker:verify-evidence']({ caseId: 'alpha', files: [record] });
    expect(changed.results[0]?.check.kind).toBe('mismatch');
    await unlink(stored);
    expect((await handlers['tracker:verify-evidence']({ caseId: 'alpha', files: [record] })).results[0]?.check).toEqual({ kind: 'missing' });
  });

  it('answers canceled when no file is chosen, and failed for a file that is gone or a case that does not exist', async () => {
    const { ctx, handlers, script } = setup();
    await store(ctx, caseWith('alpha', []));
    expect(await handlers['tracker:attach-evidence']({ caseId: 'alpha', filingId: null, note: '' })).toEqual({ kind: 'canceled' });
    script.open.push(join(dir, 'vanished.pdf'));
    const gone = await handlers['tracker:attach-evidence']({ caseId: 'alpha', filingId: null, note: '' });
    expect(gone).toEqual({ kind: 'failed', message: '"vanished.pdf" was not found.' });
    const source = join(dir, 'reply.pdf');
    await writeFile(source, '%PDF-1.4 reply');
    script.open.push(source);
    const noCase = await handlers['tracker:attach-evidence']({ caseId: 'nobody', filingId: null, note: '' });
    expect(noCase).toEqual({ kind: 'failed', message: 'There is no case "nobody" in the workspace.' });
  });
});

function firstAppeal(id: string, fields: Record<string, string>): Draft {
  return { id, kind: 'rti-first-appeal', title: `First appeal ${id}`, language: 'en', createdAt: NOW, updatedAt: NOW, forParts: ['b'], fields, points: ['Copies of the file notings on the breach, with their dates.'] };
}

describe('tracker:export-bundle', () => {
  it('zips every complete draft as .docx with the evidence, an index and a chronology; incomplete drafts are named, not dropped silently', async () => {
    const { ctx, handlers, script } = setup();
    const complete = firstAppeal('d1', {
      publicAuthority: 'Ministry of Electronics and Information Technology', pioAddress: 'Electronics Niketan, New Delhi', subject: 'CoWIN data breach',
      applicantName: 'Asha Verma', applicantAddress: '12 Example Lane, New Delhi', applicationDate: '2026-01-03', applicationRef: 'EK123456789IN', ground: 'no-reply', place: 'New Delhi',
    });
    const incomplete = firstAppeal('d2', { publicAuthority: 'MeitY' });
    const c = caseWith('alpha', [POSTED], [complete, incomplete]);
    await store(ctx, c);
    const source = join(dir, 'receipt.txt');
    await writeFile(source, 'Speed post receipt EK123456789IN');
    script.open.push(source);
    const attached = await handlers['tracker:attach-evidence']({ caseId: 'alpha', filingId: 'app-1', note: '' });
    if (attached.kind !== 'attached') throw new Error('not attached');

    script.save.push(join(dir, 'hearing'));
    const result = await handlers['tracker:export-bundle']({ case: { ...c, evidence: [EvidenceFileSchema.parse(attached.evidence)] } });
    if (result.kind !== 'saved') throw new Error(`not saved: ${JSON.stringify(result)}`);
    expect(result.fileName).toBe('hearing.zip');
    expect(result.omitted).toEqual([]);
    expect(result.skippedDrafts).toEqual([{ title: 'First appeal d2', missing: expect.arrayContaining(["Applicant's name"]) }]);
    expect(script.asked.at(-1)?.filters).toEqual([{ name: 'Zip archive', extensions: ['zip'] }]);

    const zip = await JSZip.loadAsync(await readFile(join(dir, 'hearing.zip')));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir).sort();
    expect(names).toHaveLength(result.entries);
    expect(names).toEqual(expect.arrayContaining(['index.txt', 'chronology.txt']));
    const docx = names.find((n) => n.startsWith('documents/') && n.endsWith('.docx'));
    expect(docx).toContain('First appeal d1');
    expect(names.some((n) => n.startsWith('evidence/') && n.endsWith('receipt.txt'))).toBe(true);
    // The .docx is a real Word file whose body names the application's registration number.
    const inner = await JSZip.loadAsync(await zip.file(docx ?? '')?.async('uint8array') ?? new Uint8Array());
    expect(await inner.file('word/document.xml')?.async('string')).toContain('EK123456789IN');
    const index = await zip.file('index.txt')?.async('string');
    expect(index).toContain(attached.evidence.sha256);
  });

  it('refuses a case that is not in the workspace, and writes nothing when canceled', async () => {
    const { ctx, handlers } = setup();
    const c = caseWith('alpha', []);
    expect(await handlers['tracker:export-bundle']({ case: c })).toEqual({ kind: 'failed', message: 'There is no case "alpha" in the workspace.' });
    await store(ctx, c);
    expect(await handlers['tracker:export-bundle']({ case: c })).toEqual({ kind: 'canceled' });
  });
});

describe('assurances from session digests', () => {
  async function digestWithAssurance(ctx: ServiceContext): Promise<void> {
    const { indexFor } = await import('../../../../../electron/services/index-db/index-registry.ts');
    const { ensureDigest, recordFile } = await import('../../../../../electron/services/digest/digest-store.ts');
    const { digestReply, replyKey } = await import('../../../../../shared/digest/digest-row.ts');
    const { output } = await import('../../../shared/digest/fixtures.ts');
    const db = indexFor(ctx.paths.dataDir).db;
    ensureDigest(db, { id: 'folder-s', title: 'Winter session', createdAt: NOW });
    const reply = digestReply(output(['answered', { status: 'deferred', assuranceDue: '2026-02-20' }], { number: '31', date: '2025-11-20', ministry: 'Railways', subject: 'Kavach' }));
    recordFile(db, 'folder-s', { kind: 'reply', file: 'q31.txt', fileName: 'q31.txt', stamp: { size: 1, mtimeMs: 1 }, reply, replyKey: replyKey(reply), textKey: 'k31', text: 'text' });
  }
  afterEach(async () => { (await import('../../../../../electron/services/index-db/index-registry.ts')).closeIndexes(); });

  it('are on the overview with their due date and source, and in the dashboard’s .ics', async () => {
    const { ctx, handlers, script } = setup();
    await digestWithAssurance(ctx);
    const overview = await handlers['tracker:overview']({});
    expect(overview.digestAssurances).toEqual([expect.objectContaining({
      digestTitle: 'Winter session', file: 'q31.txt', house: 'Lok Sabha', number: '31', answeredOn: '2025-11-20', dueBy: '2026-02-20', label: 'b',
      rule: expect.objectContaining({ section: 'OAMS (ii)', source: 'https://oams.nic.in/' }),
    })]);
    script.save.push(join(dir, 'all.ics'));
    expect(await handlers['tracker:export-ics']({})).toMatchObject({ kind: 'saved', events: 1 });
    const text = await readFile(join(dir, 'all.ics'), 'utf8');
    expect(text).toContain('DTSTART;VALUE=DATE:20260220');
    expect(text).toContain('SUMMARY:Assurance due: LS Q 31 of 20.11.2025\\, part (b): Kavach');
    expect(text.replace(/\r\n /g, '')).toContain('Found in the session digest “Winter session”\\, file q31.txt.');
  });
});

describe('native dialogs in the interface language', () => {
  it('titles the calendar export and names its filter in Hindi when settings say Hindi, and in English otherwise', async () => {
    const { ctx, handlers, script } = setup();
    script.save.push(null);
    expect(await handlers['tracker:export-ics']({})).toEqual({ kind: 'canceled' });
    expect(script.asked[0]).toEqual({ title: 'Export deadlines to a calendar', filters: [{ name: 'Calendar (iCalendar)', extensions: ['ics'] }] });

    const seen: string[] = [];
    ctx.events.on((e) => seen.push(e.kind === 'language-changed' ? e.language : e.kind));
    await ctx.updateSettings({ language: 'hi' });
    expect(seen).toEqual(['hi']);
    script.save.push(null);
    expect(await handlers['tracker:export-ics']({})).toEqual({ kind: 'canceled' });
    const asked = script.asked[1];
    expect(asked?.title).toBe('समय-सीमाएँ कैलेंडर में निर्यात करें');
    expect(asked?.filters).toEqual([{ name: 'कैलेंडर (आई-कैलेंडर)', extensions: ['ics'] }]);
    for (const text of [asked?.title ?? '', ...(asked?.filters ?? []).map((f) => f.name)]) expect(text).not.toMatch(/[A-Za-z]/);

    // The evidence picker too: its title and both filter names.
    script.open.push(null);
    expect(await handlers['tracker:attach-evidence']({ caseId: 'none', filingId: 'none', note: '' })).toEqual({ kind: 'canceled' });
    const evidence = script.asked[2];
    for (const text of [evidence?.title ?? '', ...(evidence?.filters ?? []).map((f) => f.name)]) expect(text).toMatch(/^[^A-Za-z]+$/);
  });
});
