import { useEffect, useMemo, useState } from 'react';
import { mayHoldDamagedHindi } from '../../../../shared/import/normalize-text.ts';
import { assertNever } from '../../../../shared/lib/assert-never.ts';
import { oneShot } from '../../workers/one-shot.ts';
import { hindiCheck, type SlotState } from './slot-state.ts';

/**
 * Texts up to this long are read for Hindi here, at once: the box's editable texts (text-slot.tsx,
 * EDITABLE_CHARS), read on every keystroke in a few milliseconds. A longer text is never typed
 * in, only pasted or imported whole, and reading it took 100–130 ms on this project's 2-core
 * machine for 10 MB: it is read in a worker, and the warning shows once the answer comes.
 */
const READ_HERE_CHARS = 300_000;

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';

/** Whether the box asks the user to check the Hindi in its text (slot-state.ts, hindiCheck). */
export function useHindiCheck(slot: SlotState): boolean {
  const check = hindiCheck(slot);
  const text = slot.text;
  const readHere = check === 'unread' && text.length <= READ_HERE_CHARS;
  const readAway = check === 'unread' && !readHere;
  const here = useMemo(() => readHere && mayHoldDamagedHindi(text), [readHere, text]);
  /** The worker's answer, with the text it is about: a newer text has none until its own comes. */
  const [found, setFound] = useState<{ readonly text: string; readonly hindi: boolean } | null>(null);
  useEffect(() => {
    if (!readAway) return;
    const reading = oneShot(
      () => new Worker(new URL('./hindi-worker.ts', import.meta.url), { type: 'module' }),
      text,
      async () => mayHoldDamagedHindi(text),
      isBoolean,
    );
    void reading.result.then((hindi) => { if (typeof hindi === 'boolean') setFound({ text, hindi }); });
    return reading.stop;
  }, [readAway, text]);
  switch (check) {
    case 'flagged': return true;
    case 'clear': return false;
    case 'unread': return readHere ? here : found !== null && found.text === text && found.hindi;
    default: return assertNever(check, 'Unknown Hindi check');
  }
}
