import type { MenuItemConstructorOptions } from 'electron';
import type { EngineLanguage } from '../../shared/messages/catalogue.ts';
import { msg } from '../../shared/messages/message.ts';
import type { MenuCommand } from '../../shared/ipc/events.ts';
import { APP_NAME, nativeTexts } from '../services/native-texts.ts';

export type RecentCase = { readonly id: string; readonly title: string };

export type MenuTemplateOptions = {
  readonly language: EngineLanguage;
  readonly recent: ReadonlyArray<RecentCase>;
  readonly isMac: boolean;
  /** Developer tools are offered only in development builds. */
  readonly isPackaged: boolean;
  readonly onCommand: (command: MenuCommand) => void;
  readonly onAbout: () => void;
};

/**
 * The application menu as data, in the interface language, following each platform's
 * conventions (the macOS app menu, Edit and View roles for undo/redo, find and zoom). Role items
 * carry our own labels because Electron names them in the system's language, not the app's.
 * Commands that act on the app's data go to `onCommand` (main sends them to the renderer, which
 * runs the same code its keyboard shortcuts do). Accelerators are the same in both languages.
 */
export function menuTemplate(opts: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const texts = nativeTexts(opts.language);
  const m = texts.t;
  const label = (key: string): string => m(`native.menu.${key}`, {});
  const send = (command: MenuCommand) => () => opts.onCommand(command);
  const { isMac } = opts;
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: label('file'),
      submenu: [
        { label: label('newCase'), accelerator: 'CmdOrCtrl+N', click: send({ command: 'new-case' }) },
        { label: label('openCase'), accelerator: 'CmdOrCtrl+O', click: send({ command: 'open-case' }) },
        {
          label: label('recent'),
          submenu: opts.recent.length > 0
            ? opts.recent.slice(0, 10).map((c) => ({ label: c.title, click: send({ command: 'open-case', caseId: c.id }) }))
            : [{ label: label('noRecent'), enabled: false }],
        },
        { type: 'separator' },
        { label: label('saveCopy'), accelerator: 'CmdOrCtrl+Shift+S', click: send({ command: 'save-copy' }) },
        { label: label('exportWord'), accelerator: 'CmdOrCtrl+E', click: send({ command: 'export' }) },
        { type: 'separator' },
        { label: label('dashboard'), accelerator: 'CmdOrCtrl+D', click: send({ command: 'dashboard' }) },
        { label: label('settings'), accelerator: 'CmdOrCtrl+,', click: send({ command: 'settings' }) },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: label('quit') }]),
      ],
    },
    {
      label: label('edit'),
      submenu: [
        { role: 'undo', label: label('undo') }, { role: 'redo', label: label('redo') }, { type: 'separator' },
        { role: 'cut', label: label('cut') }, { role: 'copy', label: label('copy') }, { role: 'paste', label: label('paste') },
        { role: 'selectAll', label: label('selectAll') }, { type: 'separator' },
        { label: label('find'), accelerator: 'CmdOrCtrl+F', click: send({ command: 'find' }) },
      ],
    },
    {
      label: label('view'),
      submenu: [
        { role: 'resetZoom', label: label('resetZoom') }, { role: 'zoomIn', label: label('zoomIn') }, { role: 'zoomOut', label: label('zoomOut') },
        { type: 'separator' },
        { role: 'togglefullscreen', label: label('fullScreen') },
        ...(opts.isPackaged ? [] : [{ role: 'toggleDevTools' as const, label: label('devTools') }]),
      ],
    },
    {
      role: 'windowMenu',
      label: label('window'),
      submenu: [
        { role: 'minimize', label: label('minimize') },
        ...(isMac ? [{ role: 'zoom' as const, label: label('zoom') }] : []),
        { role: 'close', label: label('close') },
      ],
    },
    {
      role: 'help',
      label: label('help'),
      submenu: [
        { label: texts.text(msg('native.menu.howTo', { app: APP_NAME })), accelerator: 'F1', click: send({ command: 'help' }) },
        { label: texts.text(msg('native.menu.about', { app: APP_NAME })), click: opts.onAbout },
      ],
    },
  ];
}

/** The About box's text, in the interface language. */
export function aboutText(language: EngineLanguage, version: string): { readonly title: string; readonly message: string; readonly detail: string } {
  const texts = nativeTexts(language);
  return {
    title: texts.text(msg('native.about.title', { app: APP_NAME })),
    message: texts.text(msg('native.about.message', { app: APP_NAME, version })),
    detail: texts.text(msg('native.about.detail')),
  };
}
