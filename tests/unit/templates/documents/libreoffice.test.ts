import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DRAFT_KINDS, type DraftKind, type Language } from '../../../../shared/domain/draft.ts';
import type { Block } from '../../../../shared/documents/blocks.ts';
import { toDocx } from '../../../../shared/documents/to-docx.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';
import { docxesToText } from '../../../helpers/libreoffice.ts';
import { SAMPLE_PROFILE, SAMPLE_TODAY, sampleDraft } from '../../../fixtures/golden/sample-drafts.ts';

/**
 * Every kind, English and Hindi, exported to .docx and opened in LibreOffice: the text that comes
 * back must hold every line the blocks put in (whitespace aside), and the key phrases of each kind.
 */
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Every line of text the blocks carry (cells split at their line breaks). */
function lineTexts(blocks: ReadonlyArray<Block>): ReadonlyArray<string> {
  return blocks.flatMap((b): ReadonlyArray<string> => {
    switch (b.kind) {
      case 'heading': return [b.text];
      case 'paragraph': return b.runs.map((r) => r.text).join('').split('\n');
      case 'numbered-list': return b.items.flatMap((item) => item.map((r) => r.text).join('').split('\n'));
      case 'table': return [...b.header, ...b.rows.flat()].flatMap((c) => c.split('\n'));
      case 'address': return b.lines;
      case 'signature': return [...b.left, ...b.right];
      case 'spacer': return [];
    }
  }).map(squash).filter((l) => l.length > 0);
}

const KEY_PHRASES: { readonly [K in DraftKind]: { readonly en: ReadonlyArray<string>; readonly hi: ReadonlyArray<string> } } = {
  'rti-application': { en: ['SECTION 6(1)', 'Accounts Officer', 'Section 6(3)', 'Section 10', 'citizen of India', '1. The number and date'], hi: ['धारा 6(1)', 'लेखा अधिकारी', 'धारा 6(3)', 'भारत का/की नागरिक', 'केन्द्रीय लोक सूचना अधिकारी'] },
  'rti-first-appeal': { en: ['SECTION 19(1)', 'Bhagat Singh', 'Section 19(5)'], hi: ['धारा 19(1)', 'भगत सिंह', 'प्रथम अपीलीय प्राधिकारी'] },
  'rti-second-appeal': { en: ['SECTION 19(3)', 'INDEX', 'The Registrar', 'Prayer or relief sought', 'Section 19(8)(b)', 'Chronology of events', 'Declaration', 'Verification'], hi: ['धारा 19(3)', 'अनुक्रमणिका', 'रजिस्ट्रार', 'धारा 19(8)(ख)', 'घटनाओं का कालक्रम', 'घोषणा', 'सत्यापन'] },
  'rti-complaint': { en: ['SECTION 18', 'Section 20(1)', 'INDEX', 'The Registrar'], hi: ['धारा 18', 'धारा 20(1)', 'शिकायतकर्ता', 'रजिस्ट्रार'] },
  'pq-notice': { en: ['*Will the Minister of HEALTH AND FAMILY WELFARE be pleased to state:', '(a) the number', '; and', 'already leaked?', 'SHRI EXAMPLE MEMBER', 'Division No.: 123'], hi: ['यह बताने की कृपा करेंगे कि:', '(क)', '(घ)', '; और', 'विभाजन संख्या: 123'] },
  'half-an-hour-notice': { en: ['HALF-AN-HOUR', 'Rule 55', 'Explanatory note', '2345', '21.07.2023'], hi: ['आधे घंटे की चर्चा', 'नियम 55', 'व्याख्यात्मक टिप्पणी'] },
  'list-of-dates': { en: ['LIST OF DATES AND EVENTS', '24.11.2023', 'Second Schedule'], hi: ['तिथियों और घटनाओं की सूची', 'दूसरी अनुसूची'] },
  'points-table': { en: ['ANNEXURE P-3', 'What the reply said', 'Unanswered'], hi: ['अनुलग्नक P-3', 'उत्तर नहीं दिया गया'] },
};

let dir = '';
const cases = DRAFT_KINDS.flatMap((kind) => (['en', 'hi'] as const).map((language) => ({ kind, language })));
let texts: ReadonlyArray<string> = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'templates-lo-'));
  const paths: string[] = [];
  for (const { kind, language } of cases) {
    const draft = sampleDraft(kind, language);
    const blocks = TEMPLATES[kind].render(draft, { profile: SAMPLE_PROFILE, today: SAMPLE_TODAY });
    const path = join(dir, `${kind}.${language}.docx`);
    await writeFile(path, await toDocx(blocks, { title: draft.title, language }));
    paths.push(path);
  }
  texts = await docxesToText(paths); // one soffice start for all sixteen files
}, 180_000);

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('LibreOffice opens every template', () => {
  cases.forEach(({ kind, language }: { kind: DraftKind; language: Language }, i) => {
    it(`${kind}.${language}`, () => {
      const text = squash(texts[i] ?? '');
      expect(text.length).toBeGreaterThan(100);
      const blocks = TEMPLATES[kind].render(sampleDraft(kind, language), { profile: SAMPLE_PROFILE, today: SAMPLE_TODAY });
      for (const line of lineTexts(blocks)) expect(text, line).toContain(line);
      for (const phrase of KEY_PHRASES[kind][language]) expect(text, phrase).toContain(phrase);
      if (language === 'hi') expect(text).toMatch(/[\u0900-\u097F]{4,}/u);
    });
  });
});
