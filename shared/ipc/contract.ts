import type { z } from 'zod';
import { caseChannels } from './channels/cases.ts';
import { exportChannels } from './channels/export.ts';
import { trackerChannels } from './channels/tracker.ts';
import { importChannels } from './channels/import.ts';
import { settingsChannels } from './channels/settings.ts';
import { searchChannels } from './channels/search.ts';
import { taskChannels } from './channels/task.ts';
import { digestChannels } from './channels/digest.ts';
import { textChannels } from './channels/texts.ts';
import { startChannels } from './channels/start.ts';

/**
 * The one IPC contract: every channel's input and output, as zod schemas, gathered from one
 * file per domain under `channels/`.
 *
 * Main parses every input against it (shared/ipc/dispatch.ts, used by electron/main/ipc and the
 * test bridge), the preload exposes one method per channel bound to `Api` with `satisfies`, and
 * the renderer's `api.ts` is the only door to it (GitHub Desktop `ipc-shared.ts`, Actual
 * `preload.ts`). Expected failures are values in the outputs; a thrown error means a bug.
 */
export const contract = {
  ...caseChannels,
  ...textChannels,
  ...startChannels,
  ...exportChannels,
  ...trackerChannels,
  ...importChannels,
  ...settingsChannels,
  ...searchChannels,
  ...taskChannels,
  ...digestChannels,
} as const;

type Contract = typeof contract;
export type Channel = keyof Contract;

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name);
}

export const CHANNELS: ReadonlyArray<Channel> = Object.keys(contract).filter(isChannel);

export type ChannelInput<K extends Channel> = z.input<Contract[K]['input']>;
export type ChannelOutput<K extends Channel> = z.output<Contract[K]['output']>;

/** What the renderer sees on `window.api`: one method per channel. */
export type Api = { readonly [K in Channel]: (input: ChannelInput<K>) => Promise<ChannelOutput<K>> };

/** What main implements: parsed input in, output that main parses again before it leaves. */
export type Handlers = { readonly [K in Channel]: (input: z.output<Contract[K]['input']>) => Promise<z.input<Contract[K]['output']>> };

/** The handlers for a subset of channels, so each domain implements its own in its own file. */
export type HandlersFor<K extends Channel> = Pick<Handlers, K>;
