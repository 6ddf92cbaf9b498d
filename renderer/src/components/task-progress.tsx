import { useId } from 'react';
import type { TaskView } from '../hooks/use-task.ts';
import './task-progress.css';

type Props = {
  readonly task: TaskView;
  /** What the work is, as the progress bar's name: "Reading the file". */
  readonly label: string;
  /** Where it is, in words: "Reading page 120 of 2,000…". Shown and announced (role="status"). */
  readonly status: string;
  /** Shown instead of `status` once stop was asked for. */
  readonly stoppingStatus: string;
  /** The stop button's text; no button when there is nothing to stop. */
  readonly stopLabel?: string;
  readonly onStop?: () => void;
};

/**
 * Progress of long work in main: a <progress> bar (indeterminate until a total is known), the
 * same progress in words in a polite live region, and a button to stop it. The bar is named by
 * `label`; its value is exposed by the element itself (HTML §4.10.13), so no ARIA is added.
 */
export function TaskProgress({ task, label, status, stoppingStatus, stopLabel, onStop }: Props) {
  const id = useId();
  const total = task.progress?.total ?? null;
  const done = task.progress?.done ?? 0;
  return (
    <div className="task-progress" data-task-id={task.taskId}>
      <label className="visually-hidden" htmlFor={`${id}-bar`}>{label}</label>
      {total === null || total === 0
        ? <progress id={`${id}-bar`} className="task-progress__bar" />
        : <progress id={`${id}-bar`} className="task-progress__bar" value={done} max={total} />}
      <p role="status" aria-atomic="true" className="task-progress__status small">{task.stopping ? stoppingStatus : status}</p>
      {stopLabel !== undefined && onStop && (
        // Not disabled once pressed: a disabled button would drop the keyboard focus.
        <button type="button" className="secondary task-progress__stop" aria-disabled={task.stopping} onClick={() => { if (!task.stopping) onStop(); }}>
          {stopLabel}
        </button>
      )}
    </div>
  );
}

/** The unit being worked on, counted from 1 ("page 1 of 20" while the first is read), never past the total. */
export function currentUnit(task: TaskView): { readonly current: number; readonly total: number } | null {
  const total = task.progress?.total ?? null;
  if (total === null || total === 0) return null;
  return { current: Math.min((task.progress?.done ?? 0) + 1, total), total };
}
