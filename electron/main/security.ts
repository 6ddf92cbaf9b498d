import { app, session, type WebContents } from 'electron';
import { isAppUrl } from '../../shared/security/origin.ts';

/**
 * Electron security checklist rules, one function each.
 * @see https://www.electronjs.org/docs/latest/tutorial/security
 */

/** #13 Disable or limit navigation: the renderer never leaves the app. */
export function blockNavigation(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
}

/** #14 Disable or limit creation of new windows. */
export function denyNewWindows(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** #12 (webview) Never attach a <webview>. */
export function blockWebviews(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** #5 Handle session permission requests: refuse them all (camera, notifications prompts, etc.). */
export function refusePermissions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

/**
 * No network access at all: users draft sensitive political material and nothing leaves the
 * machine. Every request that is not for the app's own origin (or the dev server in
 * development) is cancelled before it is sent.
 */
export function blockNetwork(devServerUrl: string | null): void {
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    const url = details.url;
    const allowed = isAppUrl(url, devServerUrl) || url.startsWith('devtools://');
    callback({ cancel: !allowed });
  });
  app.on('web-contents-created', (_event, contents) => {
    blockNavigation(contents);
    denyNewWindows(contents);
    blockWebviews(contents);
  });
}
