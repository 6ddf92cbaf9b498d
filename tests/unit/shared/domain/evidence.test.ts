import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA_VERSION, CaseSchema } from '../../../../shared/domain/case.ts';
import { readCaseText } from '../../../../shared/domain/case-migrations.ts';
import { caseEvidence, EvidenceFileSchema } from '../../../../shared/domain/evidence.ts';

const record = {
  id: 'ev-20260131-0a1b2c3d4e',
  fileName: 'ev-20260131-0a1b2c3d4e.pdf',
  originalName: 'Reply from CPIO (MeitY).pdf',
  sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  size: 1234,
  addedAt: '2026-01-31T10:00:00.000Z',
  filingId: 'f1',
};

const oldCase = {
  schemaVersion: 1,
  id: 'old-case',
  title: 'Written before evidence existed',
  createdAt: '2025-01-01T00:00:00Z',
  updatedAt: '2025-01-01T00:00:00Z',
  isExample: false,
  matter: { summary: '', notes: '' },
  sources: [],
  question: null,
  analysis: { sourceId: null, analyzedAt: null, parts: [], overrides: [] },
  drafts: [],
  filings: [],
};

describe('EvidenceFileSchema', () => {
  it('accepts a record as attachEvidence makes it, and defaults the note', () => {
    const parsed = EvidenceFileSchema.parse(record);
    expect(parsed.note).toBe('');
    expect(EvidenceFileSchema.parse({ ...record, filingId: null, note: 'Speed post receipt' }).note).toBe('Speed post receipt');
  });

  it('refuses stored names that could leave the evidence folder or were not generated', () => {
    for (const fileName of ['../case.json', 'a/b.pdf', 'Reply.pdf', '.hidden', 'ev-1.tmp-123-ab.pdf', 'ev-1.toolongextension', '']) {
      expect(EvidenceFileSchema.safeParse({ ...record, fileName }).success, fileName).toBe(false);
    }
  });

  it('refuses a hash that is not 64 lower-case hex digits, and a negative or fractional size', () => {
    expect(EvidenceFileSchema.safeParse({ ...record, sha256: record.sha256.toUpperCase() }).success).toBe(false);
    expect(EvidenceFileSchema.safeParse({ ...record, sha256: record.sha256.slice(1) }).success).toBe(false);
    expect(EvidenceFileSchema.safeParse({ ...record, size: -1 }).success).toBe(false);
    expect(EvidenceFileSchema.safeParse({ ...record, size: 1.5 }).success).toBe(false);
  });
});

describe('evidence in a case', () => {
  it('reads a case file written before evidence existed (schema 1) with no evidence', () => {
    const read = readCaseText(JSON.stringify(oldCase));
    expect(read.ok && read.value.migratedFrom).toBe(1);
    expect(read.ok && caseEvidence(read.value.value)).toEqual([]);
  });

  it('keeps the evidence records of a case and checks each one', () => {
    const current = { ...oldCase, schemaVersion: CASE_SCHEMA_VERSION };
    const c = CaseSchema.parse({ ...current, evidence: [record] });
    expect(caseEvidence(c).map((file) => file.id)).toEqual([record.id]);
    expect(CaseSchema.safeParse({ ...current, evidence: [{ ...record, fileName: '../../x' }] }).success).toBe(false);
  });
});
