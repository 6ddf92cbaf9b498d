import { now } from '../clock.ts';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Case } from '../../../shared/domain/case.ts';
import { mergeCases } from '../../../shared/domain/case-merge.ts';
import { caseHistory } from '../../../shared/domain/case-sync-read.ts';
import { onWorkspaceChanged } from '../api-events.ts';
import { caseRepository } from '../case-repository.ts';

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly message: string };

export type CaseDocument =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly message: string }
  | { readonly kind: 'ready'; readonly value: Case };

/** The case was brought up to date with a change made elsewhere (another person or machine). */
export type RemoteChange = { readonly by: string; readonly at: string };

/** Autosave waits this long after the last change, so typing is saved in bursts... */
const AUTOSAVE_DELAY_MS = 400;
/** ...but never longer than this while the user keeps typing, so a crash loses at most ~1 s. */
const AUTOSAVE_MAX_WAIT_MS = 1000;

/**
 * Load one case and autosave every change to it. A change is saved within AUTOSAVE_DELAY_MS of
 * the last keystroke; leaving the case flushes at once.
 *
 * In a shared workspace the case on disk can move on under the editor. The hook keeps `base`,
 * the case as main last gave it, beside what is on screen; whenever main gives a newer version
 * (a save that merged someone else's change, or the folder watcher reporting the case changed)
 * the screen becomes a three-way merge of the two against `base` (`case-merge.ts`), so what the
 * user typed since stays as typed.
 */
export function useCaseDocument(id: string, onSaved: () => void): {
  doc: CaseDocument;
  update: (change: (c: Case) => Case) => void;
  saveState: SaveState;
  remoteChange: RemoteChange | null;
} {
  const [doc, setDoc] = useState<CaseDocument>({ kind: 'loading' });
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [remoteChange, setRemoteChange] = useState<RemoteChange | null>(null);
  /** What is on screen. */
  const local = useRef<Case | null>(null);
  /** The case as main last gave it: the revision `local` is based on. */
  const base = useRef<Case | null>(null);
  /** Changed since the last save began. */
  const dirty = useRef(false);
  const saving = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const firstPendingAt = useRef<number | null>(null);
  const onSavedRef = useRef(onSaved);
  useEffect(() => { onSavedRef.current = onSaved; });

  /** Take a newer version from main: merge it with what is on screen, against the old base. */
  const adopt = useCallback((fresh: Case, sentOrBase: Case) => {
    const screen = local.current;
    // Always merged (even with nothing typed since), so parts of the screen that did not change
    // keep their identity and no editor below re-renders from scratch.
    const next = screen === null
      ? fresh
      : mergeCases({ base: sentOrBase, ours: screen, theirs: fresh, oursSide: { by: '', at: screen.updatedAt }, theirsSide: { by: caseHistory(fresh).at(-1)?.by ?? '', at: fresh.updatedAt } }).merged;
    base.current = fresh;
    local.current = next;
    setDoc({ kind: 'ready', value: next });
  }, []);

  const reloadRef = useRef<() => Promise<void>>(async () => undefined);
  // Flushes run one after another (and the repository queues every save of the case, whoever asks).
  const chain = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    firstPendingAt.current = null;
    chain.current = chain.current.then(async () => {
      const toSave = local.current;
      if (!toSave || !dirty.current) return;
      dirty.current = false;
      saving.current = true;
      setSaveState({ kind: 'saving' });
      try {
        const result = await caseRepository.save(toSave);
        if (result.ok) {
          adopt(result.case, toSave);
          if (result.merged) {
            // Someone else's writes: in the answer's history, not in ours, and not this save's own entry.
            const known = new Set(caseHistory(toSave).map((h) => h.id));
            const theirs = caseHistory(result.case).slice(0, -1).filter((h) => !known.has(h.id)).at(-1);
            if (theirs) setRemoteChange({ by: theirs.by, at: theirs.at });
          }
          setSaveState(dirty.current ? { kind: 'saving' } : { kind: 'saved', at: result.savedAt });
          onSavedRef.current();
        } else {
          dirty.current = true;
          setSaveState({ kind: 'failed', message: result.message });
        }
      } finally {
        saving.current = false;
        if (reloadWanted.current) void reloadRef.current();
      }
    });
    return chain.current;
  }, [adopt]);

  useEffect(() => {
    // The view is keyed by case id, so this hook starts fresh for each case.
    let live = true;
    void caseRepository.open(id).then((result) => {
      if (!live) return;
      if (result.ok) {
        base.current = result.case;
        local.current = result.case;
        setDoc({ kind: 'ready', value: result.case });
      } else {
        setDoc({ kind: 'failed', message: result.message });
      }
    });
    return () => {
      live = false;
      void flush();
    };
  }, [id, flush]);

  // The live workspace: the case changed on disk (here, or brought by a sync tool from elsewhere).
  // A change reported while a save is under way is looked at once the save is done: the save's
  // answer may have been made before it.
  const reloadWanted = useRef(false);
  const reloading = useRef(false);
  /**
   * The revision main's latest report says the case's file holds, when main knows it without
   * reading (the file is still the one it wrote); null: only reading the case will tell. The
   * latest report speaks for the file after every change reported before it.
   */
  const reportedRevision = useRef<string | null>(null);
  const reload = useCallback(async () => {
    reloadWanted.current = true;
    if (saving.current || reloading.current) return;
    reloading.current = true;
    try {
      while (reloadWanted.current && !saving.current) {
        reloadWanted.current = false;
        const before = base.current;
        if (before === null) return;
        // The file is the revision already here (this window's own save): a 10 MB case is not
        // read and parsed again just to find that out.
        if (reportedRevision.current !== null && reportedRevision.current === before.revision?.hash) continue;
        const result = await caseRepository.open(id);
        if (!result.ok) return;
        if (base.current !== before || saving.current) {
          reloadWanted.current = true;
          continue;
        }
        if (result.case.revision?.hash === before.revision?.hash) continue; // our own save, already here
        adopt(result.case, before);
        const last = caseHistory(result.case).at(-1);
        setRemoteChange({ by: last?.by ?? '', at: last?.at ?? result.case.updatedAt });
      }
    } finally {
      reloading.current = false;
    }
  }, [id, adopt]);
  useEffect(() => { reloadRef.current = reload; }, [reload]);
  useEffect(() => onWorkspaceChanged((change) => {
    if (!change.caseIds.includes(id)) return;
    reportedRevision.current = change.written?.find((w) => w.caseId === id)?.hash ?? null;
    void reload();
  }), [id, reload]);

  const update = useCallback((change: (c: Case) => Case) => {
    const current = local.current;
    if (current === null) return;
    const next = { ...change(current), updatedAt: now() };
    local.current = next;
    dirty.current = true;
    setDoc({ kind: 'ready', value: next });
    if (timer.current) clearTimeout(timer.current);
    const startedAt = firstPendingAt.current ?? Date.now();
    firstPendingAt.current = startedAt;
    const wait = Math.max(0, Math.min(AUTOSAVE_DELAY_MS, startedAt + AUTOSAVE_MAX_WAIT_MS - Date.now()));
    timer.current = setTimeout(() => void flush(), wait);
    setSaveState({ kind: 'saving' });
  }, [flush]);

  return { doc, update, saveState, remoteChange };
}
