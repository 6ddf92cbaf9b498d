import type { StagedTextRef } from '../../shared/ipc/channels/texts.ts';
import { err, ok, type Result } from '../../shared/lib/result.ts';

/**
 * The long texts the window sent ahead of its saves (`texts:stage`, shared/ipc/channels/texts.ts),
 * in memory, for this process's life. Nothing here is user data of record: a text is only written
 * to disk as part of the case whose save names it, and the window still holds every text it
 * staged, so a text dropped here is sent again (the save answers which are missing).
 *
 * A text comes in parts, each at its offset, in any order (the window keeps a few in flight); it
 * is whole when its parts cover it from 0 to the length the save names, end to end.
 *
 * Bounded: past `limitChars` in all, the texts used longest ago are dropped first (never the one
 * being added to).
 */
export type StagedTexts = {
  /** Add `part` at offset `at` of `key`'s text. The characters held for the key after. */
  readonly append: (key: string, at: number, part: string) => Result<number, string>;
  /** The text staged under the ref's key, if its parts make exactly the ref's length. */
  readonly get: (ref: StagedTextRef) => string | null;
};

/** About what one case may hold (case-store.ts's MAX_CASE_BYTES), in characters. */
export const STAGED_TEXTS_LIMIT_CHARS = 64 * 1024 * 1024;

type Entry = { parts: Map<number, string>; held: number; whole: string | null };

export function createStagedTexts(limitChars: number = STAGED_TEXTS_LIMIT_CHARS): StagedTexts {
  // Map order is use order: the first entry was used longest ago.
  const texts = new Map<string, Entry>();
  let total = 0;

  const touch = (key: string, entry: Entry): void => {
    texts.delete(key);
    texts.set(key, entry);
  };

  const drop = (key: string): void => {
    const entry = texts.get(key);
    if (!entry) return;
    total -= entry.held;
    texts.delete(key);
  };

  const append = (key: string, at: number, part: string): Result<number, string> => {
    const entry = texts.get(key) ?? { parts: new Map<number, string>(), held: 0, whole: null };
    if (entry.whole !== null || entry.parts.has(at)) return err(`The text already has a part at ${at}.`);
    if (entry.held + part.length > limitChars) return err('The text is longer than main keeps for a save.');
    entry.parts.set(at, part);
    entry.held += part.length;
    total += part.length;
    touch(key, entry);
    for (const [other] of texts) {
      if (total <= limitChars) break;
      if (other !== key) drop(other);
    }
    return ok(entry.held);
  };

  const get = (ref: StagedTextRef): string | null => {
    const entry = texts.get(ref.staged);
    if (!entry || entry.held !== ref.length) return null;
    if (entry.whole === null) {
      // The parts end to end from 0, each starting where the one before ended.
      const ordered: string[] = [];
      let at = 0;
      for (const [start, part] of [...entry.parts].sort(([a], [b]) => a - b)) {
        if (start !== at) return null;
        ordered.push(part);
        at += part.length;
      }
      entry.whole = ordered.join('');
      entry.parts.clear();
    }
    touch(ref.staged, entry);
    return entry.whole;
  };

  return { append, get };
}
