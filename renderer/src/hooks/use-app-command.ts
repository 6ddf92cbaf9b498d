import { useEffect, useRef } from 'react';
import { MenuCommandSchema, type MenuCommand } from '../../../shared/ipc/events.ts';

/**
 * Run `handler` when the menu or a shortcut issues `command` (app.tsx re-dispatches the commands
 * that belong to a screen as an `unanswered:command` event; the screen that is showing handles it).
 */
export function useAppCommand(command: MenuCommand['command'], handler: (command: MenuCommand) => void): void {
  const handlerRef = useRef(handler);
  useEffect(() => { handlerRef.current = handler; });
  useEffect(() => {
    const listener = (event: Event) => {
      if (!(event instanceof CustomEvent)) return;
      const parsed = MenuCommandSchema.safeParse(event.detail);
      if (parsed.success && parsed.data.command === command) handlerRef.current(parsed.data);
    };
    window.addEventListener('unanswered:command', listener);
    return () => window.removeEventListener('unanswered:command', listener);
  }, [command]);
}
