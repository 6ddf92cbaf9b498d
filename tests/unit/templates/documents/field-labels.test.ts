import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../../../../templates/documents/index.ts';

describe('field labels', () => {
  it('name a choice field in words, never by listing its stored values', () => {
    const bad = Object.values(TEMPLATES).flatMap((template) => {
      const choices: { readonly [key: string]: ReadonlyArray<string> } = template.choices ?? {};
      const fields = [...template.requiredFields, ...(template.optionalFields ?? [])];
      return fields.flatMap((f) => (choices[f.key] ?? [])
        .filter((value) => value.length > 2 && (/\(([^)]*)\)/.exec(f.label)?.[1] ?? '').split(/,\s*/).includes(value))
        .map((value) => `${template.kind}.${f.key}: "${f.label}" lists ${value}`));
    });
    expect(bad).toEqual([]);
  });
});
