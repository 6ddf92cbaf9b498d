import { useEffect, useState } from 'react';

/**
 * The value, `delayMs` after it last changed. The linters take well under a millisecond, so the
 * delay only keeps the findings list from flickering while the user types a word.
 */
export function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}
