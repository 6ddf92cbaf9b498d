import { z } from 'zod';

/**
 * Messages main sends to the renderer (the other direction from `contract.ts`): commands chosen
 * in the application menu. The renderer's keyboard shortcuts run the same commands.
 */
export const MENU_COMMANDS = ['new-case', 'open-case', 'save-copy', 'export', 'find', 'settings', 'dashboard', 'help', 'about'] as const;
export const MenuCommandSchema = z.object({
  command: z.enum(MENU_COMMANDS),
  /** For 'open-case' from the Recent Cases menu. */
  caseId: z.string().optional(),
});
export type MenuCommand = z.infer<typeof MenuCommandSchema>;

export const MENU_COMMAND_EVENT = 'menu:command';

/** What the preload adds to `window.api` besides the channels: subscriptions, each returning an unsubscribe. */
export type ApiEvents = {
  readonly onMenuCommand: (listener: (command: MenuCommand) => void) => () => void;
};
