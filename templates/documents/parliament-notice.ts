import type { DraftOf, Language } from '../../shared/domain/draft.ts';
import type { Bilingual } from './fields.ts';
import { field, orPlaceholder } from './fields.ts';
import type { FieldSpec } from './types.ts';

/** The notices a Member gives: a question notice and a half-an-hour discussion notice. */
export type NoticeKind = 'pq-notice' | 'half-an-hour-notice';

export const PQ_FIELDS = {
  house: { key: 'house', label: 'House (Lok Sabha / Rajya Sabha)' },
  questionKind: { key: 'questionKind', label: 'Kind of question (starred / unstarred / short-notice)' },
  ministry: { key: 'ministry', label: 'Ministry of the Minister addressed' },
  subject: { key: 'subject', label: 'Subject' },
  memberName: { key: 'memberName', label: "Member's name" },
  divisionNumber: { key: 'divisionNumber', label: "Member's division number" },
  desiredDate: { key: 'desiredDate', label: 'Date on which answer (or discussion) is desired' },
  preference: { key: 'preference', label: 'Order of preference among notices for the same day' },
  questionNumber: { key: 'questionNumber', label: 'Number of the question answered' },
  questionDate: { key: 'questionDate', label: 'Date of answer' },
  explanatoryNote: { key: 'explanatoryNote', label: 'Explanatory note (reasons for raising the discussion)' },
  place: { key: 'place', label: 'Place' },
  date: { key: 'date', label: 'Date of the notice' },
  // The explanatory note is the half-an-hour notice's own (Rule 55 / Rule 60); the rest both notices share.
} as const satisfies { readonly [key: string]: FieldSpec<'half-an-hour-notice'> };

/** The values `house` may take: `HouseSchema` in `shared/domain/question.ts`. */
export const HOUSES = ['Lok Sabha', 'Rajya Sabha'] as const;
export const QUESTION_KINDS = ['starred', 'unstarred', 'short-notice'] as const;

/** Labels for question kinds in a chooser. */
export const QUESTION_KIND_LABELS: { readonly [K in (typeof QUESTION_KINDS)[number]]: string } = {
  starred: 'Starred (oral answer)',
  unstarred: 'Unstarred (written answer)',
  'short-notice': 'Short notice',
};

export type HouseKey = 'ls' | 'rs';

export function houseOf(draft: DraftOf<NoticeKind>): HouseKey | null {
  const h = field(draft, PQ_FIELDS.house.key);
  if (h === 'Lok Sabha') return 'ls';
  if (h === 'Rajya Sabha') return 'rs';
  return null;
}

export const HOUSE_NAME: { readonly [H in HouseKey]: Bilingual } = {
  ls: { en: 'Lok Sabha', hi: 'लोक सभा' },
  rs: { en: 'Rajya Sabha', hi: 'राज्य सभा' },
};

export function houseName(draft: DraftOf<NoticeKind>, lang: Language): string {
  const h = houseOf(draft);
  return h ? HOUSE_NAME[h][lang] : orPlaceholder(draft, PQ_FIELDS.house.key, PQ_FIELDS.house.label);
}

export function houseConditionalFields(draft: DraftOf<NoticeKind>): ReadonlyArray<FieldSpec<NoticeKind>> {
  // The division number is asked for on the Lok Sabha notice form (member instructions, §1.2).
  return houseOf(draft) === 'ls' ? [PQ_FIELDS.divisionNumber] : [];
}

/** "Minister of X": the ministry without a leading "Ministry of". */
export function ministryName(draft: DraftOf<NoticeKind>): string {
  return orPlaceholder(draft, PQ_FIELDS.ministry.key, PQ_FIELDS.ministry.label).replace(/^ministry of\s+/i, '');
}

export function isPrimeMinister(ministry: string): boolean {
  return /prime minister|प्रधान ?मंत्री/i.test(ministry);
}

/** The stem, as printed lists have it (§3.1). */
export function questionStem(draft: DraftOf<NoticeKind>, lang: Language): string {
  const ministry = ministryName(draft);
  if (lang === 'en') return isPrimeMinister(ministry) ? 'Will the PRIME MINISTER be pleased to state:' : `Will the Minister of ${ministry.toUpperCase()} be pleased to state:`;
  return isPrimeMinister(ministry) ? 'क्या प्रधान मंत्री यह बताने की कृपा करेंगे कि:' : `क्या ${ministry} मंत्री यह बताने की कृपा करेंगे कि:`;
}

/**
 * Punctuate lettered parts the way the House prints them (§3.1): a semicolon after each,
 * "; and" after the last but one, "?" after the last. Whatever punctuation the user typed at the
 * end of a part is replaced, so the result is right however the parts were pasted.
 */
export function punctuateParts(parts: ReadonlyArray<string>, lang: Language): ReadonlyArray<string> {
  const and = lang === 'en' ? 'and' : 'और';
  const cleaned = parts
    .map((p) => p.trim().replace(/(\s*(;|,|\.|\?|।)\s*((and|और)\s*)?)+$/u, '').trim())
    .filter((p) => p.length > 0);
  return cleaned.map((p, i) => {
    if (i === cleaned.length - 1) return `${p}?`;
    if (i === cleaned.length - 2) return `${p}; ${and}`;
    return `${p};`;
  });
}
