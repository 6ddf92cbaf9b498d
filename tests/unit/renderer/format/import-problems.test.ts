import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/src/locales/en/index.ts';
import { hi } from '../../../../renderer/src/locales/hi/index.ts';
import { importProblemText, importWarningText } from '../../../../renderer/src/format/import-problems.ts';
import { problems } from '../../../../electron/services/import/import-messages.ts';
import type { ImportProblemKind, ImportWarningKind } from '../../../../shared/import/normalize-text.ts';

const PROBLEM_KINDS: ReadonlyArray<ImportProblemKind> = ['unknown-type', 'too-large', 'encrypted', 'corrupt', 'empty', 'scanned', 'too-many-pages', 'zip-bomb', 'unreadable'];
const WARNING_KINDS: ReadonlyArray<ImportWarningKind> = ['hindi-may-be-damaged', 'little-text', 'control-characters-removed', 'truncated-pages', 'encoding-guessed'];
// File extensions and the encoding's name are the same in both languages.
const allowedLatin = (s: string): string => s.replace(/\.(docx|txt)\b/g, '').replace(/\bUTF-8\b/g, '');

let tHi: TFunction;
let tEn: TFunction;
beforeAll(async () => {
  const make = async (lng: 'en' | 'hi') => {
    const instance = i18next.createInstance();
    await instance.init({ resources: { en: { translation: en }, hi: { translation: hi } }, lng, fallbackLng: false, interpolation: { escapeValue: false } });
    return instance.t;
  };
  tEn = await make('en');
  tHi = await make('hi');
});

describe('import refusals and warnings on screen', () => {
  it('are Hindi in the Hindi interface, for every kind the importer gives', () => {
    for (const kind of PROBLEM_KINDS) {
      const text = importProblemText(tHi, 'hi', { kind, message: 'English sentence from main' });
      expect(text, kind).toMatch(/[\u0900-\u097F]/);
      expect(allowedLatin(text), kind).not.toMatch(/[A-Za-z]/);
    }
    for (const kind of WARNING_KINDS) {
      const text = importWarningText(tHi, 'hi', { kind, message: 'English sentence from main' });
      expect(text, kind).toMatch(/[\u0900-\u097F]/);
      expect(allowedLatin(text), kind).not.toMatch(/[A-Za-z]/);
    }
  });

  it('keep main\'s own sentence, naming the file, in the English interface', () => {
    const problem = problems.encrypted('reply.pdf');
    expect(importProblemText(tEn, 'en', problem)).toBe(problem.message);
    expect(importProblemText(tEn, 'en', problem)).toContain('reply.pdf');
  });

  it('say a stopped import left the text as it was, in either language', () => {
    expect(importProblemText(tHi, 'hi', { kind: 'canceled', message: '' })).toBe(hi.importing.stopped);
    expect(importProblemText(tEn, 'en', { kind: 'canceled', message: '' })).toBe(en.importing.stopped);
  });
});
