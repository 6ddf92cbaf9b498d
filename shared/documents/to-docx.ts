import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Language } from '../domain/draft.ts';
import { assertNever } from '../lib/assert-never.ts';
import type { Align, Block, ListStyle, Run } from './blocks.ts';
import { listLabel } from './render-text.ts';
import { sanitizeText } from './sanitize.ts';

/**
 * Blocks -> .docx bytes with the `docx` library (dolanmiu/docx, pure JS, so it may live in shared/).
 *
 * Page: A4 portrait, 11906 x 16838 twips (ISO 216 210 x 297 mm at 1440 twips per inch), 1-inch
 * margins (`w:pgSz`, `w:pgMar`, ECMA-376 Part 1 §17.6.13 / §17.6.11).
 * Fonts: Times New Roman 12 pt for Latin text; `w:rFonts w:cs` points complex-script runs
 * (Devanagari) at a Devanagari font, because Word and LibreOffice choose the font for Devanagari
 * characters from the `cs` slot, not from `ascii`/`hAnsi` (ECMA-376 §17.3.2.26).
 * Numbering is declared once and referenced by every list, as docx `demo/3-numbering-and-bullet-points.ts`.
 */

export const PAGE = { width: 11906, height: 16838, margin: 1440 } as const;
export const LATIN_FONT = 'Times New Roman';
/**
 * Noto Sans Devanagari comes with Debian's fonts-noto-core (what LibreOffice uses here). Where it is
 * not installed (a stock Windows Word), the application substitutes an installed Devanagari font
 * such as Mangal or Nirmala UI; that path cannot be tested on this machine.
 */
export const DEVANAGARI_FONT = 'Noto Sans Devanagari';
const SIZE_HALF_POINTS = 24; // 12 pt
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin; // 9026 twips

/** List styles that use real Word numbering (`w:numPr`), declared once in `numbering.xml`. */
type NumberedStyle = Exclude<ListStyle, 'hindi-letter'>;

const NUMBERING_REF: { readonly [S in NumberedStyle]: string } = {
  decimal: 'points-decimal',
  letter: 'parts-letter',
};

/** `w:lang`: `w:val` for Latin text, `w:bidi` for complex script (Devanagari is a complex script). */
function languageFor(language: Language): { readonly value: string; readonly bidirectional: string; readonly eastAsia: string } {
  switch (language) {
    case 'en':
      return { value: 'en-IN', bidirectional: 'hi-IN', eastAsia: 'en-IN' };
    case 'hi':
      return { value: 'hi-IN', bidirectional: 'hi-IN', eastAsia: 'hi-IN' };
    default:
      return assertNever(language, 'Unknown language');
  }
}

const FONT = { ascii: LATIN_FONT, hAnsi: LATIN_FONT, eastAsia: LATIN_FONT, cs: DEVANAGARI_FONT } as const;

function alignment(align: Align | undefined): (typeof AlignmentType)[keyof typeof AlignmentType] | undefined {
  switch (align) {
    case undefined:
      return undefined;
    case 'left':
      return AlignmentType.LEFT;
    case 'center':
      return AlignmentType.CENTER;
    case 'right':
      return AlignmentType.RIGHT;
    case 'justify':
      return AlignmentType.JUSTIFIED;
    default:
      return assertNever(align, 'Unknown alignment');
  }
}

/** One `Run` -> text runs, with each newline in the text turned into a `w:br`. */
function textRuns(run: Run, language: Language, extra: { readonly bold?: boolean } = {}): ReadonlyArray<TextRun> {
  const isBold = Boolean(run.bold ?? extra.bold);
  const isItalic = Boolean(run.italic);
  return sanitizeText(run.text)
    .replace(/\t/g, ' ')
    .split('\n')
    .map((part, i) =>
      new TextRun({
        text: part,
        break: i > 0 ? 1 : undefined,
        bold: isBold,
        boldComplexScript: isBold,
        italics: isItalic,
        italicsComplexScript: isItalic,
        font: FONT,
        size: SIZE_HALF_POINTS,
        sizeComplexScript: SIZE_HALF_POINTS,
        language: languageFor(language),
      }),
    );
}

function linesParagraph(lines: ReadonlyArray<string>, language: Language, align?: Align, keepNext = false): Paragraph {
  return new Paragraph({
    alignment: alignment(align),
    keepLines: true,
    keepNext,
    spacing: { after: 200 },
    children: lines.flatMap((line, i) => textRuns({ text: (i > 0 ? '\n' : '') + line }, language)),
  });
}

function cell(value: string, language: Language, width: number, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    children: [new Paragraph({ children: [...textRuns({ text: value }, language, { bold: header })] })],
  });
}

function tableWidths(columns: number, widths: ReadonlyArray<number> | undefined): ReadonlyArray<number> {
  const weights = widths && widths.length === columns ? widths : Array.from({ length: columns }, () => 1);
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => Math.floor((TEXT_WIDTH * w) / total));
}

type BodyElement = Paragraph | Table;

/**
 * `beforeSignature`: the block just above a signature, kept on its page, so the signature never
 * stands alone on a page it cannot be tied to (review 8: "Yours faithfully" alone on page 3).
 */
