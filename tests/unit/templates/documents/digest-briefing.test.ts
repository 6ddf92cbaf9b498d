import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { AnalyzeOutput } from '../../../../shared/analysis/contract.ts';
import { briefingInput } from '../../../../shared/digest/digest-briefing.ts';
import type { DigestEntry } from '../../../../shared/digest/digest-entry.ts';
import { renderText } from '../../../../shared/documents/render-text.ts';
import { toDocx } from '../../../../shared/documents/to-docx.ts';
import type { Language } from '../../../../shared/domain/draft.ts';
import { briefingTitle, renderBriefing } from '../../../../templates/documents/digest-briefing.ts';
import { docxesToText } from '../../../helpers/libreoffice.ts';
import { output, replyEntry } from '../../shared/digest/fixtures.ts';

/**
 * The Member's briefing from a digest: golden text in English and Hindi (UPDATE_GOLDEN=1 to
 * rewrite, then read the diff), and the .docx opened by LibreOffice with every line read back.
 */
const goldenDir = fileURLToPath(new URL('../../../fixtures/golden/', import.meta.url));
const update = process.env['UPDATE_GOLDEN'] === '1';

const kavach: AnalyzeOutput = {
  ...output(['partial', { status: 'deferred', assuranceDue: '2026-03-10' }, 'answered'], {
    house: 'Lok Sabha', kind: 'unstarred', number: '4321', date: '2025-12-10', ministry: 'Railways', subject: 'Kavach on the Delhi-Mumbai Route', askedBy: ['Shri A. B. Member'],
    parts: [
      { label: 'a', text: 'the length of the route on which Kavach has been installed' },
      { label: 'b', text: 'the date by which the whole route will be covered' },
      { label: 'c', text: 'the cost so far' },
    ],
  }),
};
const withEvidence: AnalyzeOutput = {
  ...kavach,
  parts: kavach.parts.map((p) => ({ ...p, evidence: [{ start: 0, end: 1, text: p.label === 'a' ? 'Kavach has been installed on parts of the route.' : 'The matter is under consideration and the information will be laid on the Table of the House.' }] })),
};
const allMet = output(['answered'], { number: '12', subject: 'Stations' });
const entries: DigestEntry[] = [
  replyEntry('kavach.txt', withEvidence),
  replyEntry('kavach-again.pdf', withEvidence, 'kavach.txt'),
  replyEntry('stations.txt', allMet),
  { kind: 'failed', file: 'scan.pdf', reason: 'A scanned image.' },
];

function blocksFor(language: Language) {
  const analyses = new Map([['kavach.txt', withEvidence], ['stations.txt', allMet]]);
  return renderBriefing(briefingInput({ digestTitle: 'Winter session 2025', today: '2025-12-20', language, entries, analysisOf: (f) => analyses.get(f) ?? null }));
}

describe('digest briefing', () => {
  for (const language of ['en', 'hi'] as const) {
    it(`golden text (${language})`, async () => {
      const actual = renderText(blocksFor(language));
      const path = `${goldenDir}digest-briefing.${language}.txt`;
      if (update) await writeFile(path, actual, 'utf8');
      expect(actual).toBe(await readFile(path, 'utf8'));
    });
  }

  it('lists only replies with something open, each part with what was asked and said, promises with due dates (dd.mm.yyyy)', () => {
    const text = renderText(blocksFor('en'));
    expect(text).toContain('Lok Sabha Unstarred Question No. 4321, answered on 10.12.2025');
    expect(text).toContain('Replies shown: 2. Replies with parts left open or partly met, deferred or assured: 1.');
    expect(text).not.toContain('Stations');
    expect(text).toContain('Part (b): assurance, due 10.03.2026');
    // The deferred part with an assurance is one promise, listed once.
    expect(text).not.toContain('Part (b) deferred');
    expect(text).not.toContain('the cost so far');
  });

  it('LibreOffice opens the .docx and reads back every line, in English and Hindi', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'briefing-lo-'));
    try {
      const paths: string[] = [];
      for (const language of ['en', 'hi'] as const) {
        const path = join(dir, `briefing.${language}.docx`);
        await writeFile(path, await toDocx(blocksFor(language), { title: briefingTitle(language), language }));
        paths.push(path);
      }
      const texts = (await docxesToText(paths)).map((t) => t.replace(/\s+/g, ' '));
      for (const [i, language] of (['en', 'hi'] as const).entries()) {
        const lines = renderText(blocksFor(language)).split('\n').map((l) => l.replace(/^\s*\d+\.\s+/, '').replace(/\s+/g, ' ').trim()).flatMap((l) => l.split(' | ')).filter((l) => l.length > 0);
        for (const line of lines) expect(texts[i], line).toContain(line);
      }
      expect(texts[1]).toContain('लोक सभा अतारांकित प्रश्न संख्या 4321, उत्तर 10.12.2025');
      expect(texts[1]).toContain('नियत तिथि 10.03.2026');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
