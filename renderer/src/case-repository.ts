import type { Case } from '../../shared/domain/case.ts';
import type { ChannelOutput } from '../../shared/ipc/contract.ts';
import { api } from './api.ts';
import { saveCase as saveThrough, type SaveOutcome, type SavePort } from './case-save.ts';
import { pageFrames } from './after-frame.ts';
import { frameBudget } from './frame-budget.ts';

/**
 * The renderer's one way to read and write cases. Saves of one case run one after another, in
 * the order they were asked for, whoever asks (the open case's autosave, the dashboard drafting an
 * appeal), so an older snapshot never lands after a newer one. Main merges a save with what is on
 * disk (shared/domain/case-merge.ts), so a write made from a screen that had the case closed
 * still keeps what the case's own editor saved.
 *
 * It sends start-up's requests (startup.ts) from the first, smallest chunk, so it imports nothing
 * that runs code at load (the clock brings zod with its date schemas): `change` loads the clock
 * when it is first used (issue 12).
 */
const chains = new Map<string, Promise<unknown>>();

function queued<T>(id: string, work: () => Promise<T>): Promise<T> {
  const before = chains.get(id) ?? Promise.resolve();
  const next = before.then(work, work);
  // The chain holds on to the last save only, and never rejects (each caller sees its own result).
  const settled = next.catch(() => undefined);
  chains.set(id, settled);
  void settled.then(() => { if (chains.get(id) === settled) chains.delete(id); });
  return next;
}

/**
 * Of a frame's 16.7 ms, what sending a save's staged parts may start in (frame-budget.ts): about
 * half, leaving the rest to the page. The senders' answers tend to land together, and sending the
 * next parts straight from them started several sends in one frame: through the test bridge each
 * is a JSON body and a fetch of 5-10 ms, and a 10 MB case's save had 36-52 ms frames (issue 12).
 */
const SEND_BUDGET_MS = 8;

/** What a save sends: its long texts ahead, in parts, within a frame budget, then the case (case-save.ts). */
const savePort: SavePort = { stage: (input) => api['texts:stage'](input), save: (input) => api['cases:save'](input), turn: frameBudget(SEND_BUDGET_MS, pageFrames).turn };
const saveCase = (c: Case): Promise<SaveOutcome> => saveThrough(savePort, c);

/**
 * A case read ahead at start-up (startup.ts), handed once to the first `open` of the same id and
 * then forgotten, so every later open reads the file as it is then.
 */
let ahead: { readonly id: string; readonly read: Promise<ChannelOutput<'cases:open'>> } | null = null;

export type ChangeOutcome =
  | { readonly kind: 'saved'; readonly case: Case }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'failed'; readonly message: string };

export const caseRepository = {
  list: (): Promise<ChannelOutput<'cases:list'>> => api['cases:list']({}),
  create: (title: string): Promise<ChannelOutput<'cases:create'>> => api['cases:create']({ title }),
  open: (id: string): Promise<ChannelOutput<'cases:open'>> => {
    const early = ahead?.id === id ? ahead.read : null;
    ahead = null;
    return early ?? api['cases:open']({ id });
  },
  /** Start reading the case the first screen opens, before the screen asks for it (startup.ts). */
  readAhead: (id: string): void => {
    const read = api['cases:open']({ id });
    read.catch(() => undefined);
    ahead = { id, read };
  },
  /** Saves after every save of the same case asked for before it; long texts go ahead in parts (case-save.ts). */
  save: (c: Case): Promise<SaveOutcome> => queued(c.id, () => saveCase(c)),
  saveCopy: (id: string): Promise<ChannelOutput<'cases:save-copy'>> => queued(id, () => api['cases:save-copy']({ id })),
  /**
   * Open the case, apply `change`, save: in the case's queue, so it lands after the editor's
   * pending saves. `change` returns null to leave the case as it is (nothing is written).
   */
  change: (id: string, change: (c: Case) => Case | null): Promise<ChangeOutcome> => queued(id, async () => {
    const opened = await api['cases:open']({ id });
    if (!opened.ok) return { kind: 'failed', message: opened.message };
    const next = change(opened.case);
    if (next === null) return { kind: 'unchanged' };
    const { now } = await import('./clock.ts');
    const saved = await saveCase({ ...next, updatedAt: now() });
    return saved.ok ? { kind: 'saved', case: saved.case } : { kind: 'failed', message: saved.message };
  }),
};
