import { assertNever } from '../lib/assert-never.ts';
import type { Block, ListStyle, Run } from './blocks.ts';
import { sanitizeText } from './sanitize.ts';

/**
 * Blocks -> plain text: the golden form every template is tested against, and what a user
 * copies into a portal box. One blank line between blocks; lists are numbered the way
 * `toDocx` numbers them, so the text matches what LibreOffice reads back out of the .docx.
 */
export function renderText(blocks: ReadonlyArray<Block>): string {
  return blocks.map(renderBlock).join('\n\n') + '\n';
}

function runsText(runs: ReadonlyArray<Run>): string {
  return runs.map((run) => sanitizeText(run.text)).join('');
}

export function listLabel(style: ListStyle, index: number): string {
  switch (style) {
    case 'decimal':
      return `${index + 1}.`;
    case 'letter':
      return `(${letterFor(index)})`;
    case 'hindi-letter':
      return `(${HINDI_CONSONANTS[index % HINDI_CONSONANTS.length] ?? ''})`;
    default:
      return assertNever(style, 'Unknown list style');
  }
}

/** Word's `hindiConsonants` number format (ECMA-376 §17.18.59), in order. */
const HINDI_CONSONANTS = ['क', 'ख', 'ग', 'घ', 'ङ', 'च', 'छ', 'ज', 'झ', 'ञ', 'ट', 'ठ', 'ड', 'ढ', 'ण', 'त', 'थ', 'द', 'ध', 'न', 'प', 'फ', 'ब', 'भ', 'म', 'य', 'र', 'ल', 'व', 'श', 'ष', 'स', 'ह'] as const;

/** a, b, ..., z, aa, ab, ... as Word's lowerLetter format counts. */
function letterFor(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return letter.repeat(Math.floor(index / 26) + 1);
}

function renderBlock(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return sanitizeText(block.text);
    case 'paragraph':
      return runsText(block.runs);
    case 'numbered-list':
      return block.items.map((item, i) => `${listLabel(block.style, i)} ${runsText(item)}`).join('\n');
    case 'table':
      return [...(block.header.length > 0 ? [block.header] : []), ...block.rows]
        .map((row) => row.map((cell) => sanitizeText(cell).replace(/\n/g, ' / ')).join(' | '))
        .join('\n');
    case 'address':
      return block.lines.map(sanitizeText).join('\n');
    case 'signature':
      return [...block.left, ...block.right].map(sanitizeText).join('\n');
    case 'spacer':
      return '';
    default:
      return assertNever(block, 'Unknown block');
  }
}
