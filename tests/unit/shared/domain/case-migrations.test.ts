import { describe, expect, it } from 'vitest';
import { readCaseText } from '../../../../shared/domain/case-migrations.ts';
import { buildCowinCase } from '../../../../shared/example/cowin-case.ts';

const c = buildCowinCase('2026-11-22T10:00:00.000Z', []);

describe('readCaseText', () => {
  it('reads a current case', () => {
    const read = readCaseText(JSON.stringify(c));
    expect(read.ok && read.value).toEqual({ value: c, migratedFrom: null });
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
