import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/ipc/events.ts';
import { MENU_COMMAND_EVENT } from '../../shared/ipc/events.ts';

type RecentCase = { readonly id: string; readonly title: string };

/**
 * The application menu, following each platform's conventions (the macOS app menu, Edit and
 * View roles for undo/redo, find and zoom). Commands that act on the app's data are sent to the
 * renderer, which runs the same code its keyboard shortcuts do.
 */
export function buildAppMenu(window: () => BrowserWindow | null, recent: ReadonlyArray<RecentCase>): Menu {
  const send = (command: MenuCommand) => () => window()?.webContents.send(MENU_COMMAND_EVENT, command);
  const isMac = process.platform === 'darwin';
  const about = () => {
    const parent = window();
    const options = {
      type: 'info' as const,
      title: 'About Unanswered',
      message: `Unanswered ${app.getVersion()}`,
      detail: 'Set a government reply against the question it answers, and draft the follow-ups.\nEverything stays on this computer: the app makes no network requests.',
    };
    void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Case…', accelerator: 'CmdOrCtrl+N', click: send({ command: 'new-case' }) },
        { label: 'Open Case…', accelerator: 'CmdOrCtrl+O', click: send({ command: 'open-case' }) },
        {
          label: 'Recent Cases',
          submenu: recent.length > 0
            ? recent.slice(0, 10).map((c) => ({ label: c.title, click: send({ command: 'open-case', caseId: c.id }) }))
            : [{ label: 'No recent cases', enabled: false }],
        },
        { type: 'separator' },
        { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', click: send({ command: 'save-copy' }) },
        { label: 'Export as Word…', accelerator: 'CmdOrCtrl+E', click: send({ command: 'export' }) },
        { type: 'separator' },
        { label: 'Deadlines Dashboard', accelerator: 'CmdOrCtrl+D', click: send({ command: 'dashboard' }) },
        { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: send({ command: 'settings' }) },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' }, { role: 'redo' }, { type: 'separator' },
        { role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' }, { type: 'separator' },
        { label: 'Find in All Cases…', accelerator: 'CmdOrCtrl+F', click: send({ command: 'find' }) },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'How to Use Unanswered', accelerator: 'F1', click: send({ command: 'help' }) },
        { label: 'About Unanswered', click: about },
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
