import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { lockDownContents, type LockableContents } from '../../../../electron/main/contents-rules.ts';

/**
 * A webContents as the rules see it: an event emitter plus the window-open handler slot.
 * Electron emits these events with an event whose preventDefault cancels the action.
 */
class FakeContents extends EventEmitter implements LockableContents {
  windowOpenHandler: (() => { action: 'deny' }) | null = null;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void { this.windowOpenHandler = handler; }
  attempt(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview'): boolean {
    let prevented = false;
    this.emit(event, { preventDefault: () => { prevented = true; } }, 'https://example.org/');
    return prevented;
  }
}

describe('per-webContents security rules', () => {
  it('cancel every navigation and redirect away from the app (checklist #13)', () => {
    const contents = new FakeContents();
    expect(contents.attempt('will-navigate')).toBe(false);
    lockDownContents(contents);
    expect(contents.attempt('will-navigate')).toBe(true);
    expect(contents.attempt('will-redirect')).toBe(true);
  });

  it('deny every new window (checklist #14)', () => {
    const contents = new FakeContents();
    lockDownContents(contents);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });

  it('refuse to attach a webview (checklist #12)', () => {
    const contents = new FakeContents();
    lockDownContents(contents);
    expect(contents.attempt('will-attach-webview')).toBe(true);
  });
});
