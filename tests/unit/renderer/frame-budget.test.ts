import { describe, expect, it } from 'vitest';
import { frameBudget, type FrameClock } from '../../../renderer/src/frame-budget.ts';

/** A clock the test moves by hand, and frames it lets out one at a time. */
function handClock(shown = true): FrameClock & { advance: (ms: number) => void; frame: () => Promise<void>; frames: number } {
  let t = 0;
  let release: Array<() => void> = [];
  const clock = {
    frames: 0,
    now: () => t,
    advance: (ms: number) => { t += ms; },
    nextFrame: () => new Promise<void>((done) => { release.push(done); }),
    framesShown: () => shown,
    frame: async () => {
      clock.frames += 1;
      const waiting = release;
      release = [];
      for (const done of waiting) done();
      // Let every waiter resume and take its turn (or wait again) before the test goes on.
      for (let i = 0; i < 10; i++) await Promise.resolve();
    },
  };
  return clock;
}

describe('frameBudget', () => {
  it('lets turns through at once while the frame has budget left', async () => {
    const clock = handClock();
    const budget = frameBudget(8, clock);
    await budget.turn();
    clock.advance(5);
    await budget.turn();
    expect(clock.frames).toBe(0);
  });

  it('past the budget, four loops taking turns start one turn per frame, each turn costing the whole budget', async () => {
    const clock = handClock();
    const budget = frameBudget(8, clock);
    const started: number[] = [];
    const loop = async (id: number, turns: number): Promise<void> => {
      for (let i = 0; i < turns; i++) {
        await budget.turn();
        started.push(id);
        clock.advance(10);
      }
    };
    const all = Promise.all([loop(1, 2), loop(2, 2), loop(3, 2), loop(4, 2)]);
    // Before any frame: only the first turn fits (it used 10 ms of an 8 ms budget).
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(started).toEqual([1]);
    for (let f = 1; f <= 7; f++) {
      await clock.frame();
      expect(started).toHaveLength(f + 1);
    }
    await all;
    expect([...started].sort()).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });

  it('never waits where no frames are shown (a hidden window)', async () => {
    const clock = handClock(false);
    const budget = frameBudget(8, clock);
    for (let i = 0; i < 5; i++) {
      clock.advance(20);
      await budget.turn();
    }
    expect(clock.frames).toBe(0);
  });
});
