import { describe, expect, it } from 'vitest';
import { readCaseText } from '../../../../shared/domain/case-migrations.ts';
import { buildCowinCase } from '../../../../shared/example/cowin-case.ts';

const c = buildCowinCase('2026-11-22T10:00:00.000Z', []);

describe('readCaseText', () => {
  it('reads a current case', () => {
    const read = readCaseText(JSON.stringify(c));
    expect(read.ok && read.value).toEqual({ value: c, migratedFrom: null });
  });
  it('migrates version 1 (no evidence list) to the current schema', () => {
    const { evidence: _none, ...v1 } = { ...c, schemaVersion: 1 };
    const read = readCaseText(JSON.stringify(v1));
    expect(read.ok && read.value).toEqual({ value: c, migratedFrom: 1 });
  });
  it('keeps an early optional evidence list when migrating version 1', () => {
    const file = { id: 'e1', fileName: '01-reply.pdf', originalName: 'reply.pdf', sha256: 'a'.repeat(64), size: 10, addedAt: '2026-01-01T00:00:00Z', filingId: null, note: '' };
    const read = readCaseText(JSON.stringify({ ...c, schemaVersion: 1, evidence: [file] }));
    expect(read.ok && read.value.value.evidence).toHaveLength(1);
  });
  it('names truncation', () => {
    const read = readCaseText(JSON.stringify(c).slice(0, 200));
    expect(!read.ok && read.error.kind).toBe('not-json');
  });
  it('names a file without a schema version', () => {
    const read = readCaseText('{"hello": "world"}');
    expect(!read.ok && read.error.message).toMatch(/no valid schemaVersion/);
  });
  it('names a newer version', () => {
    const read = readCaseText(JSON.stringify({ ...c, schemaVersion: 7 }));
    expect(!read.ok && read.error).toEqual(expect.objectContaining({ kind: 'newer-version', version: 7 }));
  });
  it('names the failing path of an invalid case', () => {
    const read = readCaseText(JSON.stringify({ ...c, drafts: [{ id: 1 }] }));
    expect(!read.ok && read.error.message).toMatch(/drafts\.0\./);
  });
  it('rejects JSON that is not an object', () => {
    expect(readCaseText('[1,2]').ok).toBe(false);
    expect(readCaseText('null').ok).toBe(false);
  });
});

describe('readCaseText: version 3 drafts', () => {
  const v3Draft = {
    id: 'd1', kind: 'rti-application', title: 'RTI application', language: 'en', createdAt: '2026-01-01', updatedAt: '2026-01-01', forParts: ['a'],
    fields: { publicAuthority: 'Ministry of Health and Family Welfare', filingMode: 'rti-online', myNotes: 'Ask Meera about the IPO', house: 'Lok Sabha' },
    points: ['Copies of the file notings.'],
  };
  const v3 = { ...c, schemaVersion: 3, drafts: [v3Draft] };

  it('keeps the declared fields and moves an undeclared key to legacyFields, losing no text', () => {
    const read = readCaseText(JSON.stringify(v3));
    expect(read.ok && read.value.migratedFrom).toBe(3);
    const draft = read.ok ? read.value.value.drafts[0] : undefined;
    expect(draft?.fields).toEqual({ publicAuthority: 'Ministry of Health and Family Welfare', filingMode: 'rti-online' });
    expect(draft?.legacyFields).toEqual({ myNotes: 'Ask Meera about the IPO', house: 'Lok Sabha' });
  });
  it('leaves a version 3 draft with only declared keys as it was', () => {
    const { myNotes: _n, house: _h, ...fields } = v3Draft.fields;
    const read = readCaseText(JSON.stringify({ ...v3, drafts: [{ ...v3Draft, fields }] }));
    expect(read.ok && read.value.value.drafts[0]).toEqual({ ...v3Draft, fields });
  });
  it('refuses a current case whose draft carries an undeclared key rather than dropping it', () => {
    const read = readCaseText(JSON.stringify({ ...c, drafts: [v3Draft] }));
    expect(!read.ok && read.error.message).toMatch(/drafts\.0\.fields/);
  });
});
