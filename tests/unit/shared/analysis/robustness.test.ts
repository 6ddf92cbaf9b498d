import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis/analyze.ts';
import { AnalyzeOutputSchema } from '../../../../shared/analysis/contract.ts';

// Pieces of real layouts, so random strings also exercise the parsers' paths, not only junk.
const PIECES = ['(a)', '(b) ', '(c):', '(a) to (d):', '(a) & (b)', 'ANSWER\n', 'Will the Minister of X be pleased to state:', '\n', ' ', 'No, Sir.',
  'Does not arise.', 'if so, ', 'whether ', 'STATEMENT REFERRED TO', 'A Statement is laid on the Table of the House.', '**', '{1}-----', 'State-wise',
  'Annexure-I\n', 'लोक सभा', '\u0000', '\ud800', 'under consideration', 'not maintained centrally', '(SHRI A B)', 'MINISTER OF STATE', '.', ';'];

describe('analyze on arbitrary input', () => {
  it('never throws and always returns the contract shape', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.constantFrom(...PIECES)), { maxLength: 40 }).map((xs) => xs.join('')), (text) => {
        const out = analyze({ kind: 'combined', text });
        expect(AnalyzeOutputSchema.safeParse(out).success).toBe(true);
        for (const p of out.parts) {
          for (const e of p.evidence) {
            expect(e.start).toBeLessThanOrEqual(e.end);
            expect(text.slice(e.start, e.end)).toBe(e.text);
          }
        }
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (question, reply) => {
        expect(() => analyze({ kind: 'separate', question, reply })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('returns on 1 MB of random text (no hang; not timed)', () => {
    let seed = 12345;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const alphabet = 'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJ()():;.,-*#\n\t0123456789कखग';
    const chars: string[] = [];
    for (let i = 0; i < 1_000_000; i++) chars.push(alphabet[Math.floor(rand() * alphabet.length)] ?? ' ');
    const out = analyze({ kind: 'combined', text: chars.join('') });
    expect(Array.isArray(out.parts)).toBe(true);
  });
});
