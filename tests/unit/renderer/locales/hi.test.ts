import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/src/locales/en/index.ts';
import { hi } from '../../../../renderer/src/locales/hi/index.ts';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as [dotted key, value]. */
function leaves(tree: Tree, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`));
}

/** The names in {{name}} and {{name, format}} (i18next formatting: the format may differ, the name may not). */
const placeholders = (text: string): ReadonlyArray<string> => [...text.matchAll(/\{\{\s*([^},\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? '').sort();

const enLeaves = new Map(leaves(en));
const hiLeaves = new Map(leaves(hi));

/** English values that may stay empty in Hindi because they are empty in English (the idle save state). */
const emptyInEnglish = [...enLeaves].filter(([, v]) => v === '').map(([k]) => k);

describe('Hindi interface strings', () => {
  it('have exactly the keys of the English ones, at every depth', () => {
    expect([...hiLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('has no empty value where English has text', () => {
    const empty = [...hiLeaves].filter(([k, v]) => v.trim() === '' && !emptyInEnglish.includes(k)).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('reads placeholders with and without a format', () => {
    expect(placeholders('{{total, number}} of {{count}} and {{ name }}')).toEqual(['count', 'name', 'total']);
  });

  it('keeps every {{placeholder}} of the English string', () => {
    const lost = [...enLeaves].flatMap(([key, text]) => {
      const want = placeholders(text);
      const got = placeholders(hiLeaves.get(key) ?? '');
      return want.every((p) => got.includes(p)) && got.every((p) => want.includes(p)) ? [] : [`${key}: ${want.join(',')} vs ${got.join(',')}`];
    });
    expect(lost).toEqual([]);
  });

  it('has both plural forms wherever English has one (i18next _one / _other)', () => {
    const pluralBases = (keys: Iterable<string>) => new Set([...keys].filter((k) => /_(one|other)$/.test(k)).map((k) => k.replace(/_(one|other)$/, '')));
    for (const base of pluralBases(enLeaves.keys())) {
      expect(enLeaves.has(`${base}_one`) && enLeaves.has(`${base}_other`), `en ${base}`).toBe(true);
      expect(hiLeaves.has(`${base}_one`) && hiLeaves.has(`${base}_other`), `hi ${base}`).toBe(true);
    }
    expect(pluralBases(hiLeaves.keys())).toEqual(pluralBases(enLeaves.keys()));
  });

  it('is written in Devanagari: most strings with letters have Devanagari in them', () => {
    // Some strings are rightly the same in both (names such as "RTI Online", "SHA-256", "PDF",
    // and pure placeholders); every other string with Latin words must carry Hindi.
    const untranslated = [...hiLeaves].filter(([key, text]) => {
      const english = enLeaves.get(key) ?? '';
      return /[A-Za-z]{3,}/.test(text.replace(/\{\{[^}]*\}\}/g, '')) && !/[\u0900-\u097F]/.test(text) && text === english;
    }).map(([k, v]) => `${k}: ${v}`);
    expect(untranslated.sort()).toEqual([
      'drafting.online.heading: RTI Online',
      'drafting.routing.rtiOnline: RTI Online',
      'importing.format.docx: Word',
      'importing.format.pdf: PDF',
      'tracker.evidence.sha256: SHA-256',
      'tracker.evidence.shaFull: SHA-256 {{sha}}',
      'tracker.mode.rti-online: RTI Online',
    ]);
  });

  it('uses the official Hindi terms for the RTI Act, the Houses and the kinds of question', () => {
    expect(hi.settings.applicant.isBpl).toContain('सूचना का अधिकार अधिनियम, 2005');
    expect(hi.common.house['Lok Sabha']).toBe('लोक सभा');
    expect(hi.common.house['Rajya Sabha']).toBe('राज्य सभा');
    expect(hi.analysis.facts.kind.unstarred).toBe('अतारांकित प्रश्न');
    expect(hi.analysis.facts.kind.starred).toBe('तारांकित प्रश्न');
    expect(hi.tracker.name.kind['rti-first-appeal']).toBe('प्रथम अपील');
    expect(hi.templateLabels.pioAddress).toContain('केन्द्रीय लोक सूचना अधिकारी');
    // Legal citations stay recognisable: the section numbers are kept as they are.
    expect(hi.kinds['rti-application']).toContain('6(1)');
    expect(hi.kinds['rti-first-appeal']).toContain('19(1)');
    expect(hi.kinds['rti-second-appeal']).toContain('19(3)');
  });
});
