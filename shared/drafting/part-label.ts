import type { Language } from '../domain/draft.ts';

const HINDI_LETTERS = ['क', 'ख', 'ग', 'घ', 'ङ', 'च', 'छ', 'ज', 'झ', 'ञ', 'ट', 'ठ', 'ड', 'ढ', 'ण', 'त', 'थ', 'द', 'ध', 'न', 'प', 'फ', 'ब', 'भ', 'म', 'य'] as const;

/** Part b is ख in a Hindi question (Devanagari consonant order, as Hindi parliamentary papers letter parts). */
function partLetter(label: string, lang: Language): string {
  if (lang === 'en') return label;
  const index = label.length === 1 ? label.charCodeAt(0) - 97 : -1;
  return HINDI_LETTERS[index] ?? label;
}

/** Part (b) is (ख) in a Hindi question. */
export function partLabel(label: string, lang: Language): string {
  return `(${partLetter(label, lang)})`;
}
