import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { COWIN_QUESTION_TEXT, COWIN_REPLY_TEXT } from '../../shared/example/cowin-text.ts';
import { mayHoldDamagedHindi } from '../../shared/import/normalize-text.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export type Sources = { readonly texts: ReadonlyArray<string>; readonly origin: string };

/**
 * Real question-and-answer texts to build long inputs from: the labelled corpus
 * (`../shared/corpus/texts` from the repository root, or `UNANSWERED_CORPUS`), else the CoWIN
 * example shipped in shared/example.
 */
export async function loadSources(): Promise<Sources> {
  const corpus = resolve(ROOT, process.env['UNANSWERED_CORPUS'] ?? '../shared/corpus');
  const dir = join(corpus, 'texts');
  try {
    const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
    const texts = await Promise.all(names.map((n) => readFile(join(dir, n), 'utf8')));
    if (texts.length > 0) return { texts, origin: `${dir} (${texts.length} texts)` };
  } catch {
    // No corpus beside the repository: fall back below.
  }
  return { texts: [`${COWIN_QUESTION_TEXT}\n\n${COWIN_REPLY_TEXT}`], origin: 'shared/example/cowin-text.ts (corpus not found)' };
}

// Spaces and tabs only, never \s: with /m, a class that takes newlines runs over every following line
// and backtracks from each, quadratic on a text of many short lines (a 1 MB run of "##" lines
// took minutes in the fuzz test).
const ANSWER_LINE = /^[ \t#*]*(?:ANSWER|उत्तर)[ \t\r*]*$/m;

/** The reply half of a combined text: everything after its ANSWER line (or the whole text). */
function replyOf(text: string): string {
  const m = ANSWER_LINE.exec(text);
  return m ? text.slice(m.index + m[0].length) : text;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => w.length > 0).length;
}

/**
 * A realistic long combined text of about `words` words: the first source whole (question,
 * ANSWER, reply), then the replies of the others, round and round, as a long reply with its
 * statements and annexures would run on. Cut at a line end once the count is reached.
 */
export function longText(sources: Sources, words: number): string {
  const [first, ...rest] = sources.texts;
  if (first === undefined) throw new Error('no source texts');
  const replies = (rest.length > 0 ? rest : [first]).map(replyOf);
  const lines: string[] = [];
  let count = 0;
  const push = (chunk: string): boolean => {
    for (const line of chunk.split('\n')) {
      lines.push(line);
      count += countWords(line);
      if (count >= words) return true;
    }
    return false;
  };
  if (push(first)) return lines.join('\n');
  for (let i = 0; ; i++) {
    const before = count;
    if (push(replies[i % replies.length] ?? '')) return lines.join('\n');
    // Replies without a single word would loop for ever: repeat the first text instead.
    if (count === before && i % replies.length === replies.length - 1 && push(first)) return lines.join('\n');
  }
}

/** Devanagari, and the private-use glyph ids a PDF's Hindi font leaves behind. */
const HINDI_CHARACTERS = /[\p{Script=Devanagari}\uE000-\uF8FF]/gu;

/**
 * The same texts with their Hindi taken out, character by character, so every line (the question's
 * parts, the ANSWER line) is still there: an English-only reply as most are. Refuses sources whose
 * result still reads as Hindi to the import checks (Hindi typed in an old font).
 */
export function withoutHindi(sources: Sources): Sources {
  const texts = sources.texts.map((t) => t.replace(HINDI_CHARACTERS, ''));
  const left = texts.findIndex(mayHoldDamagedHindi);
  if (left >= 0) throw new Error(`source text ${left} still reads as Hindi with its Devanagari taken out`);
  return { texts, origin: `${sources.origin}, Hindi taken out` };
}
