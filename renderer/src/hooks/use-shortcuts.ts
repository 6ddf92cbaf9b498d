import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/ipc/events.ts';

type Shortcut = {
  readonly command: MenuCommand['command'];
  readonly key: string;
  readonly shift?: boolean;
  readonly mod: boolean;
  readonly help: 'newCase' | 'find' | 'settings' | 'dashboard' | 'help' | 'export' | 'saveCopy';
  readonly label: (isMac: boolean) => string;
};

const mod = (isMac: boolean) => (isMac ? '⌘' : 'Ctrl+');

/**
 * The shortcuts the application menu also offers (electron/main/menu.ts), so they work the same
 * in the browser-based tests where there is no native menu. Handled keys are consumed, so a
 * menu accelerator never runs the command twice.
 */
export const SHORTCUTS: ReadonlyArray<Shortcut> = [
  { command: 'new-case', key: 'n', mod: true, help: 'newCase', label: (m) => `${mod(m)}N` },
  { command: 'find', key: 'f', mod: true, help: 'find', label: (m) => `${mod(m)}F` },
  { command: 'settings', key: ',', mod: true, help: 'settings', label: (m) => `${mod(m)},` },
  { command: 'dashboard', key: 'd', mod: true, help: 'dashboard', label: (m) => `${mod(m)}D` },
  { command: 'export', key: 'e', mod: true, help: 'export', label: (m) => `${mod(m)}E` },
  { command: 'save-copy', key: 's', shift: true, mod: true, help: 'saveCopy', label: (m) => `${mod(m)}Shift+S` },
  { command: 'help', key: 'F1', mod: false, help: 'help', label: () => 'F1' },
];

export function useShortcuts(run: (command: MenuCommand) => void): void {
  const runRef = useRef(run);
  useEffect(() => { runRef.current = run; });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const hasMod = event.ctrlKey || event.metaKey;
      const hit = SHORTCUTS.find((s) => s.key.toLowerCase() === event.key.toLowerCase() && s.mod === hasMod && Boolean(s.shift) === event.shiftKey && !event.altKey);
      if (!hit) return;
      event.preventDefault();
      runRef.current({ command: hit.command });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
