/**
 * Makes the first number format of the session happen while the window is idle (issue 12). The
 * first Intl.NumberFormat.format in a page loads ICU's number data, ~40 ms on this project's
 * 2-core machine; the first number the interface shows is often a long paste's character count,
 * drawn in the same task as the pasted text, which then took a frame longer than 50 ms.
 *
 * Called by the import panel, where that count is shown, not at start: done at start, the idle
 * callback ran while the window waited for the case list, and held the list's first paint back
 * by 50-75 ms (a CPU profile of the bench's first paint). Once per language per session.
 */
const warmed = new Set<string>();

export function warmNumberFormat(language: string): void {
  if (warmed.has(language)) return;
  warmed.add(language);
  const warm = (): void => { new Intl.NumberFormat(language).format(1234.5); };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 5000 });
  else setTimeout(warm, 1000);
}
