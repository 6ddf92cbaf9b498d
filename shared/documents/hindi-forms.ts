/**
 * Resolves the "करता/करती" pairs of a Hindi document to the signer's form (`templates/phrases/hindi-forms.ts`).
 * With no form chosen the pairs stay, and `unresolvedForms` names them, so a final export is
 * refused until the signer's form is set rather than filed with both forms in it.
 */
import { HINDI_FORM_PAIRS, type HindiForm } from '../../templates/phrases/hindi-forms.ts';
import type { Block, Run } from './blocks.ts';
import { assertNever } from '../lib/assert-never.ts';
import type { DraftKind } from '../domain/draft.ts';
import type { HindiForm as ProfileHindiForm, Profile } from '../domain/profile.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A pair stands between non-letters: Devanagari letters and vowel signs are \p{L} or \p{M}.
const PAIR = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${HINDI_FORM_PAIRS.map((p) => `${escape(p.masculine)}/${escape(p.feminine)}`).join('|')})(?![\\p{L}\\p{M}])`,
  'gu',
);

export function resolveFormsInText(value: string, form: HindiForm): string {
  return value.replace(PAIR, (pair) => {
    const [m = pair, f = pair] = pair.split('/');
    return form === 'masculine' ? m : f;
  });
}

/** Every pair still in `value`, once each. */
export function unresolvedForms(value: string): ReadonlyArray<string> {
  return [...new Set(value.match(PAIR) ?? [])];
}

function runs(rs: ReadonlyArray<Run>, form: HindiForm): ReadonlyArray<Run> {
  return rs.map((r) => ({ ...r, text: resolveFormsInText(r.text, form) }));
}

/** The blocks with every pair resolved to `form`. */
export function resolveHindiForms(blocks: ReadonlyArray<Block>, form: HindiForm): ReadonlyArray<Block> {
  const t = (v: string): string => resolveFormsInText(v, form);
  return blocks.map((b): Block => {
    switch (b.kind) {
      case 'heading': return { ...b, text: t(b.text) };
      case 'paragraph': return { ...b, runs: runs(b.runs, form) };
      case 'numbered-list': return { ...b, items: b.items.map((item) => runs(item, form)) };
      case 'table': return { ...b, header: b.header.map(t), rows: b.rows.map((row) => row.map(t)) };
      case 'address': return { ...b, lines: b.lines.map(t) };
      case 'signature': return { ...b, left: b.left.map(t), right: b.right.map(t) };
      case 'spacer': return b;
      default: return assertNever(b, 'Unknown block kind');
    }
  });
}

/**
 * Whose form a document takes: a question or half-an-hour notice is signed by the Member, every
 * other document by the applicant. Undefined until that person's form is chosen in Settings.
 */
export function signerForm(kind: DraftKind, profile: Profile): ProfileHindiForm | undefined {
  switch (kind) {
    case 'pq-notice':
    case 'half-an-hour-notice':
      return profile.member.hindiForm;
    case 'rti-application':
    case 'rti-first-appeal':
    case 'rti-second-appeal':
    case 'rti-complaint':
    case 'list-of-dates':
    case 'points-table':
      return profile.applicant.hindiForm;
    default: return assertNever(kind, 'Unknown draft kind');
  }
}
