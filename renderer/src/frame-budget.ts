/**
 * Work done in turns, a little per frame (issue 12). Turns are granted one at a time, in the
 * order asked for, each only once the work of the turn before has started (its caller's code up
 * to its next await has run): at once while the time since the last frame is under `budgetMs`;
 * past it, once the next frame is out. So several loops taking turns (the save's senders of
 * staged parts, case-save.ts) start no more work together in a frame than one would. Each turn's
 * own work still runs whole: the budget bounds how many turns start in a frame, not how long one
 * takes.
 *
 * A page that shows no frames (a hidden window, or no page at all) has none to keep smooth, and
 * runs no animation frames to wait for: its turns never wait.
 */
export type FrameBudget = { readonly turn: () => Promise<void> };

/** The page's clock and frames (after-frame.ts's `pageFrames` in the window); tests pass their own. */
export type FrameClock = {
  readonly now: () => number;
  readonly nextFrame: () => Promise<void>;
  readonly framesShown: () => boolean;
};

export function frameBudget(budgetMs: number, clock: FrameClock): FrameBudget {
  let frameStart = clock.now();
  const grant = async (): Promise<void> => {
    while (clock.framesShown() && clock.now() - frameStart >= budgetMs) {
      await clock.nextFrame();
      frameStart = clock.now();
    }
  };
  // Each grant is decided after the one before has resolved and its caller has run on.
  let last: Promise<void> = Promise.resolve();
  return { turn: () => (last = last.then(grant)) };
}
