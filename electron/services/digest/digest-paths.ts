import { homedir } from 'node:os';
import { join } from 'node:path';

/** The index database (digests and search) in the app's data folder. */
export function indexDbFile(dataDir: string): string {
  return join(dataDir, 'index.sqlite');
}

/**
 * The data folder the app itself uses (Electron's userData for the app named "Unanswered"), so
 * a digest made on the command line shows in the app: UNANSWERED_DATA_DIR first, as in the app.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env['UNANSWERED_DATA_DIR']) return env['UNANSWERED_DATA_DIR'];
  if (platform === 'win32') return join(env['APPDATA'] ?? join(homedir(), 'AppData', 'Roaming'), 'Unanswered');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Unanswered');
  return join(env['XDG_CONFIG_HOME'] ?? join(homedir(), '.config'), 'Unanswered');
}

/** A digest's title as the start of an exported file's name that every system accepts. */
export function digestFileStem(title: string): string {
  return title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').trim().slice(0, 80) || 'digest';
}
