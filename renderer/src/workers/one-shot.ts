/**
 * One piece of work in a fresh Web Worker (issue 12): the input goes in, one answer comes out,
 * and the worker is ended either way. `stop` ends it at once, wherever the work is (the pure
 * functions run this way cannot be asked to stop). If no worker can be started, or its script
 * fails to load, `fallback` does the work on this thread, so the user's work is never lost to it.
 */
export type Stopped = { readonly ok: false; readonly error: 'stopped' };

export type OneShot<O> = {
  readonly result: Promise<O | Stopped>;
  readonly stop: () => void;
};

export function oneShot<I, O>(start: () => Worker, input: I, fallback: () => Promise<O>): OneShot<O> {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return { result: fallback(), stop: () => {} };
  }
  let settle: (outcome: O | Stopped | Promise<O>) => void = () => {};
  const result = new Promise<O | Stopped>((resolve) => { settle = resolve; });
  let done = false;
  const finish = (outcome: O | Stopped | Promise<O>): void => {
    if (done) return;
    done = true;
    worker.terminate();
    settle(outcome);
  };
  worker.onmessage = (event: MessageEvent<O>) => finish(event.data);
  worker.onerror = (event) => { event.preventDefault(); finish(fallback()); };
  worker.postMessage(input);
  return { result, stop: () => finish({ ok: false, error: 'stopped' }) };
}
