import { describe, expect, it } from 'vitest';
import { address, bold, heading, numbered, paragraph, signature, spacer, table, text } from '../../../../shared/documents/blocks.ts';
import { listLabel, renderText } from '../../../../shared/documents/render-text.ts';

describe('renderText', () => {
  it('renders every block kind, one blank line apart', () => {
    const out = renderText([
      heading('TITLE'),
      address(['To', 'The CPIO', 'Ministry']),
      paragraph([bold('Subject: '), text('x')]),
      numbered(['one', 'two']),
      numbered(['p', 'q', 'r'], 'letter'),
      numbered(['क', 'ख'], 'hindi-letter'),
      table(['A', 'B'], [['1', 'two\nlines']]),
      table([], [['k', 'v']]),
      signature(['Place: X'], ['Yours faithfully,', 'Name']),
      spacer(),
    ]);
    expect(out).toBe(
      [
        'TITLE',
        'To\nThe CPIO\nMinistry',
        'Subject: x',
        '1. one\n2. two',
        '(a) p\n(b) q\n(c) r',
        '(क) क\n(ख) ख',
        'A | B\n1 | two / lines',
        'k | v',
        'Place: X\nYours faithfully,\nName',
        '',
      ].join('\n\n') + '\n',
    );
  });

  it('sanitises text as the .docx does', () => {
    expect(renderText([paragraph('a\u0000b\r\nc')])).toBe('ab\nc\n');
  });

  it('letters lists past z the way Word does (aa, bb)', () => {
    expect(listLabel('letter', 0)).toBe('(a)');
    expect(listLabel('letter', 25)).toBe('(z)');
    expect(listLabel('letter', 26)).toBe('(aa)');
    expect(listLabel('letter', 27)).toBe('(bb)');
    expect(listLabel('hindi-letter', 1)).toBe('(ख)');
  });
});
