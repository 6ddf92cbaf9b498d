import { describe, expect, it } from 'vitest';
import { DRAFT_KINDS, DraftSchema, fieldValue, withFields, type DraftOf } from '../../../../shared/domain/draft.ts';
import { declaresField, DRAFT_FIELD_KEYS } from '../../../../shared/domain/draft-fields.ts';
import { field } from '../../../../templates/documents/fields.ts';
import { TEMPLATES, type FieldSpec } from '../../../../templates/documents/index.ts';
import { sampleDraft } from '../../../fixtures/golden/sample-drafts.ts';

const application = sampleDraft('rti-application', 'en') as DraftOf<'rti-application'>;

describe('declared field keys', () => {
  it.each(DRAFT_KINDS)('%s: every key its template asks for is declared', (kind) => {
    const t = TEMPLATES[kind];
    for (const spec of [...t.requiredFields, ...(t.optionalFields ?? [])]) expect(declaresField(kind, spec.key)).toBe(true);
  });
  it.each(DRAFT_KINDS)('%s: the sample draft parses, and an undeclared key does not', (kind) => {
    const sample = sampleDraft(kind, 'en');
    expect(DraftSchema.safeParse(sample).success).toBe(true);
    expect(DraftSchema.safeParse({ ...sample, fields: { ...sample.fields, noSuchKey: 'x' } }).success).toBe(false);
  });
  it('keeps the RTI Online choice and the picked authority to the kinds that use them', () => {
    expect(DRAFT_FIELD_KEYS['rti-application']).toEqual(expect.arrayContaining(['filingMode', 'authorityId']));
    expect(declaresField('pq-notice', 'filingMode')).toBe(false);
  });
  it('sets and removes declared keys, and refuses an undeclared one', () => {
    const online = withFields(application, { filingMode: 'rti-online' });
    expect(fieldValue(online, 'filingMode')).toBe('rti-online');
    expect(fieldValue(withFields(online, { filingMode: undefined }), 'filingMode')).toBeUndefined();
    expect(() => withFields(application, { ['house' as 'filingMode']: 'Lok Sabha' })).toThrow(/no field "house"/);
  });
});

describe('undeclared keys are compile errors', () => {
  it('in a template read, a spec and a write', () => {
    // @ts-expect-error: an RTI application has no House.
    expect(field(application, 'house')).toBe('');
    // @ts-expect-error: the explanatory note is the half-an-hour notice's, not the question notice's.
    const spec: FieldSpec<'pq-notice'> = { key: 'explanatoryNote', label: 'Note' };
    expect(spec.key).toBe('explanatoryNote');
    // @ts-expect-error: no kind declares this key.
    expect(fieldValue(application, 'pio')).toBeUndefined();
    // @ts-expect-error: a question notice is not filed on RTI Online.
    expect(() => withFields(sampleDraft('pq-notice', 'en') as DraftOf<'pq-notice'>, { filingMode: 'rti-online' })).toThrow();
  });
});
