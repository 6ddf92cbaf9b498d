import type { Api } from '../../shared/ipc/contract.ts';
import type { ApiEvents } from '../../shared/ipc/events.ts';

/**
 * The renderer's only door to main: the preload's `window.api`, one method per channel.
 * No other file touches `window.api` (lint rule in eslint.config.js).
 *
 * Free of zod and of everything else at run time: start-up's requests (startup.ts) go through it
 * from the first, smallest chunk, before the rest of the app is evaluated (issue 12). Main's
 * events are read, checked against their schemas, through api-events.ts.
 */
export const api: Api = window.api;

/** Main's events, unchecked: subscribe through api-events.ts, which drops malformed messages. */
export const rawEvents: ApiEvents = window.api;
