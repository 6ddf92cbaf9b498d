import { RTI_HYPOTHETICAL, RTI_OPINION, RTI_WHY } from '../../../templates/rules/rti-rules.ts';
import { RTI_ONLINE_CHARSET } from '../../../templates/rules/rti-online.ts';
import { matchesAny } from '../../lint/text.ts';

/** Replace {name} placeholders; unknown names are left as they are, so a test can catch them. */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z]+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

const REPLACE: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u2018\u2019\u201C\u201D'"`]/g, ''],
  [/[\u2013\u2014]/g, '-'],
  [/;/g, ','],
  [/\u20B9/g, 'Rs '],
];

/** Make text fit the RTI Online box (A.3): known substitutions, then drop anything else. */
export function rtiSafe(text: string): string {
  let s = text;
  for (const [re, to] of REPLACE) s = s.replace(re, to);
  let out = '';
  for (const ch of s) out += RTI_ONLINE_CHARSET.allowed.test(ch) ? ch : ' ';
  return out.replace(/ {2,}/g, ' ').replace(/ ([,.])/g, '$1').trim();
}

/**
 * A Hindi RTI point: the same substitutions as `rtiSafe` (no quotes or semicolons), but the
 * Devanagari kept. RTI Online's box takes only A-Z, digits and a few signs (A.3), so a Hindi
 * application goes by post, which s.6(1) of the Act allows in Hindi.
 */
export function hindiSafe(text: string): string {
  let s = text;
  for (const [re, to] of REPLACE) if (to !== 'Rs ') s = s.replace(re, to);
  return s.replace(/\s+/g, ' ').replace(/ ([,.।])/g, '$1').trim();
}

/** An RTI point must ask for records: no "why", no opinion, no hypothetical (s.2(f), A.6). */
export function isRecordRequest(point: string): boolean {
  return !matchesAny(point, [...RTI_WHY.patterns, ...RTI_OPINION.patterns, ...RTI_HYPOTHETICAL.patterns]);
}

/** First letter upper-case, for a part or point built from a template starting with a placeholder. */
export function capitalise(s: string): string {
  return s.length > 0 ? s[0]?.toUpperCase() + s.slice(1) : s;
}
