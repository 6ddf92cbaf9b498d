import { useEffect, useMemo, useRef, useState } from 'react';
import type { Draft } from '../../../../shared/domain/draft.ts';
import type { EarlierQuestion } from '../../../../shared/lint/lint-question.ts';
import { lintDraft, type DraftLint } from '../../../../shared/workflows/draft-lint.ts';
import { today } from '../../clock.ts';

/**
 * Drafts longer than this many characters are linted in a Web Worker. The linters take well
 * under a millisecond on a notice or an ordinary application, so those stay on this thread and
 * their findings show in the same frame; a draft of a few hundred points takes tens of
 * milliseconds or more per pass, which would drop frames while the user types.
 */
export const LONG_DRAFT_CHARS = 20_000;

function draftLength(d: Draft): number {
  let n = 0;
  for (const p of d.points) n += p.length;
  for (const v of Object.values(d.fields)) n += v?.length ?? 0;
  return n;
}

type Answer = { readonly seq: number; readonly lint: DraftLint };

/** The case's other drafts, when the caller has none to give: one array, so the memo holds. */
const NO_DRAFTS: ReadonlyArray<Draft> = [];

/**
 * The findings for `draft` (already debounced by the caller). Long drafts go to one worker kept
 * for the editor's lifetime; until its first answer the findings are those of the last short
 * pass (or none). If the worker cannot run, the draft is linted here as before.
 */
export function useDraftLint(draft: Draft, earlier: ReadonlyArray<EarlierQuestion> = [], drafts: ReadonlyArray<Draft> = NO_DRAFTS): DraftLint {
  const [broken, setBroken] = useState(false);
  const offThread = draftLength(draft) > LONG_DRAFT_CHARS && !broken;
  const here = useMemo(() => (offThread ? null : lintDraft(draft, { earlier, today: today(), drafts })), [draft, offThread, earlier, drafts]);
  const [fromWorker, setFromWorker] = useState<DraftLint>({ kind: 'none' });
  const worker = useRef<Worker | null>(null);
  const seq = useRef(0);

  useEffect(() => () => { worker.current?.terminate(); worker.current = null; }, []);

  useEffect(() => {
    if (!offThread) return;
    const asked = ++seq.current;
    if (worker.current === null) {
      let w: Worker;
      try {
        w = new Worker(new URL('./lint-worker.ts', import.meta.url), { type: 'module' });
      } catch {
        // No worker at all: lint on this thread from now on (set after this effect, not inside it).
        void Promise.resolve().then(() => setBroken(true));
        return;
      }
      w.onmessage = (event: MessageEvent<Answer>) => { if (event.data.seq === seq.current) setFromWorker(event.data.lint); };
      w.onerror = (event) => {
        event.preventDefault();
        w.terminate();
        worker.current = null;
        setBroken(true);
      };
      worker.current = w;
    }
    worker.current.postMessage({ seq: asked, draft, earlier, today: today(), drafts });
  }, [draft, offThread, earlier, drafts]);

  return here ?? fromWorker;
}
