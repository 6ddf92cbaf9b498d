import { useCallback, useEffect, useRef, useState } from 'react';
import type { Case } from '../../../shared/domain/case.ts';
import { api } from '../api.ts';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly message: string };

export type CaseDocument =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly value: Case };

/** Autosave waits this long after the last change, so typing is saved in bursts... */
const AUTOSAVE_DELAY_MS = 400;
/** ...but never longer than this while the user keeps typing, so a crash loses at most ~1 s. */
const AUTOSAVE_MAX_WAIT_MS = 1000;

/**
 * Load one case and autosave every change to it. A change is saved within AUTOSAVE_DELAY_MS of
 * the last keystroke; leaving the case flushes at once.
 */
export function useCaseDocument(id: string, onSaved: () => void): {
  doc: CaseDocument;
  update: (change: (c: Case) => Case) => void;
  saveState: SaveState;
} {
  const [doc, setDoc] = useState<CaseDocument>({ kind: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef<Case | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstPendingAt = useRef<number | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => { onSavedRef.current = onSaved; });

  // Saves run one after another so an older snapshot never lands after a newer one.
  const chain = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    firstPendingAt.current = null;
    chain.current = chain.current.then(async () => {
      const toSave = pending.current;
      if (!toSave) return;
      pending.current = null;
      setSaveState({ kind: 'saving' });
      const result = await api['cases:save']({ case: toSave });
      if (result.ok) {
        setSaveState(pending.current ? { kind: 'saving' } : { kind: 'saved', at: result.savedAt });
        onSavedRef.current();
      } else {
        setSaveState({ kind: 'failed', message: result.message });
      }
    });
    return chain.current;
  }, []);

  useEffect(() => {
    // The view is keyed by case id, so this hook starts fresh for each case.
    let live = true;
    void api['cases:open']({ id }).then((result) => {
      if (!live) return;
      setDoc(result.ok ? { kind: 'ready', value: result.case } : { kind: 'failed', message: result.message });
    });
    return () => {
      live = false;
      void flush();
    };
  }, [id, flush]);

  const update = useCallback((change: (c: Case) => Case) => {
    setDoc((current) => {
      if (current.kind !== 'ready') return current;
      const next = { ...change(current.value), updatedAt: new Date().toISOString() };
      pending.current = next;
      if (timer.current) clearTimeout(timer.current);
      const startedAt = firstPendingAt.current ?? Date.now();
      firstPendingAt.current = startedAt;
      const wait = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, startedAt + AUTOSAVE_MAX_WAIT_MS - Date.now()));
      timer.current = setTimeout(() => void flush(), wait);
      return { kind: 'ready', value: next };
    });
    setSaveState({ kind: 'saving' });
  }, [flush]);

  return { doc, update, saveState };
}
