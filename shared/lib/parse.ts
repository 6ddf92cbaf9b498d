import type { z } from 'zod';
import { err, ok, type Result } from './result.ts';

/**
 * Parse untrusted data and describe every problem as `path: message`.
 *
 * Signal-Desktop's `schemas.std.ts` idea: a boundary failure must say where it failed.
 */
export function parseUnknown<S extends z.ZodType>(schema: S, value: unknown): Result<z.output<S>, string> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return ok(parsed.data);
  return err(describeIssues(parsed.error.issues));
}

export function describeIssues(issues: ReadonlyArray<z.core.$ZodIssue>): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ') + (issues.length > 5 ? `; and ${issues.length - 5} more` : '');
}
