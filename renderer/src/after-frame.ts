import type { FrameClock } from './frame-budget.ts';

/**
 * Resolves once the page has had its next frame: after the next animation frame, a task, which
 * runs once that frame is out (issue 12). Work started then (the open case's chunk, fetched,
 * evaluated and rendered) no longer holds back what is already on screen to be painted: the case
 * list. A window that draws no frames (hidden, not painting) runs no animation frames:
 * the timeout lets the work start anyway.
 */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => { clearTimeout(fallback); resolve(); }, 0));
  });
}

/** This page's clock and frames, for a frame budget (frame-budget.ts). */
export const pageFrames: FrameClock = {
  now: () => performance.now(),
  nextFrame: afterNextFrame,
  framesShown: () => document.visibilityState === 'visible',
};
