import { useCallback, useEffect, useRef, useState } from 'react';
import type { TaskProgress } from '../../../shared/ipc/events.ts';
import { api } from '../api.ts';
import { onTaskProgress } from '../api-events.ts';

/** A task this screen started and is waiting for. */
export type TaskView = {
  readonly taskId: string;
  /** The latest progress main reported; null until the first report. */
  readonly progress: TaskProgress | null;
  /** Stop was asked for; the task answers for itself when it has stopped. */
  readonly stopping: boolean;
};

/** A fresh task name (shared/ipc/events.ts `TaskIdSchema`: letters, digits, '-'). */
function newTaskId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return `t-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Long work in main (an import, a batch export, a bundle) from one screen: `run` names the task,
 * follows its `task:progress` events, and `stop` asks main to stop it (`task:cancel`). One task
 * at a time per hook. When the task ends, focus goes back to where it was when the task began
 * (the button that started it) if it would otherwise be lost with the progress display.
 */
export function useTask(): {
  readonly task: TaskView | null;
  readonly run: <T>(work: (taskId: string) => Promise<T>) => Promise<T>;
  readonly stop: () => void;
} {
  const [task, setTask] = useState<TaskView | null>(null);
  const current = useRef<string | null>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => onTaskProgress((progress) => {
    if (progress.taskId !== current.current) return;
    setTask((cur) => (cur && cur.taskId === progress.taskId ? { ...cur, progress } : cur));
  }), []);

  useEffect(() => {
    if (task !== null) return;
    const target = returnFocus.current;
    returnFocus.current = null;
    if (!target) return;
    // After the next frame: the screen re-enables the button in its own update after the result.
    const frame = requestAnimationFrame(() => {
      const active = document.activeElement;
      if (target.isConnected && (active === null || active === document.body)) target.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [task]);

  const run = useCallback(async <T,>(work: (taskId: string) => Promise<T>): Promise<T> => {
    const taskId = newTaskId();
    current.current = taskId;
    returnFocus.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    setTask({ taskId, progress: null, stopping: false });
    try {
      return await work(taskId);
    } finally {
      if (current.current === taskId) {
        current.current = null;
        setTask(null);
      }
    }
  }, []);

  const stop = useCallback(() => {
    const taskId = current.current;
    if (taskId === null) return;
    setTask((cur) => (cur && cur.taskId === taskId ? { ...cur, stopping: true } : cur));
    void api['task:cancel']({ taskId });
  }, []);

  return { task, run, stop };
}
