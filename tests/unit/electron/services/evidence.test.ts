import { createHash, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, symlink, truncate, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { attachEvidence, evidenceDir, MAX_EVIDENCE_BYTES, readVerifiedEvidence, verifyEvidence } from '../../../../electron/services/evidence.ts';
import { EvidenceFileSchema, type EvidenceFile } from '../../../../shared/domain/evidence.ts';

let root: string;
let workspace: string;
let outside: string;
const caseId = 'cowin-breach';
const now = '2026-01-31T20:00:00.000Z';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'evidence-'));
  workspace = join(root, 'workspace');
  outside = join(root, 'outside');
  await mkdir(join(workspace, caseId), { recursive: true });
  await writeFile(join(workspace, caseId, 'case.json'), '{}');
  await mkdir(outside);
});
afterEach(async () => { await rm(root, { recursive: true, force: true }); });

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

async function attached(name: string, bytes: Uint8Array, extra: { filingId?: string | null; note?: string } = {}): Promise<EvidenceFile> {
  const source = join(outside, name);
  await writeFile(source, bytes);
  const result = await attachEvidence({ workspace, caseId, filingId: extra.filingId ?? null, sourcePath: source, note: extra.note, now });
  if (!result.ok) throw new Error(result.error);
  return result.value;
}

