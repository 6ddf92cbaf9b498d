import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../shared/analysis/analyze.ts';
import { findGaps, type GapPart } from '../../../../shared/drafting/gaps.ts';
import { leftOpenByPart } from '../../../../shared/drafting/left-open.ts';
import type { PartStatus } from '../../../../shared/domain/part-status.ts';
import { COWIN_QUESTION_TEXT, COWIN_REPLY_TEXT } from '../../../../shared/example/cowin-text.ts';

const out = analyze({ kind: 'separate', question: COWIN_QUESTION_TEXT, reply: COWIN_REPLY_TEXT });
const textOf = (label: string): string => out.question.parts.find((p) => p.label === label)?.text ?? '';
/** The CoWIN reply's parts with the analyser's passages, under the statuses a reader gives them. */
function leftOpen(statuses: Readonly<Record<string, PartStatus>>): ReadonlyMap<string, { withheld: ReadonlyArray<string>; seeAlso: ReadonlyArray<string> }> {
  const parts: GapPart[] = out.parts.map((v) => ({ label: v.label, text: textOf(v.label), status: statuses[v.label] ?? v.status, evidence: v.evidence }));
  return leftOpenByPart(parts, findGaps({ question: out.question, parts, replyText: COWIN_REPLY_TEXT }));
}

describe('what each part was left without', () => {
  const open = leftOpen({ a: 'unanswered', b: 'partial', c: 'partial', d: 'answered' });
  const said = (label: string): string => (open.get(label)?.withheld ?? []).join(' | ');

  it('gives the containment part what the reply withheld on containment, wherever the sentence was quoted', () => {
    expect(said('a')).toMatch(/contain the leaked data/);
    // The safeguards and their audits answer (d), which the reader counts as met: not (a)'s gap.
    expect(said('a')).not.toMatch(/audit|assessment|safeguards/);
  });

  it('names the investigation part\'s own ask first, then what the FIR sentence withholds', () => {
    expect(open.get('b')?.withheld[0]).toBe('whether responsibility has been fixed, or on whom');
    expect(said('b')).toMatch(/First Information Report, its number and date/);
    expect(said('b')).not.toMatch(/contain/);
  });

  it('asks the status part for the stage, points back for the rest, and does not owe the "if not" reasons', () => {
    expect(open.get('c')).toEqual({ withheld: ['at what stage the matter stands'], withheldHi: ['मामला इस समय किस चरण में है'], seeAlso: ['b'] });
  });

  it('writes each item once in the table', () => {
    const all = [...open.values()].flatMap((o) => o.withheld);
    expect(new Set(all).size).toBe(all.length);
  });

  it('leaves nothing open for a met part, and gives the measures their gaps when the reader finds them partly met', () => {
    expect(open.has('d')).toBe(false);
    expect(leftOpen({ d: 'partial' }).get('d')?.withheld.join(' | ')).toMatch(/audit|assessment|safeguards|measures/);
  });
});
