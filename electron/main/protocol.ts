import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, RENDERER_CSP } from '../../shared/security/csp.ts';
import { rendererFileFor } from './request-rules.ts';

/**
 * Serve the built renderer from app://unanswered/ rather than file:// (checklist item 18).
 *
 * GET only, files under the renderer folder only (Actual's traversal guard), and every
 * response carries the strict CSP header.
 *
 * `codeCache`: V8 keeps the compiled renderer scripts between starts, as Chromium does for
 * https pages, so from the second start on the window skips most of their parse and compile
 * (issue 12). Electron enables it for a custom scheme only when asked, and only with `standard`.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const target = rendererFileFor(rendererDir, request.method, request.url);
    if (target.kind === 'not-found') return new Response('Not found', { status: 404 });
    if (target.kind === 'forbidden') return new Response('Forbidden', { status: 403 });
    const upstream = await net.fetch(pathToFileURL(target.path).toString());
    const headers = new Headers(upstream.headers);
    headers.set('Content-Security-Policy', RENDERER_CSP);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(upstream.body, { status: upstream.status, headers });
  });
}
