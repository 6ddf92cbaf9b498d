// The first chunk, kept small (issue 12): it sends start-up's requests to main, and evaluates
// the app (mount.tsx) once main has answered. The start-up shell in index.html paints meanwhile.
// The stylesheet is imported here so it stays a <link> in index.html's head, styling the shell.
import { startup } from './startup.ts';
import './styles.css';

/**
 * index.html's #root, once the document is parsed: this chunk is an async module script, so it
 * can run before the parser has reached the body (it runs as soon as it has loaded, not after the
 * first frame, so that start-up's requests go out sooner).
 */
async function rootElement(): Promise<HTMLElement> {
  if (document.readyState === 'loading') await new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));
  const root = document.getElementById('root');
  if (!root) throw new Error('Bug: index.html has no #root');
  return root;
}

// Null when start-up's answer could not be had: the app starts on the default settings, in English.
const answer = startup.catch(() => null);
const settings = answer.then((a) => a?.settings ?? null);
// Bootstrap's answer first, before the app takes the thread: it names the case to open, whose read
// (startup.ts) then runs in main while the app is evaluated here, instead of after. The app
// shows nothing before that answer anyway. By then the shell has usually painted; waiting for a
// frame as well held the case list back (bench, 4 rounds of 5 starts: ~470 ms to ~455 ms).
void answer
  .then(() => import('./mount.tsx'))
  .then(async ({ mount }) => mount(await rootElement(), settings));