function blockElements(block: Block, docLanguage: Language, listIndex: number, beforeSignature = false): ReadonlyArray<BodyElement> {
  const language = block.language ?? docLanguage;
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
          alignment: alignment(block.align),
          keepNext: true,
          spacing: { before: block.level === 1 ? 120 : 240, after: 200 },
          children: [...textRuns({ text: block.text, bold: true }, language)],
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          alignment: alignment(block.align ?? 'justify'),
          keepNext: beforeSignature,
          keepLines: beforeSignature,
          spacing: { after: 200 },
          children: block.runs.flatMap((run) => textRuns(run, language)),
        }),
      ];
    case 'numbered-list': {
      const style = block.style;
      if (style === 'hindi-letter') {
        // Word has `hindiConsonants`, but LibreOffice reads it as 1, 2, 3 (measured with LibreOffice 7/24),
        // so Hindi part letters are written as text with the same hanging indent as a real list.
        return block.items.map(
          (item, i) =>
            new Paragraph({
              indent: { left: 720, hanging: 540 },
              alignment: AlignmentType.JUSTIFIED,
              spacing: { after: 120 },
              children: [
                new TextRun({ children: [listLabel('hindi-letter', i), new Tab()], font: FONT, size: SIZE_HALF_POINTS, sizeComplexScript: SIZE_HALF_POINTS, language: languageFor(language) }),
                ...item.flatMap((run) => textRuns(run, language)),
              ],
            }),
        );
      }
      return block.items.map(
        (item) =>
          new Paragraph({
            numbering: { reference: NUMBERING_REF[style], level: 0, instance: listIndex },
            alignment: AlignmentType.JUSTIFIED,
            spacing: { after: 120 },
            children: item.flatMap((run) => textRuns(run, language)),
          }),
      );
    }
    case 'table': {
      const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length), 1);
      const widths = tableWidths(columns, block.widths);
      const row = (values: ReadonlyArray<string>, header: boolean): TableRow =>
        new TableRow({
          tableHeader: header,
          cantSplit: true,
          children: widths.map((w, i) => cell(values[i] ?? '', language, w, header)),
        });
      return [
        new Table({
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          columnWidths: [...widths],
          rows: [...(block.header.length > 0 ? [row(block.header, true)] : []), ...block.rows.map((r) => row(r, false))],
        }),
        // Word needs a paragraph between adjacent tables and after a table that ends a cell; an empty one is harmless.
        new Paragraph({ children: [] }),
      ];
    }
    case 'address':
      return block.lines.length > 0 ? [linesParagraph(block.lines, language, 'left')] : [];
    case 'signature':
      return [
        ...(block.left.length > 0 ? [linesParagraph(block.left, language, 'left', block.right.length > 0)] : []),
        ...(block.right.length > 0 ? [linesParagraph(block.right, language, 'right')] : []),
      ];
    case 'spacer':
      return [new Paragraph({ children: [] })];
    default:
      return assertNever(block, 'Unknown block');
  }
}

function footer(language: Language): Footer {
  const [page, of] = language === 'hi' ? ['पृष्ठ ', ' / '] : ['Page ', ' of '];
  const run = (children: ReadonlyArray<string>): TextRun =>
    new TextRun({ children: [...children], font: FONT, size: 20, sizeComplexScript: 20, language: languageFor(language) });
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [run([page]), run([PageNumber.CURRENT]), run([of]), run([PageNumber.TOTAL_PAGES])],
      }),
    ],
  });
}

const LEVEL_FORMAT: { readonly [S in NumberedStyle]: (typeof LevelFormat)[keyof typeof LevelFormat] } = {
  decimal: LevelFormat.DECIMAL,
  letter: LevelFormat.LOWER_LETTER,
};

function numberingLevel(style: NumberedStyle): {
  readonly level: number;
  readonly format: (typeof LevelFormat)[keyof typeof LevelFormat];
  readonly text: string;
  readonly alignment: (typeof AlignmentType)[keyof typeof AlignmentType];
  readonly style: { readonly paragraph: { readonly indent: { readonly left: number; readonly hanging: number } } };
} {
  return {
    level: 0,
    format: LEVEL_FORMAT[style],
    text: style === 'decimal' ? '%1.' : '(%1)',
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: 720, hanging: 540 } } },
  };
}

/** Build the Word document for these blocks. */
export function buildDocument(blocks: ReadonlyArray<Block>, meta: { readonly title: string; readonly language: Language }): Document {
  let listIndex = 0;
  const children = blocks.flatMap((block, i) => {
    if (block.kind === 'numbered-list') listIndex += 1;
    return blockElements(block, meta.language, listIndex, blocks[i + 1]?.kind === 'signature');
  });
  const lang = languageFor(meta.language);
  return new Document({
    title: sanitizeText(meta.title),
    creator: 'Unanswered',
    styles: {
      default: {
        document: { run: { font: FONT, size: SIZE_HALF_POINTS, sizeComplexScript: SIZE_HALF_POINTS, language: lang } },
        heading1: { run: { font: FONT, size: 28, sizeComplexScript: 28, bold: true, boldComplexScript: true, color: '000000' } },
        heading2: { run: { font: FONT, size: 24, sizeComplexScript: 24, bold: true, boldComplexScript: true, color: '000000' } },
      },
    },
    numbering: {
      config: (['decimal', 'letter'] as const).map((style) => ({
        reference: NUMBERING_REF[style],
        levels: [numberingLevel(style)],
      })),
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, right: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin },
          },
        },
        footers: { default: footer(meta.language) },
        children,
      },
    ],
  });
}

/** Blocks -> .docx bytes. `Uint8Array`, never `Buffer`: this runs in the renderer too. */
export async function toDocx(blocks: ReadonlyArray<Block>, meta: { title: string; language: Language }): Promise<Uint8Array> {
  return Packer.pack(buildDocument(blocks, meta), 'uint8array');
}
