import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Language } from '../../../../shared/domain/draft.ts';
import { address, heading, numbered, paragraph, signature, table } from '../../../../shared/documents/blocks.ts';
import { toDocx } from '../../../../shared/documents/to-docx.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';
import { docxesToText } from '../../../helpers/libreoffice.ts';
import { withSomeFields, type Draft } from '../../../../shared/domain/draft.ts';
import { declaresField } from '../../../../shared/domain/draft-fields.ts';

/** Valid values for the choice fields the draft's kind has (the fuzzed text would fail them). */
function choicesFor(draft: Draft): { readonly [key: string]: string } {
  return Object.fromEntries(Object.entries({ feeMode: 'ipo', house: 'Lok Sabha', questionKind: 'starred' }).filter(([key]) => declaresField(draft.kind, key)));
}
import { SAMPLE_PROFILE, SAMPLE_TODAY, sampleDraft } from '../../../fixtures/golden/sample-drafts.ts';

/**
 * Random Unicode -> toDocx -> LibreOffice must open every file. Control characters, lone surrogates,
 * U+FFFE/U+FFFF, RTL and bidi-override marks, Devanagari and 10,000-character fields. soffice is slow,
 * so the cases are generated up front (fixed count, random or given seed) and converted in one call.
 */
const RUNS = Number(process.env['FC_RUNS'] ?? 8);
const seed = Number(process.env['FC_SEED'] ?? Date.now() % 2 ** 31);

const nasty = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((codes) => String.fromCharCode(...codes)),
  fc.array(fc.constantFrom('\u0000', '\u0001', '\u000B', '\u001F', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF', '\u200F', '\u202E', '\u2066', '\r\n', '\r', '\n', '\t', '<', '&', ']]>', 'अ', 'क्ष', '\u{1F600}', ' '), { maxLength: 200 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', minLength: 10_000, maxLength: 10_000 }),
  fc.string({ unit: 'grapheme', maxLength: 300 }),
);

const caseArb = fc.record({
  language: fc.constantFrom<Language>('en', 'hi'),
  field: nasty,
  points: fc.array(nasty, { minLength: 1, maxLength: 4 }),
  title: nasty,
});

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'docx-prop-'));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('toDocx with random Unicode opens in LibreOffice', () => {
  it(`opens ${RUNS} generated documents (seed ${seed})`, async () => {
    const cases = fc.sample(caseArb, { numRuns: RUNS, seed });
    const paths: string[] = [];
    for (const [i, c] of cases.entries()) {
      // A real template with every field replaced by the random text, plus raw blocks of it.
      const base = sampleDraft(i % 2 === 0 ? 'rti-application' : 'pq-notice', c.language);
      const draft = { ...base, fields: Object.fromEntries(Object.keys(base.fields).map((k) => [k, `${c.field}`])), points: [...c.points] };
      const blocks = [
        heading(`MARKER-${i}`),
        ...TEMPLATES[draft.kind].render(withSomeFields(draft, choicesFor(draft)), { profile: SAMPLE_PROFILE, today: SAMPLE_TODAY }),
        paragraph(c.field),
        numbered(c.points),
        table([c.title], [[c.field]]),
        address([c.field, c.title]),
        signature([c.field], [c.title]),
      ];
      const path = join(dir, `case-${i}.docx`);
      await writeFile(path, await toDocx(blocks, { title: c.title, language: c.language }));
      paths.push(path);
    }
    const texts = await docxesToText(paths);
    expect(texts).toHaveLength(RUNS);
    texts.forEach((t, i) => {
      expect(t, `case ${i} (seed ${seed})`).toContain(`MARKER-${i}`);
    });
  });
});
