/**
 * The system clipboard, as a port: Electron's `clipboard` module in the app, a recorder in the
 * test bridge. The renderer cannot write the clipboard itself because main refuses every
 * permission request, clipboard-sanitized-write included (electron/main/security.ts).
 */
export type ClipboardPort = {
  readonly writeText: (text: string) => Promise<void>;
};
