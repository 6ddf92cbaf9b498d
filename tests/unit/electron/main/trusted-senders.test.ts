import { EventEmitter } from 'node:events';
import type { WebContents, WebFrameMain } from 'electron';
import { describe, expect, it } from 'vitest';
import { isTrustedSender, trustWebContents } from '../../../../electron/main/ipc/trusted-senders.ts';

/**
 * The IPC sender check (Electron security checklist #17) without Electron: trusted-senders.ts
 * imports only types from 'electron', so it runs in Node. The stand-ins carry just what the
 * module reads: a webContents' `id` and `once('destroyed')`, and a frame's `url`.
 */
let nextId = 1000;
function contents(): WebContents & EventEmitter {
  const emitter = new EventEmitter();
  return Object.assign(emitter, { id: nextId++ }) as unknown as WebContents & EventEmitter;
}
const frame = (url: string): WebFrameMain => ({ url }) as unknown as WebFrameMain;

describe('isTrustedSender', () => {
  it("trusts only the app's own window showing the app:// origin", () => {
    const window = contents();
    trustWebContents(window);
    expect(isTrustedSender(window, frame('app://unanswered/index.html'), null)).toBe(true);
    expect(isTrustedSender(window, frame('app://unanswered/'), null)).toBe(true);
  });

  it('refuses a webContents the app never created (a popup, a devtools page, a webview)', () => {
    const stranger = contents();
    expect(isTrustedSender(stranger, frame('app://unanswered/index.html'), null)).toBe(false);
  });

  it('refuses a frame that has gone (null) or shows another origin', () => {
    const window = contents();
    trustWebContents(window);
    expect(isTrustedSender(window, null, null)).toBe(false);
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://unanswered.evil/', 'app://unanswered@evil/', 'app://other/index.html', 'about:blank', 'data:text/html,x', 'devtools://devtools/']) {
      expect(isTrustedSender(window, frame(url), null), url).toBe(false);
    }
  });

  it('compares origins exactly: the app origin with or without a path, never a look-alike', () => {
    const window = contents();
    trustWebContents(window);
    expect(isTrustedSender(window, frame('app://unanswered'), null)).toBe(true);
    expect(isTrustedSender(window, frame('http://localhost:5173.evil.example/'), 'http://localhost:5173')).toBe(false);
    expect(isTrustedSender(window, frame('http://localhost:51730/'), 'http://localhost:5173')).toBe(false);
  });

  it('trusts the dev server only when one is running', () => {
    const window = contents();
    trustWebContents(window);
    expect(isTrustedSender(window, frame('http://localhost:5173/'), null)).toBe(false);
    expect(isTrustedSender(window, frame('http://localhost:5173/'), 'http://localhost:5173')).toBe(true);
  });

  it('forgets a window once it is destroyed (ids are reused)', () => {
    const window = contents();
    trustWebContents(window);
    expect(isTrustedSender(window, frame('app://unanswered/index.html'), null)).toBe(true);
    window.emit('destroyed');
    expect(isTrustedSender(window, frame('app://unanswered/index.html'), null)).toBe(false);
  });
});
