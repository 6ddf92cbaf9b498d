import { describe, expect, it } from 'vitest';
import { nameStagedTexts, putStagedTexts } from '../../../../shared/ipc/case-wire.ts';
import { CaseWireSchema } from '../../../../shared/ipc/channels/cases.ts';
import { CaseSchema, type Case } from '../../../../shared/domain/case.ts';
import { emptyCase } from '../../../../electron/services/handlers/case-handlers.ts';

const long = 'The reply, at length. '.repeat(20);
const source = (id: string, text: string): Case['sources'][number] => ({ id, role: 'reply', title: id, text, origin: { kind: 'paste', fileName: null, importedAt: '2026-01-01T00:00:00.000Z' }, note: '' });
const withSources = (...sources: Case['sources']): Case => ({ ...emptyCase('A case', '2026-01-01T00:00:00.000Z'), sources });

describe('case wire', () => {
  it('names a staged text by its ref, leaves the others, and puts the text back from the ref', () => {
    const c = withSources(source('a', long), source('b', 'short'));
    const ref = { staged: 'key-00001', length: long.length };
    const wire = nameStagedTexts(c, [{ ref, text: long }]);
    expect(wire.sources.map((s) => s.text)).toEqual([ref, 'short']);
    expect(CaseWireSchema.safeParse(wire).success).toBe(true);
    const put = putStagedTexts(wire, (r) => (r.staged === 'key-00001' ? long : null));
    expect(put.ok && put.value.case).toEqual(c);
    expect(put.ok && CaseSchema.safeParse(put.value.case).success).toBe(true);
    expect(put.ok && put.value.staged).toEqual([{ ref, text: long }]);
  });

  it('finds a staged text by its characters, not only as the same string', () => {
    const c = withSources(source('a', `${long}`.slice(0)));
    const copy = [...long].join('');
    expect(nameStagedTexts(c, [{ ref: { staged: 'key-00002', length: copy.length }, text: copy }]).sources[0]?.text).toEqual({ staged: 'key-00002', length: copy.length });
  });

  it('a case with no staged text goes as it is', () => {
    const c = withSources(source('a', long));
    expect(nameStagedTexts(c, [])).toBe(c);
  });

  it('fails with the keys it cannot put in, once each, including a text of another length', () => {
    const wire = nameStagedTexts(withSources(source('a', long), source('b', long), source('c', 'xy'.repeat(300))), [
      { ref: { staged: 'key-gone', length: long.length }, text: long },
      { ref: { staged: 'key-short', length: 600 }, text: 'xy'.repeat(300) },
    ]);
    const put = putStagedTexts(wire, (r) => (r.staged === 'key-short' ? 'xy' : null));
    expect(put).toEqual({ ok: false, error: ['key-gone', 'key-short'] });
  });
});
