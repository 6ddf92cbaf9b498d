import type { MenuCommand } from '../../shared/ipc/events.ts';

/**
 * Messages between the app shell and the screen showing, typed: a menu command a screen owns
 * (Save a Copy, Export), and a file dropped on the window for the open case to import. One bus
 * for the window; a screen subscribes while it is mounted.
 */
export type AppMessage =
  | { readonly kind: 'command'; readonly command: MenuCommand }
  | { readonly kind: 'dropped-file'; readonly file: File };

type Listener = (message: AppMessage) => void;
const listeners = new Set<Listener>();

export function publish(message: AppMessage): void {
  for (const listener of [...listeners]) listener(message);
}

/** Returns the function that unsubscribes. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => { listeners.delete(listener); };
}
