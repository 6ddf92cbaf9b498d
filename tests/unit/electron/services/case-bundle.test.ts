import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCaseBundle, numbered } from '../../../../electron/services/case-bundle.ts';
import { attachEvidence, evidenceDir } from '../../../../electron/services/evidence.ts';
import { heading, paragraph } from '../../../../shared/documents/blocks.ts';
import { toDocx } from '../../../../shared/documents/to-docx.ts';
import { CASE_SCHEMA_VERSION, CaseSchema, type Case } from '../../../../shared/domain/case.ts';
import type { EvidenceFile } from '../../../../shared/domain/evidence.ts';

let root: string;
let workspace: string;
const caseId = 'cowin-breach';
const NOW = '2026-03-02T06:00:00.000Z';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'bundle-'));
  workspace = join(root, 'workspace');
  await mkdir(join(workspace, caseId), { recursive: true });
  await writeFile(join(workspace, caseId, 'case.json'), '{}');
});
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function attach(name: string, bytes: Uint8Array, addedAt: string, filingId: string | null, note: string): Promise<EvidenceFile> {
  const source = join(root, name);
  await writeFile(source, bytes);
  const result = await attachEvidence({ workspace, caseId, filingId, sourcePath: source, note, now: addedAt });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

function buildCase(evidence: ReadonlyArray<EvidenceFile>): Case {
  return CaseSchema.parse({
    schemaVersion: CASE_SCHEMA_VERSION, id: caseId, title: 'CoWIN data breach: Rajya Sabha, 21 July 2023',
    createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z', isExample: false,
    matter: { summary: '', notes: '' }, sources: [],
    question: { house: 'Rajya Sabha', kind: 'unstarred', number: '1234', date: '2023-07-21', ministry: 'Ministry of Electronics and IT', subject: 'Data breach of CoWIN', askedBy: [], parts: [] },
    analysis: { sourceId: null, analyzedAt: null, parts: [], overrides: [] }, drafts: [],
    filings: [
      {
        id: 'app', kind: 'rti-application', createdAt: '2026-01-02T00:00:00Z', publicAuthority: 'MeitY', mode: 'post',
        history: [
          { status: 'filed', date: '2026-01-03', receivedOn: '2026-01-08', note: 'Speed post EE123456789IN' },
          { status: 'refused', date: '2026-02-05', note: 'CPIO cited s.8(1)(a)\nwithout reasons' },
        ],
      },
      { id: 'fa', kind: 'rti-first-appeal', createdAt: '2026-02-06T00:00:00Z', applicationId: 'app', appellateAuthority: 'the FAA, MeitY', history: [{ status: 'filed', date: '2026-02-20' }] },
    ],
    evidence,
  });
}

type Bundle = { zip: JSZip; names: string[]; text: (name: string) => Promise<string>; bytes: (name: string) => Promise<Uint8Array> };

async function openBundle(path: string): Promise<Bundle> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const names = Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
  const bytes = async (name: string): Promise<Uint8Array> => {
    const file = zip.file(name);
    if (!file) throw new Error(`no ${name} in the bundle`);
    return file.async('uint8array');
  };
  const text = async (name: string): Promise<string> => {
    const raw = await bytes(name);
    expect([...raw.slice(0, 3)], `${name} starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = new TextDecoder('utf-8', { fatal: true }).decode(raw.slice(3));
    expect(decoded.replace(/\r\n/g, ''), `${name} uses CRLF only`).not.toMatch(/[\r\n]/);
    return decoded;
  };
  return { zip, names, text, bytes };
}

describe('exportCaseBundle', () => {
  it('writes documents, verified evidence, an index with hashes and a dated chronology into one zip', async () => {
    const reply = utf8('%PDF-1.4 CPIO reply refusing under s.8(1)(a)');
    const receipt = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]);
    // 20:00 UTC on 4 Feb is 01:30 on 5 Feb in India.
    const replyFile = await attach('CPIO reply.pdf', reply, '2026-02-04T20:00:00.000Z', 'app', 'The refusal');
    const receiptFile = await attach('receipt.jpg', receipt, '2026-01-03T10:00:00.000Z', 'app', 'Postal receipt');
    const docx = await toDocx([heading('FIRST APPEAL'), paragraph('Under section 19(1) of the RTI Act, 2005.')], { title: 'First appeal', language: 'en' });
    const out = join(root, 'bundle.zip');

    const result = await exportCaseBundle({ c: buildCase([replyFile, receiptFile]), workspace, outPath: out, documents: [{ fileName: 'First appeal: MeitY.docx', bytes: docx }], now: NOW });
    expect(result).toEqual({ ok: true, value: { path: out, entries: 5, omitted: [] } });

    const bundle = await openBundle(out);
    expect(bundle.names).toEqual([
      'chronology.txt',
      'documents/02 First appeal MeitY.docx',
      'evidence/03 CPIO reply.pdf',
      'evidence/04 receipt.jpg',
      'index.txt',
    ]);
    // Files only, no folder entries, all stamped with the time of export.
    expect(Object.values(bundle.zip.files).filter((f) => f.dir)).toEqual([]);
    expect(new Set(Object.values(bundle.zip.files).map((f) => f.date.getTime())).size).toBe(1);
    expect(await bundle.bytes('documents/02 First appeal MeitY.docx')).toEqual(docx);
    expect(await bundle.bytes('evidence/03 CPIO reply.pdf')).toEqual(reply);
    expect(await bundle.bytes('evidence/04 receipt.jpg')).toEqual(receipt);
    // The .docx is still a zip Word can open.
    expect(Object.keys((await JSZip.loadAsync(await bundle.bytes('documents/02 First appeal MeitY.docx'))).files)).toContain('word/document.xml');

    const index = await bundle.text('index.txt');
    const chronologyBytes = await bundle.bytes('chronology.txt');
    const expected: Array<[string, Uint8Array]> = [
      ['chronology.txt', chronologyBytes],
      ['documents/02 First appeal MeitY.docx', docx],
      ['evidence/03 CPIO reply.pdf', reply],
      ['evidence/04 receipt.jpg', receipt],
    ];
    expected.forEach(([name, bytes], i) => {
      const block = index.split('\r\n\r\n').find((b) => b.startsWith(`${i + 1}. ${name}\r\n`));
      expect(block, name).toBeDefined();
      expect(block).toContain(`SHA-256: ${sha256(bytes)}`);
      const exact = `${String(bytes.length).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} bytes`;
      expect(block).toMatch(new RegExp(`Size: (${exact}|\\d+\\.\\d (KB|MB) \\(${exact}\\))\r\n`));
    });
    expect(index).toContain('1. chronology.txt\r\n   What it is: Chronology of events in the case, from the case record (02.03.2026)\r\n   Added: 02.03.2026');
    expect(index).toContain('3. evidence/03 CPIO reply.pdf\r\n   What it is: Evidence: "CPIO reply.pdf" for RTI application to MeitY. The refusal. Content matches the SHA-256 recorded when it was attached.\r\n   Added: 05.02.2026');
    expect(index).toContain('Added: 03.01.2026');
    expect(index).toContain('Draft rendered as a Word document');
    expect(index).not.toContain('NOT INCLUDED');

    const chronology = await bundle.text('chronology.txt');
    const rows = chronology.split('\r\n').filter((line) => /^\s*\d+\. /.test(line));
    expect(rows).toEqual([
      '  1. 21.07.2023  Rajya Sabha Unstarred Question No. 1234 ("Data breach of CoWIN") answered by the Ministry of Electronics and IT.',
      '  2. 03.01.2026  RTI application to MeitY: Filed (received 08.01.2026). Speed post EE123456789IN',
      '  3. 03.01.2026  Evidence kept: "receipt.jpg" for RTI application to MeitY. Note: Postal receipt.',
      '  4. 05.02.2026  RTI application to MeitY: Refused. CPIO cited s.8(1)(a) / without reasons',
      '  5. 05.02.2026  Evidence kept: "CPIO reply.pdf" for RTI application to MeitY. Note: The refusal.',
      '  6. 20.02.2026  First appeal to the FAA, MeitY: Filed.',
    ]);
    expect(chronology.startsWith('CHRONOLOGY OF EVENTS\r\nIn the matter of: CoWIN data breach: Rajya Sabha, 21 July 2023\r\n')).toBe(true);
    expect(await readdir(root)).toEqual(expect.arrayContaining(['bundle.zip']));
    expect((await readdir(root)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('leaves out evidence that changed or went missing, and says so in the index and the result', async () => {
    const kept = await attach('order.pdf', utf8('FAA order: supply within 15 days'), '2026-02-25T05:00:00.000Z', 'fa', '');
    const altered = await attach('reply.pdf', utf8('reply as received'), '2026-02-05T05:00:00.000Z', 'app', '');
    const lost = await attach('receipt.jpg', utf8('receipt'), '2026-01-03T05:00:00.000Z', null, '');
    await writeFile(join(evidenceDir(workspace, caseId), altered.fileName), utf8('reply as edited!!'));
    await unlink(join(evidenceDir(workspace, caseId), lost.fileName));
    const out = join(root, 'hearing.zip');

    const result = await exportCaseBundle({ c: buildCase([kept, altered, lost]), workspace, outPath: out, documents: [], now: NOW });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.entries).toBe(3);
    expect(result.value.omitted.map((o) => o.name)).toEqual([
      `"reply.pdf" (${altered.fileName}, attached 05.02.2026)`,
      `"receipt.jpg" (${lost.fileName}, attached 03.01.2026)`,
    ]);
    const bundle = await openBundle(out);
    expect(bundle.names).toEqual(['chronology.txt', 'evidence/02 order.pdf', 'index.txt']);
    const index = await bundle.text('index.txt');
    expect(index).toContain('NOT INCLUDED');
    expect(index).toContain(`the file has changed since it was attached: it was ${altered.size} bytes with SHA-256 ${altered.sha256}, it is now 17 bytes with SHA-256 ${sha256(utf8('reply as edited!!'))}.`);
    expect(index).toContain('the file is missing from the case\'s evidence folder.');
  });

  it('keeps hostile document names inside documents/ and adds .zip to a bare name', async () => {
    const docs = ['../../escape.docx', 'CON', 'a:b*c?.docx', '.hidden.docx'].map((fileName) => ({ fileName, bytes: utf8(fileName) }));
    const result = await exportCaseBundle({ c: buildCase([]), workspace, outPath: join(root, 'named'), documents: docs, now: NOW });
    expect(result.ok && result.value.path).toBe(join(root, 'named.zip'));
    const bundle = await openBundle(join(root, 'named.zip'));
    expect(bundle.names).toEqual([
      'chronology.txt',
      'documents/02 escape.docx',
      'documents/03 CON.docx',
      'documents/04 a b c.docx',
      'documents/05 hidden.docx',
      'index.txt',
    ]);
  });

  it('refuses a bad timestamp and reports a folder that is not there', async () => {
    expect((await exportCaseBundle({ c: buildCase([]), workspace, outPath: join(root, 'x.zip'), documents: [], now: 'today' })).ok).toBe(false);
    const missing = await exportCaseBundle({ c: buildCase([]), workspace, outPath: join(root, 'no', 'x.zip'), documents: [], now: NOW });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error).toMatch(/could not be written/);
  });
});

describe('numbered', () => {
  it('prefixes the index number and keeps a safe extension, or uses the fallback', () => {
    expect(numbered(3, 'Reply from CPIO.PDF', '.bin')).toBe('03 Reply from CPIO.PDF');
    expect(numbered(12, 'no extension', '.pdf')).toBe('12 no extension.pdf');
    expect(numbered(1, '...', '.docx')).toBe('01 file.docx');
    expect(numbered(1, 'आरटीआई उत्तर.pdf', '.bin')).toBe('01 आरटीआई उत्तर.pdf');
    expect(Array.from(numbered(1, `${'क'.repeat(200)}.pdf`, '.bin'))).toHaveLength(3 + 80 + 4);
  });
});

describe('stopping a bundle', () => {
  const isAbort = (e: unknown): boolean => e instanceof Error && e.name === 'AbortError';

  it('stops between evidence files: rejects with the abort, writes no zip and leaves no temp file', async () => {
    const files = [
      await attach('one.pdf', utf8('%PDF-1.4 one'), '2026-02-04T10:00:00.000Z', 'app', ''),
      await attach('two.pdf', utf8('%PDF-1.4 two'), '2026-02-05T10:00:00.000Z', 'app', ''),
      await attach('three.pdf', utf8('%PDF-1.4 three'), '2026-02-06T10:00:00.000Z', 'app', ''),
    ];
    const controller = new AbortController();
    const progress: Array<[number, number, string]> = [];
    const out = join(root, 'bundle.zip');
    const before = await readdir(root);
    const pending = exportCaseBundle({
      c: buildCase(files), workspace, outPath: out, documents: [], now: NOW, signal: controller.signal,
      onProgress: (done, total, label) => { progress.push([done, total, label]); if (done === 1) controller.abort(); },
    });
    await expect(pending.catch((e: unknown) => isAbort(e))).resolves.toBe(true);
    // Three files and the zip are four steps; it stopped after the first.
    expect(progress).toEqual([[1, 4, 'one.pdf']]);
    expect(await readdir(root)).toEqual(before);
  });

  it('stops while the zip is being built (a large evidence file): nothing is written', async () => {
    // 8 MB of incompressible bytes: jszip streams it in 16 KB blocks, a macrotask apart.
    const big = new Uint8Array(8 * 1024 * 1024);
    for (let at = 0; at < big.length; at += 65_536) crypto.getRandomValues(big.subarray(at, at + 65_536));
    const file = await attach('scan.pdf', big, '2026-02-04T10:00:00.000Z', 'app', 'Scanned reply');
    const controller = new AbortController();
    const out = join(root, 'bundle.zip');
    const steps: number[] = [];
    // Counts turns of the event loop, to see that the build stops at once, not after its 512 blocks.
    let turns = 0;
    let abortedAt = -1;
    let counting = true;
    const count = (): void => { turns += 1; if (counting) setImmediate(count); };
    setImmediate(count);
    const pending = exportCaseBundle({
      c: buildCase([file]), workspace, outPath: out, documents: [], now: NOW, signal: controller.signal,
      // From the last evidence file to the start of the zip there is no await: the stop lands mid-build.
      onProgress: (done) => { steps.push(done); if (done === 1) setImmediate(() => { controller.abort(); abortedAt = turns; }); },
    });
    await expect(pending.catch((e: unknown) => isAbort(e))).resolves.toBe(true);
    counting = false;
    expect(abortedAt).toBeGreaterThanOrEqual(0);
    expect(turns - abortedAt).toBeLessThan(3);
    expect(steps).toEqual([1]);
    expect((await readdir(root)).filter((n) => n.startsWith('bundle.zip'))).toEqual([]);
  });

  it('reports each evidence file and the zip, and a stop asked for after the zip is written changes nothing', async () => {
    const file = await attach('reply.pdf', utf8('%PDF-1.4 reply'), '2026-02-04T10:00:00.000Z', 'app', '');
    const controller = new AbortController();
    const progress: Array<[number, number, string]> = [];
    const out = join(root, 'hearing');
    const result = await exportCaseBundle({
      c: buildCase([file]), workspace, outPath: out, documents: [], now: NOW, signal: controller.signal,
      onProgress: (done, total, label) => { progress.push([done, total, label]); if (done === total) controller.abort(); },
    });
    expect(result.ok).toBe(true);
    expect(progress).toEqual([[1, 2, 'reply.pdf'], [2, 2, 'hearing.zip']]);
    expect((await openBundle(`${out}.zip`)).names).toContain('evidence/02 reply.pdf');
  });
});
