import { describe, expect, it } from 'vitest';
import { createTaskRegistry } from '../../../../electron/services/tasks.ts';
import { TaskProgressSchema, type TaskProgress } from '../../../../shared/ipc/events.ts';

/** A registry with a clock the test moves by hand, and every event it sends. */
function setup(minIntervalMs = 50) {
  let now = 0;
  const sent: TaskProgress[] = [];
  const tasks = createTaskRegistry({ sink: (p) => { sent.push(TaskProgressSchema.parse(p)); }, clock: () => now, minIntervalMs });
  return { tasks, sent, advance: (ms: number) => { now += ms; } };
}

/** A promise the test settles, to hold a task open. */
function gate(): { promise: Promise<void>; open: () => void } {
  let open = (): void => {};
  const promise = new Promise<void>((done) => { open = done; });
  return { promise, open };
}

describe('task registry', () => {
  it('sends the first report, at most one per interval after it, and always the last', async () => {
    const { tasks, sent, advance } = setup();
    await tasks.run('import', 'pdf-1', async (task) => {
      for (let page = 0; page <= 2003; page += 1) {
        task.report(page, 2003, 'long.pdf');
        advance(1);
      }
    });
    // 2,004 reports over 2,004 ms: the first, one every 50 ms after it, and the last (2,003 is not on the beat).
    expect(sent[0]).toEqual({ taskId: 'pdf-1', kind: 'import', done: 0, total: 2003, label: 'long.pdf' });
    expect(sent.at(-1)).toEqual({ taskId: 'pdf-1', kind: 'import', done: 2003, total: 2003, label: 'long.pdf' });
    expect(sent.map((p) => p.done)).toEqual([...Array.from({ length: 41 }, (_, i) => i * 50), 2003]);
  });

  it('names a task that came without a name, and keeps done within total', async () => {
    const { tasks, sent } = setup(0);
    const id = await tasks.run('bundle-export', undefined, async (task) => {
      task.report(5, 3);
      task.report(-2, null);
      return task.id;
    });
    expect(id).toMatch(/^bundle-export-[0-9a-f]{16}$/);
    expect(sent).toEqual([
      { taskId: id, kind: 'bundle-export', done: 3, total: 3 },
      { taskId: id, kind: 'bundle-export', done: 0, total: null },
    ]);
  });

  it('cancel stops the running task of that name only, and forgets it once it has settled', async () => {
    const { tasks } = setup();
    const a = gate();
    const b = gate();
    const first = tasks.run('batch-export', 'a', async (task) => { await a.promise; return task.signal.aborted; });
    const second = tasks.run('batch-export', 'b', async (task) => { await b.promise; return task.signal.aborted; });
    expect(tasks.runningIds()).toEqual(['a', 'b']);
    expect(tasks.cancel('a')).toBe(true);
    a.open();
    b.open();
    expect(await first).toBe(true);
    expect(await second).toBe(false);
    expect(tasks.runningIds()).toEqual([]);
    // Settled: nothing left to stop.
    expect(tasks.cancel('a')).toBe(false);
  });

  it('a stop that arrives before its task begins stops the task as it begins', async () => {
    const { tasks } = setup();
    expect(tasks.cancel('early')).toBe(false);
    expect(await tasks.run('import', 'early', async (task) => task.signal.aborted)).toBe(true);
    // Used once: the next task of that name runs.
    expect(await tasks.run('import', 'early', async (task) => task.signal.aborted)).toBe(false);
  });

  it('keeps only the latest 100 early stops', async () => {
    const { tasks } = setup();
    for (let i = 0; i < 150; i += 1) tasks.cancel(`n${i}`);
    expect(await tasks.run('import', 'n10', async (task) => task.signal.aborted)).toBe(false);
    expect(await tasks.run('import', 'n50', async (task) => task.signal.aborted)).toBe(true);
    expect(await tasks.run('import', 'n149', async (task) => task.signal.aborted)).toBe(true);
  });

  it('cancelKind stops every running task of that kind and no other', async () => {
    const { tasks } = setup();
    const g = gate();
    const runs = [
      tasks.run('import', 'i1', async (t) => { await g.promise; return t.signal.aborted; }),
      tasks.run('import', 'i2', async (t) => { await g.promise; return t.signal.aborted; }),
      tasks.run('bundle-export', 'b1', async (t) => { await g.promise; return t.signal.aborted; }),
    ];
    expect(tasks.cancelKind('import')).toBe(true);
    expect(tasks.cancelKind('batch-export')).toBe(false);
    g.open();
    expect(await Promise.all(runs)).toEqual([true, true, false]);
  });

  it('one name given twice: cancel stops both', async () => {
    const { tasks } = setup();
    const g = gate();
    const runs = [1, 2].map(() => tasks.run('import', 'same', async (t) => { await g.promise; return t.signal.aborted; }));
    expect(tasks.cancel('same')).toBe(true);
    g.open();
    expect(await Promise.all(runs)).toEqual([true, true]);
  });

  it('a sink that throws does not fail the work, and a failing task is still forgotten', async () => {
    const tasks = createTaskRegistry({ sink: () => { throw new Error('window gone'); }, minIntervalMs: 0 });
    expect(await tasks.run('import', 'x', async (task) => { task.report(1, 2); return 'done'; })).toBe('done');
    await expect(tasks.run('import', 'y', async () => { throw new Error('bug'); })).rejects.toThrow('bug');
    expect(tasks.runningIds()).toEqual([]);
  });
});

describe('TaskProgressSchema', () => {
  it('refuses done past total, fractions, unknown kinds, path-like ids and extra keys', () => {
    const good = { taskId: 't-1', kind: 'import', done: 1, total: 2 };
    expect(TaskProgressSchema.safeParse(good).success).toBe(true);
    expect(TaskProgressSchema.safeParse({ ...good, total: null }).success).toBe(true);
    for (const bad of [
      { ...good, done: 3 },
      { ...good, done: 1.5 },
      { ...good, kind: 'delete-everything' },
      { ...good, taskId: '../case.json' },
      { ...good, taskId: '' },
      { ...good, extra: true },
    ]) expect(TaskProgressSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
  });
});
