import { describe, expect, it } from 'vitest';
import { clipToBytes, suggestedFileName } from '../../../../electron/services/export-draft.ts';
import { exampleDocuments, exampleDrafts } from '../../../../electron/services/example-documents.ts';

const bytes = (s: string): number => new TextEncoder().encode(s).length;

describe('file names of exported drafts', () => {
  it('keep a long Hindi title within what a file system allows, cut between whole letters', async () => {
    const [draft] = await exampleDrafts('2026-12-03T10:00:00.000Z');
    if (!draft) throw new Error('the example has drafts');
    const title = 'आरटीआई आवेदन: कोविन डेटा उल्लंघन की जाँच की स्थिति (स्वास्थ्य और परिवार कल्याण मंत्रालय) '.repeat(3);
    const name = suggestedFileName({ ...draft, title });
    expect(bytes(name)).toBeLessThanOrEqual(170);
    expect(name.endsWith('.docx')).toBe(true);
    // Cut between whole letters: what follows the cut in the title is not a vowel sign or virama of the last letter.
    const stem = name.replace(/\.docx$/, '');
    const cleaned = title.replace(/:/g, ' ').replace(/\s+/g, ' ');
    expect(cleaned.startsWith(stem)).toBe(true);
    expect(cleaned.slice(stem.length)).not.toMatch(/^\p{M}/u);
    // And between words: the title goes on with a space where the name stops.
    expect(cleaned.charAt(stem.length)).toMatch(/\s/);
  });

  it('clips by bytes, not characters, between whole words where it can', () => {
    expect(clipToBytes('abcdef', 4)).toBe('abcd');
    expect(clipToBytes('कि', 3)).toBe('');
    expect(clipToBytes('किकि', 6)).toBe('कि');
    expect(clipToBytes('ab cdef', 5)).toBe('ab');
    expect(clipToBytes('ab cd ef', 5)).toBe('ab cd');
    expect(clipToBytes('परिवार कल्याण', 24)).toBe('परिवार');
  });

  it('leaves every example document\'s name short enough for a 255-byte file system with the atomic write\'s suffix', async () => {
    const docs = await exampleDocuments('2026-12-03T10:00:00.000Z');
    expect(docs.length).toBeGreaterThan(10);
    for (const d of docs) expect(bytes(`${d.fileName}.tmp-99999-ffffffff`), d.fileName).toBeLessThanOrEqual(255);
  });
});
