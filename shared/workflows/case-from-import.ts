import { cleanText } from '../analysis/clean-text.ts';
import { parseQuestion } from '../analysis/parse-question.ts';
import { normalizeText } from '../import/normalize-text.ts';

/**
 * The name of a case made from a reply imported with no case open (a file dropped on the window,
 * or chosen from the welcome): the question's subject as the House prints it ("CoWIN Data
 * Breach"), else its House and number, else the file's name without its extension.
 */
export function caseTitleFromReply(text: string, fileName: string): string {
  // Read as the analyser reads it, markup removed (review 11: a case titled
  // "**compensation for Healthcare Workers …** **824: Shri …:**" headed every list of dates).
  const clean = cleanText(normalizeText(text).text).text;
  const { question: q } = parseQuestion(clean, true);
  if (q.subject) return q.subject;
  if (q.house && q.number) return `${q.house} Q. ${q.number}`;
  const base = fileName.replace(/\.[A-Za-z0-9]{1,5}$/, '').replace(/[_-]+/g, ' ').trim();
  return (base || fileName).slice(0, 200);
}