describe('attachEvidence', () => {
  it('copies the file into the case\'s evidence folder under a generated name, with its SHA-256', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4 reply of the CPIO, MeitY\n');
    const source = join(outside, 'Reply from CPIO (MeitY).PDF');
    await writeFile(source, bytes);
    const result = await attachEvidence({ workspace, caseId, filingId: 'f1', sourcePath: source, note: '  Received by speed post  ', now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const file = result.value;
    // The day in India: 20:00 UTC on 31 Jan is 01:30 on 1 Feb in Delhi.
    expect(file.id).toMatch(/^ev-20260201-[0-9a-f]{10}$/);
    expect(file.fileName).toBe(`${file.id}.pdf`);
    expect(file).toEqual({
      id: file.id,
      fileName: file.fileName,
      originalName: 'Reply from CPIO (MeitY).PDF',
      sha256: sha256(bytes),
      size: bytes.length,
      addedAt: now,
      filingId: 'f1',
      note: 'Received by speed post',
    });
    expect(EvidenceFileSchema.parse(file)).toEqual(file);
    expect(new Uint8Array(await readFile(join(evidenceDir(workspace, caseId), file.fileName)))).toEqual(bytes);
    // the source is left where it was
    expect(new Uint8Array(await readFile(source))).toEqual(bytes);
  });

  it('hashes a file of several chunks correctly and leaves no temp file behind', async () => {
    const bytes = new Uint8Array(randomBytes(3.5 * 1024 * 1024 + 17));
    const file = await attached('screenshot.png', bytes);
    expect(file.sha256).toBe(sha256(bytes));
    expect(file.size).toBe(bytes.length);
    expect(await readdir(evidenceDir(workspace, caseId))).toEqual([file.fileName]);
  });

  it('keeps a second copy of the same file as a separate file, never overwriting the first', async () => {
    const bytes = new TextEncoder().encode('postal receipt');
    const first = await attached('receipt.jpg', bytes);
    const second = await attached('receipt.jpg', bytes);
    expect(second.fileName).not.toBe(first.fileName);
    expect((await readdir(evidenceDir(workspace, caseId))).sort()).toEqual([first.fileName, second.fileName].sort());
  });

  it('drops an extension that is not short and plain', async () => {
    const file = await attached('notes.tar.gz%20', new TextEncoder().encode('x'));
    expect(file.fileName).toBe(file.id);
    const noExt = await attached('README', new TextEncoder().encode('y'));
    expect(noExt.fileName).toBe(noExt.id);
  });

  it('refuses a symbolic link, a folder and an empty file, and copies nothing', async () => {
    const real = join(outside, 'real.pdf');
    await writeFile(real, 'content');
    const link = join(outside, 'link.pdf');
    await symlink(real, link);
    const empty = join(outside, 'empty.pdf');
    await writeFile(empty, '');
    const cases: Array<[string, RegExp]> = [[link, /symbolic link/], [outside, /not a regular file/], [empty, /empty/], [join(outside, 'absent.pdf'), /not found/]];
    for (const [sourcePath, message] of cases) {
      const result = await attachEvidence({ workspace, caseId, filingId: null, sourcePath, now });
      expect(result.ok, sourcePath).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    }
    expect(await readdir(join(workspace, caseId))).toEqual(['case.json']);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO without blocking on it', async () => {
    const fifo = join(outside, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const result = await attachEvidence({ workspace, caseId, filingId: null, sourcePath: fifo, now });
    expect(result).toEqual({ ok: false, error: '"pipe" is not a regular file.' });
  });

  it('refuses a file over the size limit', async () => {
    const big = join(outside, 'video.mp4');
    await writeFile(big, '');
    await truncate(big, MAX_EVIDENCE_BYTES + 1); // sparse: no 100 MB written
    const result = await attachEvidence({ workspace, caseId, filingId: null, sourcePath: big, now });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/more than the 100 MB/);
    expect(await readdir(join(workspace, caseId))).toEqual(['case.json']);
  });

  it('refuses a case that is not there, an id that could escape the workspace, and a bad timestamp', async () => {
    const source = join(outside, 'a.pdf');
    await writeFile(source, 'a');
    const missing = await attachEvidence({ workspace, caseId: 'no-such-case', filingId: null, sourcePath: source, now });
    expect(missing).toEqual({ ok: false, error: 'There is no case "no-such-case" in the workspace.' });
    const escape = await attachEvidence({ workspace, caseId: '../outside', filingId: null, sourcePath: source, now });
    expect(escape.ok).toBe(false);
    const badNow = await attachEvidence({ workspace, caseId, filingId: null, sourcePath: source, now: 'yesterday' });
    expect(badNow.ok).toBe(false);
    expect(await readdir(outside)).toEqual(['a.pdf']);
  });
});

describe('verifyEvidence', () => {
  it('reports ok for an untouched file, and gives back its bytes for a bundle', async () => {
    const bytes = new TextEncoder().encode('first appellate order');
    const file = await attached('order.pdf', bytes);
    expect(await verifyEvidence(workspace, caseId, file)).toEqual({ kind: 'ok' });
    const read = await readVerifiedEvidence(workspace, caseId, file);
    expect(read.check).toEqual({ kind: 'ok' });
    expect(read.bytes).toEqual(bytes);
  });

  it('reports a changed byte as a mismatch with the new hash', async () => {
    const file = await attached('order.pdf', new TextEncoder().encode('ordered: supply within 15 days'));
    const path = join(evidenceDir(workspace, caseId), file.fileName);
    const changed = new TextEncoder().encode('ordered: supply within 45 days');
    await writeFile(path, changed);
    expect(await verifyEvidence(workspace, caseId, file)).toEqual({ kind: 'mismatch', size: changed.length, sha256: sha256(changed) });
    expect((await readVerifiedEvidence(workspace, caseId, file)).bytes).toBeNull();
  });

  it('reports a file that grew as a mismatch by size, and a deleted one as missing', async () => {
    const file = await attached('receipt.jpg', new TextEncoder().encode('receipt'));
    const path = join(evidenceDir(workspace, caseId), file.fileName);
    await appendFile(path, '!');
    expect(await verifyEvidence(workspace, caseId, file)).toEqual({ kind: 'mismatch', size: file.size + 1, sha256: null });
    await unlink(path);
    expect(await verifyEvidence(workspace, caseId, file)).toEqual({ kind: 'missing' });
  });

  it('does not follow a symlink put in place of the file, nor a record whose name leaves the folder', async () => {
    const file = await attached('receipt.jpg', new TextEncoder().encode('receipt'));
    const path = join(evidenceDir(workspace, caseId), file.fileName);
    await unlink(path);
    await writeFile(join(outside, 'other'), 'receipt');
    await symlink(join(outside, 'other'), path);
    expect((await verifyEvidence(workspace, caseId, file)).kind).toBe('unreadable');
    const escaping = { ...file, fileName: '../case.json' };
    expect((await verifyEvidence(workspace, caseId, escaping)).kind).toBe('unreadable');
  });
});
