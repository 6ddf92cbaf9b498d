import type { Severity } from '../../templates/rules/fact.ts';
import { msg, type Message } from '../messages/message.ts';

export type { Severity };

/**
 * One thing a linter found in a draft.
 *
 * What it says is data (`shared/messages`): `cite` is the provision applied (shown with every
 * finding), `message` what the rule says, `detail` the specifics (the words found, the count).
 * The interface and the CLI render them in their language.
 *
 * `source` is the URL or docs section the rule comes from, and `confirmed` is false when the
 * docs mark the underlying fact UNCONFIRMED, so the UI can show how far to trust the finding.
 * `start`/`end` are UTF-16 offsets into the linted text (see `layout.ts` for what that text is).
 */
export type Finding = {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly cite: Message;
  readonly message: Message;
  readonly detail: Message | null;
  readonly source: string;
  readonly confirmed: boolean;
  readonly start?: number;
  readonly end?: number;
};

const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then notes; within a severity, in text order. */
export function sortFindings(findings: ReadonlyArray<Finding>): ReadonlyArray<Finding> {
  return [...findings].sort((a, b) =>
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.start ?? -1) - (b.start ?? -1));
}

/**
 * Collects findings, dropping exact repeats (same rule, same span), so overlapping patterns of
 * one rule report a passage once.
 */
export class FindingSink {
  readonly #seen = new Set<string>();
  readonly #items: Finding[] = [];

  add(finding: Finding): void {
    const key = `${finding.ruleId}|${finding.start ?? ''}|${finding.end ?? ''}`;
    if (this.#seen.has(key)) return;
    this.#seen.add(key);
    this.#items.push(finding);
  }

  has(ruleId: string): boolean {
    return this.#items.some((f) => f.ruleId === ruleId);
  }

  result(): ReadonlyArray<Finding> {
    return sortFindings(this.#items);
  }
}

/**
 * Run a linter so that it never throws: linters run on every keystroke, and a bug must not break
 * the editor. A thrown error (a bug, not an expected failure) comes back as a `lint-internal` note.
 */
export function lintSafely(checker: Message, source: string, run: () => ReadonlyArray<Finding>): ReadonlyArray<Finding> {
  try {
    return run();
  } catch (e) {
    return [{
      ruleId: 'lint-internal',
      severity: 'info',
      cite: checker,
      message: msg('lint.internal', { checker, error: e instanceof Error ? e.message : String(e) }),
      detail: null,
      source,
      confirmed: true,
    }];
  }
}
