import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type AnalyzeInput } from '../../../shared/analysis/analyze.ts';
import { AnalyzeOutputSchema } from '../../../shared/analysis/contract.ts';
import { formatTable } from '../../../shared/analysis/format-table.ts';
import { applyMutations, mutationArb, nastyText } from './mutate.ts';
import { runs, SOURCES, splitAtAnswer } from './sources.ts';

/**
 * The reply analyser against hostile input: real corpus texts mangled the way imports mangle
 * them, random Unicode, and 1 MB inputs built to make regexes backtrack. It must return the
 * contract shape every time, with evidence that points at the text it quotes. "Never hangs" is
 * asserted by returning at all (vitest's timeout is the bound), not by timing.
 */

function checkOutput(input: AnalyzeInput): void {
  const out = analyze(input);
  const parsed = AnalyzeOutputSchema.safeParse(out);
  expect(parsed.success, parsed.success ? '' : parsed.error.message).toBe(true);
  const source = input.kind === 'combined' ? input.text : input.reply;
  expect(out.evidenceSource).toBe(input.kind === 'combined' ? 'text' : 'reply');
  for (const part of out.parts) {
    for (const e of part.evidence) {
      expect(e.start).toBeGreaterThanOrEqual(0);
      expect(e.start).toBeLessThanOrEqual(e.end);
      expect(e.end).toBeLessThanOrEqual(source.length);
      expect(source.slice(e.start, e.end)).toBe(e.text);
    }
  }
  expect(typeof formatTable(out)).toBe('string');
}

const sourceText = fc.constantFrom(...SOURCES.texts);
/** FC_SEED replays a run; the seed is in the suites' names, so a failure in CI can be replayed here. */
const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31);

describe(`analyze on mutated real texts (${SOURCES.origin}; seed ${seed})`, () => {
  it('returns the contract shape for any sequence of edits of a corpus text, combined or separate', () => {
    fc.assert(
      fc.property(sourceText, fc.array(mutationArb, { minLength: 1, maxLength: 8 }), (text, edits) => {
        const mutated = applyMutations(text, edits);
        checkOutput({ kind: 'combined', text: mutated });
        const { question, reply } = splitAtAnswer(mutated);
        checkOutput({ kind: 'separate', question, reply });
      }),
      { numRuns: runs(150), seed },
    );
  });

  it('returns the contract shape when random Unicode is spliced into a corpus text', () => {
    fc.assert(
      fc.property(sourceText, fc.array(fc.tuple(fc.nat(), nastyText(200)), { minLength: 1, maxLength: 5 }), (text, inserts) => {
        let t = text;
        for (const [at, piece] of inserts) {
          const i = at % (t.length + 1);
          t = t.slice(0, i) + piece + t.slice(i);
        }
        checkOutput({ kind: 'combined', text: t });
      }),
      { numRuns: runs(150), seed },
    );
  });

  it('returns the contract shape for question and reply drawn from different texts (a mismatched pair)', () => {
    fc.assert(
      fc.property(sourceText, sourceText, (a, b) => {
        checkOutput({ kind: 'separate', question: splitAtAnswer(a).question, reply: splitAtAnswer(b).reply });
      }),
      { numRuns: runs(60), seed },
    );
  });

  it('returns the contract shape on random Unicode alone', () => {
    fc.assert(
      fc.property(nastyText(2000), nastyText(2000), (question, reply) => {
        checkOutput({ kind: 'combined', text: `${question}\nANSWER\n${reply}` });
        checkOutput({ kind: 'separate', question, reply });
      }),
      { numRuns: runs(200), seed },
    );
  });
});

const MB = 1_000_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);

describe(`analyze on 1 MB inputs (returns; not timed; seed ${seed})`, () => {
  // Each of these repeats one construct the parsers look for, so a regex that backtracks or a
  // loop that rescans would show here as a hang rather than pass.
  const pathological: ReadonlyArray<readonly [string, string]> = [
    ['one line of words, no newline', fill('word ')],
    ['part labels on one line', fill('(a) ')],
    ['part labels one per line', fill('(a)\n')],
    ['open parentheses', fill('(')],
    ['ANSWER lines', fill('ANSWER\n')],
    ['"whether" clauses', fill('whether if so, ')],
    ['statement headers', fill('STATEMENT REFERRED TO IN PART (a) ')],
    ['Devanagari', fill('कृषि एवं किसान कल्याण मंत्रालय (क) ')],
    ['lone surrogates', fill('\ud800')],
    ['newlines only', fill('\n')],
  ];
  for (const [label, text] of pathological) {
    it(label, () => {
      const out = analyze({ kind: 'combined', text });
      expect(Array.isArray(out.parts)).toBe(true);
    }, 120_000);
  }

  it('a corpus text mutated and repeated to 1 MB, combined and separate', () => {
    const [sample] = fc.sample(fc.tuple(sourceText, fc.array(mutationArb, { minLength: 3, maxLength: 10 })), { numRuns: 1, seed });
    if (!sample) throw new Error('no sample');
    const unit = applyMutations(sample[0], sample[1]) || 'x';
    const text = fill(`${unit}\n`);
    checkOutput({ kind: 'combined', text });
    const { question, reply } = splitAtAnswer(text);
    checkOutput({ kind: 'separate', question: question.slice(0, 20_000), reply });
  }, 120_000);
});
