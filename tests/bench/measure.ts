/**
 * Timing helpers for the benchmark: every figure is the median of repeated runs, with the run
 * count beside it, so one slow run (a GC pause, a cold cache) does not move the figure.
 */
export type Figure = { readonly ms: number; readonly runs: number };

export function median(xs: ReadonlyArray<number>): number {
  if (xs.length === 0) throw new Error('median of nothing');
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] ?? 0) + hi) / 2;
}

/** Run `fn` `warmup` times unmeasured, then `runs` times; the median wall time of one run. */
export async function timeRuns(runs: number, fn: () => unknown, warmup = 1): Promise<Figure> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return { ms: median(times), runs };
}

/**
 * For calls far under a millisecond: time batches of `perBatch` calls and take the median batch
 * divided by its size, so the timer's resolution does not dominate.
 */
export async function timeBatched(batches: number, perBatch: number, fn: () => unknown, warmupBatches = 1): Promise<Figure> {
  const batch = async (): Promise<void> => {
    for (let i = 0; i < perBatch; i++) await fn();
  };
  const f = await timeRuns(batches, batch, warmupBatches);
  return { ms: f.ms / perBatch, runs: batches * perBatch };
}

export function round(ms: number, digits = 3): number {
  const k = 10 ** digits;
  return Math.round(ms * k) / k;
}
