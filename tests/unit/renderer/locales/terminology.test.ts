import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HINDI_TERMS } from '../../../../renderer/src/locales/hi/terminology.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');
const DEVANAGARI = /[\u0900-\u097F]/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) && !path.endsWith('terminology.ts') ? [path] : [];
  });
}

/** Every quoted string with Devanagari in it, with its file. */
function hindiStrings(): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  for (const file of [...sources(join(ROOT, 'renderer/src/locales/hi')), ...sources(join(ROOT, 'shared')), ...sources(join(ROOT, 'templates'))]) {
    for (const m of readFileSync(file, 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)) {
      const text = m[1] ?? m[2] ?? '';
      if (DEVANAGARI.test(text)) out.push({ file: file.slice(ROOT.length + 1), text });
    }
  }
  return out;
}

describe('one Hindi word for each thing', () => {
  const strings = hindiStrings();

  it('reads the Hindi strings of the interface and the documents', () => {
    expect(strings.length).toBeGreaterThan(300);
    expect(strings.some((s) => s.file.startsWith('templates/'))).toBe(true);
  });

  it.each(HINDI_TERMS.map((term) => [term.use, term] as const))('%s, and none of the words it replaces', (_use, term) => {
    const offending = strings.filter((s) => term.notThese.some((word) => s.text.includes(word)));
    expect(offending, `use "${term.use}" for ${term.english}`).toEqual([]);
  });
});
