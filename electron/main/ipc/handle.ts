import { ipcMain } from 'electron';
import { CHANNELS, type Handlers } from '../../../shared/ipc/contract.ts';
import { dispatch } from '../../../shared/ipc/dispatch.ts';
import { isTrustedSender } from './trusted-senders.ts';

/**
 * Register every channel of the contract with a sender check and a zod parse of the payload.
 *
 * A malformed payload never reaches a service: it is answered with an error naming the channel
 * and the failing paths (Electron delivers only the message to the renderer).
 */
export function registerHandlers(handlers: Handlers, devServerUrl: string | null): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, raw: unknown) => {
      if (!isTrustedSender(event.sender, event.senderFrame, devServerUrl)) {
        throw new Error(`Refused ${channel}: the sender is not the app's own window.`);
      }
      const result = await dispatch(handlers, channel, raw);
      if (!result.ok) throw new Error(result.error.message);
      return result.value;
    });
  }
}
