import { describe, expect, it } from 'vitest';
import { rebuildLines, type PlacedText } from '../../../../../electron/services/import/pdf-lines.ts';

/** A run of text at (x, y) in 10 pt type, 6 pt per character (a monospaced font, for easy sums). */
function run(str: string, x: number, y: number, size = 10): PlacedText {
  return { str, transform: [size, 0, 0, size, x, y], width: str.length * size * 0.6, height: size };
}

describe('rebuildLines', () => {
  it('orders lines top to bottom and runs left to right, whatever order the page gives them in', () => {
    const items = [run('second line', 72, 686), run('world', 108, 700), run('Hello', 72, 700)];
    expect(rebuildLines(items)).toBe('Hello world\nsecond line');
  });

  it('puts a space where runs are a word gap apart and none inside a kerned word', () => {
    // "Mini" ends at 72 + 24 = 96; "stry" starts 0.5 pt later (kerning); "of" starts a word gap later.
    const items = [run('Mini', 72, 700), run('stry', 96.5, 700), run('of', 126, 700)];
    expect(rebuildLines(items)).toBe('Ministry of');
  });

  it('keeps wide gaps as several spaces, so table columns stay apart', () => {
    const items = [run('1.', 72, 700), run('Kerala', 150, 700), run('120', 300, 700)];
    const line = rebuildLines(items);
    expect(line).toMatch(/^1\. {10,}Kerala {10,}120$/);
  });

  it('keeps a superscript on its line', () => {
    const items = [run('21', 72, 700), run('st', 84, 703.5, 6), run('July', 95, 700)];
    expect(rebuildLines(items)).toBe('21st July');
  });

  it('marks a paragraph break where the line gap is much taller than usual', () => {
    const items = [run('(a) first', 72, 700), run('continued', 72, 686), run('still', 72, 672), run('(b) second', 72, 630)];
    expect(rebuildLines(items)).toBe('(a) first\ncontinued\nstill\n\n(b) second');
  });

  it('drops the second copy of faux-bold text painted twice', () => {
    const items = [run('ANSWER', 72, 700), run('ANSWER', 72.4, 700)];
    expect(rebuildLines(items)).toBe('ANSWER');
  });

  it('ignores whitespace-only runs and does not double spaces already in the text', () => {
    const items = [run('MINISTRY OF', 72, 700), run(' ', 138, 700), run('HEALTH', 144, 700), run('and ', 72, 686), run('welfare', 96, 686)];
    expect(rebuildLines(items)).toBe('MINISTRY OF HEALTH\nand welfare');
  });

  it('reads a page of text rotated a quarter turn (a landscape annexure) in reading order', () => {
    // Text running up the page: direction (0, 1); lines stack leftwards... i.e. later lines have larger x.
    const up = (str: string, x: number, y: number): PlacedText => ({ str, transform: [0, 10, -10, 0, x, y], width: str.length * 6, height: 10 });
    const items = [up('State', 100, 72), up('Amount', 100, 150), up('Kerala', 114, 72), up('120', 114, 150)];
    expect(rebuildLines(items)).toMatch(/^State {2,}Amount\nKerala {2,}120$/);
  });

  it('returns an empty string for a page without text', () => {
    expect(rebuildLines([])).toBe('');
    expect(rebuildLines([run('   ', 72, 700)])).toBe('');
  });
});
