import type { Case } from '../domain/case.ts';
import { err, ok, type Result } from '../lib/result.ts';
import type { CaseWire } from './channels/cases.ts';
import type { StagedTextRef } from './channels/texts.ts';

/**
 * A case's long source texts named by the key they were staged under (channels/texts.ts), and
 * put back in: both sides of `cases:save` use these two. The renderer names the texts it staged
 * and puts its own back into main's answer; main puts the staged texts in before it checks and
 * writes the case, and names them again in its answer, so a 10 MB text crosses once (issue 12).
 */

/** A staged text and the key it was staged under. */
export type StagedText = { readonly ref: StagedTextRef; readonly text: string };

/**
 * The staged text that is `text`, if any. Strict equality: the same string (the usual case: the
 * one that was staged) is found at once, a text of another length differs at once, and only an
 * equal length compares characters.
 */
export function stagedFor(staged: ReadonlyArray<StagedText>, text: string): StagedText | undefined {
  return staged.find((t) => t.text.length === text.length && t.text === text);
}

/** `c` with every source text that is one of `staged` named by its ref. */
export function nameStagedTexts(c: Case, staged: ReadonlyArray<StagedText>): CaseWire {
  if (staged.length === 0) return c;
  return {
    ...c,
    sources: c.sources.map((s) => {
      const found = stagedFor(staged, s.text);
      return found ? { ...s, text: found.ref } : s;
    }),
  };
}

/**
 * `wire` with each named text put in from `lookup`, and the texts so put in (to name them again
 * in an answer). Fails with the keys `lookup` does not have (or has at another length).
 */
export function putStagedTexts(wire: CaseWire, lookup: (ref: StagedTextRef) => string | null): Result<{ case: Case; staged: ReadonlyArray<StagedText> }, ReadonlyArray<string>> {
  const staged: StagedText[] = [];
  const missing: string[] = [];
  const sources = wire.sources.map((s) => {
    if (typeof s.text === 'string') return { ...s, text: s.text };
    const ref = s.text;
    const text = lookup(ref);
    if (text === null || text.length !== ref.length) {
      missing.push(ref.staged);
      return { ...s, text: '' };
    }
    staged.push({ ref, text });
    return { ...s, text };
  });
  if (missing.length > 0) return err([...new Set(missing)]);
  return ok({ case: { ...wire, sources }, staged });
}
