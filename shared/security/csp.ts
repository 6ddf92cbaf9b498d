/**
 * The renderer's Content Security Policy (Electron security checklist item 7).
 *
 * No inline script, no eval, no remote origin of any kind: everything comes from the app's own
 * origin. `connect-src 'self'` lets the test bridge serve the same renderer over loopback; in the
 * app, 'self' is the app:// origin, which serves only the built files.
 */
export const RENDERER_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** The custom scheme and host the renderer is served from in the app (checklist item 18). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'unanswered';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
