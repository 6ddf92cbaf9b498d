/**
 * The file dialogs main needs, as a port: Electron's dialog module in the app, a scripted
 * answerer in the test bridge. Every path the services write to comes from here, never from
 * the renderer (the brief's rule on renderer-named paths).
 */
export type FileFilter = { readonly name: string; readonly extensions: ReadonlyArray<string> };

export type Dialogs = {
  readonly chooseSavePath: (opts: { readonly title: string; readonly defaultName: string; readonly filters: ReadonlyArray<FileFilter> }) => Promise<string | null>;
  readonly chooseFolder: (opts: { readonly title: string }) => Promise<string | null>;
  readonly chooseOpenFile: (opts: { readonly title: string; readonly filters: ReadonlyArray<FileFilter> }) => Promise<string | null>;
  /** Several files at once (the digest's "pick many files"); null when the dialog is closed or nothing is picked. */
  readonly chooseOpenFiles: (opts: { readonly title: string; readonly filters: ReadonlyArray<FileFilter> }) => Promise<ReadonlyArray<string> | null>;
};
