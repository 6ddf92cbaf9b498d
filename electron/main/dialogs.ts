import { dialog, type BrowserWindow } from 'electron';
import type { Dialogs } from '../services/dialogs.ts';

/** The real file dialogs, parented to the main window. */
export function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    chooseSavePath: async ({ title, defaultName, filters }) => {
      const parent = window();
      const options = { title, defaultPath: defaultName, filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })) };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    chooseFolder: async ({ title }) => {
      const parent = window();
      const options = { title, properties: ['openDirectory' as const, 'createDirectory' as const] };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseOpenFile: async ({ title, filters }) => {
      const parent = window();
      const options = { title, properties: ['openFile' as const], filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })) };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    chooseOpenFiles: async ({ title, filters }) => {
      const parent = window();
      const options = { title, properties: ['openFile' as const, 'multiSelections' as const], filters: filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })) };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
  };
}
