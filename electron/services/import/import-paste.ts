/**
 * Pasted text is checked and normalised by pure code (shared/import/normalize-text.ts) so the
 * renderer can use it directly; this is the same function for Node-side callers.
 */
export { importPaste } from '../../../shared/import/normalize-text.ts';
