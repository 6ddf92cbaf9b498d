import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/ipc/events.ts';
import { subscribe } from '../app-messages.ts';

/**
 * Run `handler` when the menu or a shortcut issues `command` (app.tsx re-dispatches the commands
 * that belong to a screen on the app's message bus, app-messages.ts; the screen that is showing handles it).
 */
export function useAppCommand(command: MenuCommand['command'], handler: (command: MenuCommand) => void): void {
  const handlerRef = useRef(handler);
  useEffect(() => { handlerRef.current = handler; });
  useEffect(() => {
    return subscribe((message) => {
      if (message.kind === 'command' && message.command.command === command) handlerRef.current(message.command);
    });
  }, [command]);
}
