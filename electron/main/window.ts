import { BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_ORIGIN } from '../../shared/security/csp.ts';
import { trustWebContents } from './ipc/trusted-senders.ts';

/**
 * The main window, locked down per the Electron security checklist:
 * #2 nodeIntegration off, #3 contextIsolation on, #4 sandbox on, #6 webSecurity on,
 * #9 no experimental features, #10 no allowRunningInsecureContent.
 */
export function createMainWindow(preloadDir: string, devServerUrl: string | null): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Unanswered',
    webPreferences: {
      preload: join(preloadDir, 'index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    },
  });
  trustWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return window;
}
