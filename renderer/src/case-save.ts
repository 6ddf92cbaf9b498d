import type { Case } from '../../shared/domain/case.ts';
import { nameStagedTexts, putStagedTexts, stagedFor, type StagedText } from '../../shared/ipc/case-wire.ts';
import { STAGE_PART_CHARS, STAGE_PARTS_IN_FLIGHT } from '../../shared/ipc/channels/stage-part.ts';
import type { Api } from '../../shared/ipc/contract.ts';
import { slicesOf } from './workers/sliced-message.ts';

/**
 * Saving a case without holding the window (issue 12). `cases:save` carried the whole case in one
 * message: for a 10 MB pasted reply, one copy of the text in one task on this thread (a structured
 * clone in Electron; JSON and an upload through the test bridge), and main's answer held a second
 * copy coming back, which froze the window for seconds in the bench. Here each source text longer
 * than STAGE_PART_CHARS goes ahead in parts (`texts:stage`), each its own small message, a few
 * in flight at once and the thread free between them; the save names it by key, and main's answer names it back, so the
 * text put back in the saved case is this window's own string. A text already staged (the same
 * string as at the last save) is not sent again.
 *
 * Main may have dropped a staged text (it keeps them within a memory limit): its answer says
 * which, nothing is written, and the save is sent again with them staged afresh; failing that,
 * the case goes whole in one message, as before. Nothing of the case is lost on any path: the
 * case file is still written whole and atomically, by main, from the one save.
 */
/**
 * The two channels a save uses, as the case repository passes them in (the one place the renderer
 * calls the case channels), and `turn`, which each send of a staged part waits for first: in the
 * window, a frame budget (frame-budget.ts).
 */
export type SavePort = { readonly stage: Api['texts:stage']; readonly save: Api['cases:save']; readonly turn: () => Promise<void> };

export type SaveOutcome =
  | { readonly ok: true; readonly savedAt: string; readonly case: Case; readonly merged: boolean; readonly newConflicts: number }
  | { readonly ok: false; readonly message: string };

/** The texts last staged in main, newest first: few, since each holds a long text alive. */
const KEPT = 4;
let staged: StagedText[] = [];

function remember(text: StagedText): void {
  staged = [text, ...staged.filter((t) => t.ref.staged !== text.ref.staged)].slice(0, KEPT);
}

function forget(keys: ReadonlyArray<string>): void {
  staged = staged.filter((t) => !keys.includes(t.ref.staged));
}

/**
 * `text` in parts of at most `limit`, each with its offset. A text received from a worker in
 * slices is cut from those, since cutting the text itself would first make it one string (a 20 MB
 * copy for a 10 MB reply with Hindi in it, in one task: sliced-message.ts).
 */
export function* partsOf(text: string, limit: number = STAGE_PART_CHARS): Generator<{ readonly at: number; readonly part: string }> {
  let offset = 0;
  for (const slice of slicesOf(text) ?? [text]) {
    for (let at = 0; at < slice.length; at += limit) {
      const part = slice.slice(at, at + limit);
      yield { at: offset, part };
      offset += part.length;
    }
  }
}

/**
 * Sends `text` to main a part per message, STAGE_PARTS_IN_FLIGHT at a time; null if main refused
 * a part (the text then goes in the save itself).
 */
async function stage(port: SavePort, text: string): Promise<StagedText | null> {
  const key = crypto.randomUUID();
  const parts = partsOf(text);
  let refused = false;
  const sender = async (): Promise<void> => {
    // Each sender takes the next part when its last one is answered; the generator is shared.
    for (let next = parts.next(); !next.done && !refused; next = parts.next()) {
      await port.turn();
      const sent = await port.stage({ key, at: next.value.at, part: next.value.part });
      if (!sent.ok) refused = true;
    }
  };
  await Promise.all(Array.from({ length: STAGE_PARTS_IN_FLIGHT }, sender));
  return refused ? null : { ref: { staged: key, length: text.length }, text };
}

/** The long source texts of `c`, each staged (or already), with the keys they are under. */
async function stageLongTexts(port: SavePort, c: Case): Promise<StagedText[]> {
  const used: StagedText[] = [];
  for (const source of c.sources) {
    if (source.text.length <= STAGE_PART_CHARS || stagedFor(used, source.text) !== undefined) continue;
    const known = stagedFor(staged, source.text) ?? await stage(port, source.text);
    if (known === null) continue;
    remember(known);
    used.push(known);
  }
  return used;
}

/** Save `c` through main: its long texts sent ahead, the answer's case with this window's own texts put back. */
export async function saveCase(port: SavePort, c: Case): Promise<SaveOutcome> {
  // Twice with the long texts staged (the second time afresh, if main had dropped some), then whole.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const used = attempt < 2 ? await stageLongTexts(port, c) : [];
    const saved = await port.save({ case: nameStagedTexts(c, used) });
    if (!saved.ok) {
      if (saved.missingTexts === undefined) return { ok: false, message: saved.message };
      forget(saved.missingTexts);
      continue;
    }
    const put = putStagedTexts(saved.case, (ref) => used.find((t) => t.ref.staged === ref.staged)?.text ?? null);
    if (!put.ok) return { ok: false, message: 'Bug: main answered the save with a text this window did not send.' };
    return { ok: true, savedAt: saved.savedAt, case: put.value.case, merged: saved.merged, newConflicts: saved.newConflicts };
  }
  return { ok: false, message: 'Not saved: main did not keep the long texts sent ahead of the save.' };
}
