import { postSliced, slicedReceiver } from './sliced-message.ts';

/**
 * One piece of work in a fresh Web Worker (issue 12): the input goes in, one answer comes out,
 * and the worker is ended either way. `stop` ends it at once, wherever the work is (the pure
 * functions run this way cannot be asked to stop). If no worker can be started, its script fails
 * to load, or its answer is not of the shape `accept` expects, `fallback` does the work on this
 * thread, so the user's work is never lost to it.
 *
 * Input and answer travel with their long strings in slices (sliced-message.ts), and the answer
 * names the input's texts it holds instead of sending them back, so no copy of a 10 MB text holds
 * this thread for longer than a frame.
 */
export type Stopped = { readonly ok: false; readonly error: 'stopped' };

export type OneShot<O> = {
  readonly result: Promise<O | Stopped>;
  readonly stop: () => void;
};

export function oneShot<I, O>(start: () => Worker, input: I, fallback: () => Promise<O>, accept: (v: unknown) => v is O): OneShot<O> {
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
  let sent: ReadonlyArray<string> = [];
  const receive = slicedReceiver(accept, () => sent);
  worker.onmessage = (event: MessageEvent<unknown>) => {
    const got = receive(event.data);
    if (got === null) return;
    finish(got.ok ? got.value : fallback());
  };
  worker.onerror = (event) => { event.preventDefault(); finish(fallback()); };
  postSliced(worker, input, { cancelled: () => done }).then((strings) => { sent = strings; }, () => finish(fallback()));
  return { result, stop: () => finish({ ok: false, error: 'stopped' }) };
}

/**
 * The worker's side: reads each input as postSliced sends it, checks its shape with `accept`,
 * and answers with `work`'s result the same way. An input of the wrong shape is a bug in the
 * page that sent it: the error ends this worker and the page falls back (see oneShot).
 */
export function serveOneShot<I>(scope: { onmessage: ((event: MessageEvent<unknown>) => void) | null; postMessage: (message: unknown) => void }, accept: (v: unknown) => v is I, work: (input: I) => unknown): void {
  const receive = slicedReceiver(accept);
  scope.onmessage = (event) => {
    const got = receive(event.data);
    if (got === null) return;
    if (!got.ok) throw new Error('Bug: a worker was sent input of the wrong shape');
    void postSliced(scope, work(got.value), { known: got.strings });
  };
}
