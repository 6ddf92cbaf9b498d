import { app, dialog, Menu, type BrowserWindow } from 'electron';
import type { EngineLanguage } from '../../shared/messages/catalogue.ts';
import { MENU_COMMAND_EVENT } from '../../shared/ipc/events.ts';
import { aboutText, menuTemplate, type RecentCase } from './menu-template.ts';

/**
 * The application menu in the interface language (`menu-template.ts` holds it as data). Main
 * rebuilds it when a case is opened (Recent Cases) and when the language setting changes.
 */
export function buildAppMenu(window: () => BrowserWindow | null, recent: ReadonlyArray<RecentCase>, language: EngineLanguage): Menu {
  const about = () => {
    const parent = window();
    const options = { type: 'info' as const, ...aboutText(language, app.getVersion()) };
    void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
  };
  return Menu.buildFromTemplate(menuTemplate({
    language,
    recent,
    isMac: process.platform === 'darwin',
    isPackaged: app.isPackaged,
    onCommand: (command) => window()?.webContents.send(MENU_COMMAND_EVENT, command),
    onAbout: about,
  }));
}
