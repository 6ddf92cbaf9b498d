import type { Api } from '../../shared/ipc/contract.ts';

/**
 * The renderer's only door to main: the preload's `window.api`, one method per channel.
 * No other file touches `window.api` (lint rule in eslint.config.js).
 */
export const api: Api = window.api;
