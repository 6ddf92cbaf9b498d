import type { WebContents, WebFrameMain } from 'electron';
import { isAppUrl } from '../../../shared/security/origin.ts';

/**
 * Only our own window, showing our own origin, may call main.
 *
 * @see https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 * (GitHub Desktop trusted-ipc-sender.ts keeps the same set of webContents ids.)
 */
const trusted = new Set<number>();

export function trustWebContents(contents: WebContents): void {
  trusted.add(contents.id);
  contents.once('destroyed', () => trusted.delete(contents.id));
}

export function isTrustedSender(sender: WebContents, frame: WebFrameMain | null, devServerUrl: string | null): boolean {
  if (!trusted.has(sender.id) || frame === null) return false;
  return isAppUrl(frame.url, devServerUrl);
}
