import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseTitleFromReply } from '../../../../shared/workflows/case-from-import.ts';

const FIXTURE = resolve(import.meta.dirname, '../../../fixtures/import/rs-cowin-qa.txt');

describe('caseTitleFromReply', () => {
  it('names the case after the question\'s subject', async () => {
    const text = await readFile(FIXTURE, 'utf8');
    expect(caseTitleFromReply(text, 'rs-cowin-qa.txt')).toMatch(/cowin/i);
  });

  it('falls back to the file name, without its extension, for text with no subject', () => {
    expect(caseTitleFromReply('Some notes with no question in them.', 'my_reply-notes.pdf')).toBe('my reply notes');
  });
});
