import type { Draft, Language } from '../../shared/domain/draft.ts';
import type { AnyDraftFieldKey, DraftFieldKey } from '../../shared/domain/draft-fields.ts';
import { HINDI_SLOTS } from './slots.ts';

/** The trimmed value of a draft field, or '' when absent. Only a key the draft's kind declares. */
export function field<D extends Draft>(draft: D, key: DraftFieldKey<D['kind']>): string {
  const fields: { readonly [key: string]: string | undefined } = draft.fields;
  return (fields[key] ?? '').trim();
}

/**
 * The value, or a visible bracketed placeholder for a preview before every field is filled
 * (Alaveteli's "[ GIVE DETAILS ... ]" convention). Export is blocked by `missingFields` until
 * required fields are filled, so a placeholder never reaches a filed document.
 */
export function orPlaceholder<D extends Draft>(draft: D, key: DraftFieldKey<D['kind']>, label: string): string {
  const value = field(draft, key);
  return value.length > 0 ? value : slotText(draft.language, key, label);
}

/**
 * The bracketed placeholder for an empty field, in the document's language: a Hindi document gets
 * the Hindi one (`slots.ts`, which has one for every declared key).
 */
export function slot(language: Language, spec: { readonly key: AnyDraftFieldKey; readonly label: string }): string {
  return slotText(language, spec.key, spec.label);
}

// Takes the key as a string: a key of a generic draft's kind is a declared key, which its type does not show.
function slotText(language: Language, key: string, label: string): string {
  const hindi: { readonly [key: string]: string | undefined } = HINDI_SLOTS;
  return `[${language === 'hi' ? (hindi[key] ?? label) : label}]`;
}

/** A bilingual string: every template sentence exists in English and Hindi. */
export type Bilingual = { readonly en: string; readonly hi: string };

export function pick(text: Bilingual, language: Language): string {
  return text[language];
}

/** Fill `{name}` slots; an unknown slot is a bug in the template, so it throws (MuckRock's silent replace is the anti-pattern). */
export function fill(template: string, values: { readonly [key: string]: string }): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`Template slot {${name}} has no value`);
    return value;
  });
}

/** Split a table-row point "a | b | c" into exactly `n` cells (extra separators stay in the last cell). */
export function cells(point: string, n: number): ReadonlyArray<string> {
  const parts = point.split(' | ');
  const head = parts.slice(0, n - 1).map((p) => p.trim());
  const tail = parts.slice(n - 1).join(' | ').trim();
  const out = [...head, tail];
  while (out.length < n) out.push('');
  return out;
}
