import { join } from 'node:path';

/**
 * Where the app keeps its data.
 *
 * `dataDir` is Electron's userData folder in the app, or `UNANSWERED_DATA_DIR` for tests and the
 * CLI (Actual's e2e fixtures use the same per-test data folder pattern).
 */
export type DataPaths = {
  readonly dataDir: string;
  readonly settingsFile: string;
  readonly defaultWorkspace: string;
};

export function dataPaths(dataDir: string): DataPaths {
  return {
    dataDir,
    settingsFile: join(dataDir, 'settings.json'),
    defaultWorkspace: join(dataDir, 'workspace'),
  };
}

/** Each case is a folder in the workspace: `<id>/case.json`, with room for evidence beside it. */
export function caseFile(workspace: string, id: string): string {
  return join(workspace, id, 'case.json');
}

export function caseDir(workspace: string, id: string): string {
  return join(workspace, id);
}
