import { contract, isChannel, type Channel, type Handlers } from './contract.ts';
import { parseUnknown } from '../lib/parse.ts';
import { err, ok, type Result } from '../lib/result.ts';

export type DispatchFailure =
  | { readonly kind: 'unknown-channel'; readonly message: string }
  | { readonly kind: 'malformed-payload'; readonly message: string }
  | { readonly kind: 'bad-output'; readonly message: string };

/**
 * Parse an untrusted payload for a channel, run its handler, and check the handler's output.
 *
 * The one place where a channel name picks a handler; Electron's ipcMain and the test bridge
 * both go through it, so a malformed payload is refused the same way in both.
 */
export async function dispatch(handlers: Handlers, channel: string, raw: unknown): Promise<Result<unknown, DispatchFailure>> {
  if (!isChannel(channel)) return err({ kind: 'unknown-channel', message: `There is no channel "${channel}".` });
  return dispatchChannel(handlers, channel, raw);
}

async function dispatchChannel<K extends Channel>(handlers: Handlers, channel: K, raw: unknown): Promise<Result<unknown, DispatchFailure>> {
  const input = parseUnknown(contract[channel].input, raw);
  if (!input.ok) return err({ kind: 'malformed-payload', message: `Refused ${channel}: malformed payload (${input.error}).` });
  // TypeScript cannot tie contract[K]'s parsed input to Handlers[K] through the generic; the
  // parse above is what makes this call safe (model-codebases.md, typed IPC notes).
  const handler = handlers[channel] as (input: unknown) => Promise<unknown>;
  const output = parseUnknown(contract[channel].output, await handler(input.value));
  if (!output.ok) return err({ kind: 'bad-output', message: `Bug: ${channel} produced output outside the contract (${output.error}).` });
  return ok(output.value);
}
