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

  it('reads a Markdown reply without its markup, and the asker line as no part of the subject', () => {
    // Review 11: "**compensation for Healthcare Workers During COVID-19 Period** **824: Shri …:**".
    const text = 'LOK SABHA\nUNSTARRED QUESTION NO. – 824\nTO BE ANSWERED ON 7TH FEBRUARY, 2025\n\n**COMPENSATION FOR HEALTHCARE WORKERS DURING COVID-19 PERIOD**\n\n**824: SHRI BALWANT BASWANT WANKHADE:**\n\nWill the Minister of HEALTH AND FAMILY WELFARE be pleased to state:\n(a) the number of workers who died?\n\n**ANSWER**\n\n(a) Not maintained centrally.\n';
    expect(caseTitleFromReply(text, 'AU824.pdf')).toBe('Compensation for Healthcare Workers During COVID-19 Period');
  });

  it('falls back to the file name, without its extension, for text with no subject', () => {
    expect(caseTitleFromReply('Some notes with no question in them.', 'my_reply-notes.pdf')).toBe('my reply notes');
  });
});
