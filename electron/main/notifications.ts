import { Notification, type BrowserWindow } from 'electron';
import type { AppServices } from '../services/app-services.ts';
import { MENU_COMMAND_EVENT, type MenuCommand } from '../../shared/ipc/events.ts';

/** Deadlines are calendar days, so an hourly look is enough to catch the day turning over. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Desktop notifications on due dates: one check at start, then every hour. What is due, and the
 * record of what was already shown, is plain Node in `electron/services/notification-schedule.ts`;
 * this file only shows Electron `Notification`s and keeps the timer. Returns a stop function.
 */
export function startDeadlineNotifications(opts: { readonly check: AppServices['checkNotifications']; readonly window: () => BrowserWindow | null }): () => void {
  if (!Notification.isSupported()) return () => undefined;
  let running = false;

  const check = async (): Promise<void> => {
    // A slow disk must not stack checks on top of each other (each would show the same notices).
    if (running) return;
    running = true;
    try {
      const result = await opts.check(({ title, body, caseId }) => {
          const notice = new Notification({ title, body });
          notice.on('click', () => {
            const win = opts.window();
            if (!win) return;
            if (win.isMinimized()) win.restore();
            win.focus();
            // Open the case the deadline belongs to (a summary of several opens the dashboard).
            const command: MenuCommand = caseId ? { command: 'open-case', caseId } : { command: 'dashboard' };
            win.webContents.send(MENU_COMMAND_EVENT, command);
          });
          notice.show();
      });
      for (const problem of result.problems) console.warn(`Deadline notifications: ${problem}`);
    } catch (e) {
      console.error('Deadline notifications: the check failed', e);
    } finally {
      running = false;
    }
  };

  void check();
  const timer = setInterval(() => void check(), CHECK_EVERY_MS);
  return () => clearInterval(timer);
}
