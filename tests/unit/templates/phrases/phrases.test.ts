import { describe, expect, it } from 'vitest';
import { ASSURANCE_EXPRESSIONS } from '../../../../templates/phrases/assurances.ts';
import { DEFERRALS } from '../../../../templates/phrases/deferrals.ts';
import { DEFLECTIONS } from '../../../../templates/phrases/deflections.ts';
import { REFUSALS } from '../../../../templates/phrases/refusals.ts';
import { STATES_AND_UTS } from '../../../../templates/phrases/places.ts';
import { ACRONYMS } from '../../../../templates/phrases/acronyms.ts';

const normalise = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ');

describe('phrase knowledge', () => {
  const all = [...DEFLECTIONS, ...DEFERRALS, ...REFUSALS, ...ASSURANCE_EXPRESSIONS];

  it('gives every entry a source and a unique id', () => {
    for (const e of all) expect(e.source.length, e.id).toBeGreaterThan(5);
    for (const list of [DEFLECTIONS, DEFERRALS, REFUSALS, ASSURANCE_EXPRESSIONS]) {
      const ids = list.map((e) => e.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('matches each entry against its own documented wording', () => {
    for (const e of all) expect(e.pattern.test(normalise(e.text)), e.id).toBe(true);
  });

  it('holds Lok Sabha Annex 3 items 1-28, confirmed, and marks everything else unconfirmed', () => {
    const annex = ASSURANCE_EXPRESSIONS.filter((e) => e.item !== null);
    expect(annex.map((e) => e.item)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(annex.every((e) => e.confirmed)).toBe(true);
    expect(ASSURANCE_EXPRESSIONS.filter((e) => e.item === null).every((e) => !e.confirmed)).toBe(true);
    expect(annex[0]?.text).toBe('The matter is under consideration.');
    expect(annex[19]?.text).toBe('Efforts are being made to collect the necessary data.');
  });

  it('keeps the phrase kinds apart', () => {
    expect(DEFLECTIONS.every((e) => e.kind === 'deflection')).toBe(true);
    expect(DEFERRALS.every((e) => e.kind === 'deferral')).toBe(true);
    expect(REFUSALS.every((e) => e.kind === 'refusal')).toBe(true);
  });

  it('lists 28 States and 8 Union territories', () => {
    expect(STATES_AND_UTS.filter((p) => p.kind === 'state')).toHaveLength(28);
    expect(STATES_AND_UTS.filter((p) => p.kind === 'union-territory')).toHaveLength(8);
  });

  it('lists each acronym once, written with capitals, with its expansion and source, unconfirmed', () => {
    const keys = ACRONYMS.map((a) => a.written.toUpperCase());
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of ACRONYMS) {
      expect(a.written, a.written).toMatch(/^[A-Z][A-Za-z0-9&/-]*$/);
      expect(a.written.replace(/[^A-Z]/g, '').length, a.written).toBeGreaterThanOrEqual(2);
      expect(a.expansion.length, a.written).toBeGreaterThan(1);
      expect(a.source, a.written).toMatch(/https:\/\//);
      expect(a.confirmed).toBe(false);
    }
  });
});
