import type { Language } from '../domain/draft.ts';

/**
 * A tiny document IR. Templates build blocks; `renderText` turns them into golden text and
 * `toDocx` into WordprocessingML. Nothing here knows about a particular letter.
 *
 * Shape after the docx demo `10-my-cv.ts` (data -> small builders -> document), kept as plain
 * data so both renderers and the tests can walk it.
 */

/** A stretch of text with one formatting. Newlines inside `text` become line breaks. */
export type Run = {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
};

export type Align = 'left' | 'center' | 'right' | 'justify';

/**
 * `decimal` -> 1. 2. 3. (RTI points); `letter` -> (a) (b) (c) (question parts, Lok Sabha style);
 * `hindi-letter` -> (क) (ख) (ग), how Hindi question papers letter the parts (Word's `hindiConsonants`).
 */
export type ListStyle = 'decimal' | 'letter' | 'hindi-letter';

type Common = {
  /** Overrides the document's language for this block (a Hindi quotation in an English letter). */
  readonly language?: Language;
};

export type HeadingBlock = Common & {
  readonly kind: 'heading';
  readonly level: 1 | 2;
  readonly text: string;
  readonly align?: Align;
};

export type ParagraphBlock = Common & {
  readonly kind: 'paragraph';
  readonly runs: ReadonlyArray<Run>;
  readonly align?: Align;
};

export type NumberedListBlock = Common & {
  readonly kind: 'numbered-list';
  readonly style: ListStyle;
  readonly items: ReadonlyArray<ReadonlyArray<Run>>;
};

export type TableBlock = Common & {
  readonly kind: 'table';
  readonly header: ReadonlyArray<string>;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
  /** Relative column widths; defaults to equal columns. */
  readonly widths?: ReadonlyArray<number>;
};

/** "To / The CPIO / Ministry ... / address": lines kept together without paragraph spacing. */
export type AddressBlock = Common & {
  readonly kind: 'address';
  readonly lines: ReadonlyArray<string>;
};

/** Place and date on the left, the signer's lines on the right, as Indian office letters end. */
export type SignatureBlock = Common & {
  readonly kind: 'signature';
  readonly left: ReadonlyArray<string>;
  readonly right: ReadonlyArray<string>;
};

export type SpacerBlock = Common & {
  readonly kind: 'spacer';
};

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | NumberedListBlock
  | TableBlock
  | AddressBlock
  | SignatureBlock
  | SpacerBlock;

export type BlockKind = Block['kind'];

// Small builders so templates read like the letter they produce.

export const text = (value: string): Run => ({ text: value });
export const bold = (value: string): Run => ({ text: value, bold: true });
export const italic = (value: string): Run => ({ text: value, italic: true });

export const heading = (value: string, level: 1 | 2 = 1, align: Align = 'center'): HeadingBlock => ({
  kind: 'heading',
  level,
  text: value,
  align,
});

export const paragraph = (runs: ReadonlyArray<Run> | string, align?: Align): ParagraphBlock => ({
  kind: 'paragraph',
  runs: typeof runs === 'string' ? [text(runs)] : runs,
  ...(align ? { align } : {}),
});

export const numbered = (items: ReadonlyArray<ReadonlyArray<Run> | string>, style: ListStyle = 'decimal'): NumberedListBlock => ({
  kind: 'numbered-list',
  style,
  items: items.map((item) => (typeof item === 'string' ? [text(item)] : item)),
});

export const table = (header: ReadonlyArray<string>, rows: ReadonlyArray<ReadonlyArray<string>>, widths?: ReadonlyArray<number>): TableBlock => ({
  kind: 'table',
  header,
  rows,
  ...(widths ? { widths } : {}),
});

export const address = (lines: ReadonlyArray<string>): AddressBlock => ({ kind: 'address', lines });

export const signature = (left: ReadonlyArray<string>, right: ReadonlyArray<string>): SignatureBlock => ({
  kind: 'signature',
  left,
  right,
});

export const spacer = (): SpacerBlock => ({ kind: 'spacer' });

/** Split a multi-line field into address lines, dropping blank ones. */
export function lines(value: string): ReadonlyArray<string> {
  return value
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
