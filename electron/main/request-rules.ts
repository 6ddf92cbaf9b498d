import { normalize, resolve, sep } from 'node:path';
import { APP_HOST } from '../../shared/security/csp.ts';
import { isAppUrl } from '../../shared/security/origin.ts';

/**
 * The decisions behind the network block and the app:// protocol, as plain functions so they are
 * unit-tested without Electron. No network access at all: users draft sensitive political
 * material and nothing leaves the machine.
 */
export function isRequestAllowed(url: string, devServerUrl: string | null): boolean {
  return isAppUrl(url, devServerUrl) || url.startsWith('devtools://');
}

export type RendererFile =
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'forbidden' };

/**
 * Which built file an app:// request names: GET only, our host only, and never a path outside
 * the renderer folder (Actual's traversal guard; checklist item 18).
 */
export function rendererFileFor(rendererDir: string, method: string, requestUrl: string): RendererFile {
  const root = resolve(rendererDir);
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'not-found' };
  }
  if (method !== 'GET' || url.host !== APP_HOST) return { kind: 'not-found' };
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname === '/' || url.pathname === '' ? '/index.html' : url.pathname);
  } catch {
    return { kind: 'forbidden' };
  }
  const file = normalize(resolve(root, `.${relative}`));
  if (file !== root && !file.startsWith(`${root}${sep}`)) return { kind: 'forbidden' };
  return { kind: 'file', path: file };
}
