import { app, BrowserWindow, clipboard, Menu } from 'electron';
import { join } from 'node:path';
import { createAppServices } from '../services/app-services.ts';
import { TASK_PROGRESS_EVENT, WORKSPACE_CHANGED_EVENT } from '../../shared/ipc/events.ts';
import { dataPaths } from '../services/paths.ts';
import { electronDialogs } from './dialogs.ts';
import { buildAppMenu } from './menu.ts';
import { registerHandlers } from './ipc/handle.ts';
import { startDeadlineNotifications } from './notifications.ts';
import { registerAppScheme, serveRenderer } from './protocol.ts';
import { blockNetwork, refusePermissions } from './security.ts';
import { createMainWindow } from './window.ts';

/**
 * App lifecycle only: compose the security rules, the protocol, IPC and the window.
 * All logic lives in plain Node services (electron/services) that vitest and the CLI also run.
 */
const devServerUrl = !app.isPackaged && process.env.ELECTRON_RENDERER_URL ? process.env.ELECTRON_RENDERER_URL : null;

// UNANSWERED_DATA_DIR gives each end-to-end test its own data folder.
const dataDir = process.env.UNANSWERED_DATA_DIR ?? app.getPath('userData');
const paths = dataPaths(dataDir);

registerAppScheme();
app.enableSandbox();
// Dates as Indian offices write them: native date fields follow the browser locale, so make it en-IN (dd/mm/yyyy).
app.commandLine.appendSwitch('lang', 'en-IN');

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  void app.whenReady().then(() => {
    blockNetwork(devServerUrl);
    refusePermissions();
    serveRenderer(join(import.meta.dirname, '../renderer'));
    const services = createAppServices({
      paths,
      dialogs: electronDialogs(() => mainWindow),
      clipboard: { writeText: async (text) => clipboard.writeText(text) },
      // Long work's progress goes to the one window (its renderer keeps the tasks it started).
      progress: (event) => { if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(TASK_PROGRESS_EVENT, event); },
      // Cases changed in the workspace folder, here or on another machine: the window reloads them.
      workspaceChanged: (change) => { if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(WORKSPACE_CHANGED_EVENT, change); },
    });
    const refreshMenu = async () => Menu.setApplicationMenu(buildAppMenu(() => mainWindow, await services.recentCases(), await services.language()));
    registerHandlers(services.handlers, devServerUrl);
    // Opening a case changes the Recent Cases menu; choosing another interface language, every label.
    services.events.on((event) => { if (event.kind === 'case-opened' || event.kind === 'language-changed') void refreshMenu(); });
    void refreshMenu();
    // A clean quit removes the session marker, so the next start knows it was not a crash.
    let shutDown = false;
    app.on('will-quit', (event) => {
      if (shutDown) return;
      event.preventDefault();
      shutDown = true;
      void services.shutdown().finally(() => app.quit());
    });
    mainWindow = createMainWindow(join(import.meta.dirname, '../preload'), devServerUrl);
    mainWindow.on('closed', () => { mainWindow = null; });
    startDeadlineNotifications({ check: services.checkNotifications, window: () => mainWindow });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(join(import.meta.dirname, '../preload'), devServerUrl);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
