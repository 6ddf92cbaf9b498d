/**
 * Exhaustiveness check for closed unions.
 *
 * Reaching it at run time is a bug, so it throws (GitHub Desktop fatal-error.ts).
 */
export function assertNever(value: never, message = 'Unexpected value'): never {
  throw new Error(`${message}: ${JSON.stringify(value)}`);
}
