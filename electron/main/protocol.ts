import { net, protocol } from 'electron';
import { normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_HOST, APP_SCHEME, RENDERER_CSP } from '../../shared/security/csp.ts';

/**
 * Serve the built renderer from app://unanswered/ rather than file:// (checklist item 18).
 *
 * GET only, files under the renderer folder only (Actual's traversal guard), and every
 * response carries the strict CSP header.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  const root = resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = normalize(resolve(root, `.${relative}`));
    if (file !== root && !file.startsWith(`${root}${sep}`)) return new Response('Forbidden', { status: 403 });
    const upstream = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(upstream.headers);
    headers.set('Content-Security-Policy', RENDERER_CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(upstream.body, { status: upstream.status, headers });
  });
}
