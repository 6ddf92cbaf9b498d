import { app, session } from 'electron';
import { lockDownContents } from './contents-rules.ts';
import { isRequestAllowed } from './request-rules.ts';

/**
 * Electron security checklist rules for the session and the app; the per-webContents rules are in
 * contents-rules.ts, the request decisions in request-rules.ts.
 * @see https://www.electronjs.org/docs/latest/tutorial/security
 */

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
    callback({ cancel: !isRequestAllowed(details.url, devServerUrl) });
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
}
