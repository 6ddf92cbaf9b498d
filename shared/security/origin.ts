import { APP_ORIGIN } from './csp.ts';

/** The origin of a URL (scheme, host and port), or null if it does not parse. */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    // Custom schemes report the origin "null"; build it from the parts so app:// compares too.
    return parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return null;
  }
}

/**
 * Whether a URL belongs to the app itself: app://unanswered, or the dev server in development.
 * Origins are compared exactly, so `http://localhost:5173.evil.example` is not the dev server
 * `http://localhost:5173` (a bare prefix match would let it through).
 */
export function isAppUrl(url: string, devServerUrl: string | null): boolean {
  const origin = originOf(url);
  if (origin === null) return false;
  if (origin === APP_ORIGIN) return true;
  if (devServerUrl === null) return false;
  const dev = originOf(devServerUrl);
  if (dev === null) return false;
  return origin === dev || origin === dev.replace(/^http/, 'ws');
}
