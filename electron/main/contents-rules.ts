/**
 * Checklist rules for every webContents, written against the few methods they use, so they are
 * unit-tested without an Electron binary (tests/unit/electron/main/contents-rules.test.ts).
 * Type-only imports: nothing of Electron is loaded here.
 * @see https://www.electronjs.org/docs/latest/tutorial/security
 */
type Preventable = { preventDefault: () => void };

export type LockableContents = {
  on(event: 'will-navigate' | 'will-redirect' | 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
};

/** #13 Disable or limit navigation: the renderer never leaves the app. */
export function blockNavigation(contents: LockableContents): void {
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
}

/** #14 Disable or limit creation of new windows. */
export function denyNewWindows(contents: LockableContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** #12 (webview) Never attach a <webview>. */
export function blockWebviews(contents: LockableContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** All three, for every webContents the app creates. */
export function lockDownContents(contents: LockableContents): void {
  blockNavigation(contents);
  denyNewWindows(contents);
  blockWebviews(contents);
}
