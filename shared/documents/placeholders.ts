import { renderText } from './render-text.ts';
import type { Block } from './blocks.ts';
import { unresolvedForms } from './hindi-forms.ts';

/**
 * What still stands in for the user's facts in a rendered document: "[...]" slots a template
 * prints for an empty field, and the example's specimen values ("(specimen)"). A final export is
 * refused while any remain, and a draft export is marked as a draft, so nothing is filed with a
 * blank in it by mistake. A Hindi document whose signer has not chosen a form still carries both
 * ("करता/करती"), and that counts too (`hindi-forms.ts`).
 */
const SLOT = /\[[^\]\n]{2,160}\]/g;
// The value a specimen stands for: from its first capital, digit or Devanagari letter, within one
// table cell or line; "(नमूना)" is how the Hindi example marks a specimen.
// A name in block letters ("SPECIMEN MEMBER (SPECIMEN), M.P.") carries the mark in capitals.
const SPECIMEN = /[A-Z0-9+\p{Script=Devanagari}][^\n|:()]{0,60}?\s*\((?:specimen|SPECIMEN|नमूना)[^)\n]{0,40}\)/gu;
// An e-mail address starts in lower case (review 8: "asha.verma@example.org (specimen)" went unlisted).
const SPECIMEN_EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\((?:specimen|SPECIMEN|नमूना)[^)\n]{0,40}\)/gu;

export function placeholdersIn(blocks: ReadonlyArray<Block>): ReadonlyArray<string> {
  const text = renderText(blocks);
  const found = [...new Set([...[...text.matchAll(SLOT), ...text.matchAll(SPECIMEN), ...text.matchAll(SPECIMEN_EMAIL)].map((m) => m[0].trim()), ...unresolvedForms(text)])];
  // One value met in two places is found once with the words before it ("I, Asha Verma
  // (specimen applicant)" beside "Asha Verma (specimen applicant)"): it is named, and counted, once.
  return found.filter((p) => !found.some((q) => q !== p && p.endsWith(q)));
}

/**
 * The mark a draft export carries at its head: how many values stand in for the user's facts,
 * and which, so the reader finds each one (a count alone left the reviewer hunting for them).
 */
export function draftMark(language: 'en' | 'hi', placeholders: ReadonlyArray<string>): string {
  const n = placeholders.length;
  const list = placeholders.map((p) => (p.length > 60 ? `${p.slice(0, 57)}…` : p)).join('; ');
  return language === 'en'
    ? `DRAFT, NOT FOR FILING: ${n} ${n === 1 ? 'value is' : 'values are'} still to be filled in or replaced: ${list}`
    : `प्रारूप, दाखिल करने के लिए नहीं: ${n} ${n === 1 ? 'मान अभी भरा या बदला जाना है' : 'मान अभी भरे या बदले जाने हैं'}: ${list}`;
}
