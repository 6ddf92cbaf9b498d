import type { Message } from '../../shared/messages/message.ts';
import type { CitedFact, Severity } from './fact.ts';

/**
 * A rule checked by matching phrases in the drafted text.
 *
 * Patterns are plain, linear regular expressions (no nested quantifiers) so that linting stays
 * fast on any input; the linter adds the global flag itself. Every pattern is case-insensitive
 * unless the rule needs capitals (personal names).
 */
export type PhraseRule = CitedFact & {
  readonly severity: Severity;
  readonly patterns: ReadonlyArray<RegExp>;
  /** The rule does not apply to text that matches any of these (e.g. a point that already asks for records). */
  readonly unless?: ReadonlyArray<RegExp>;
  /** What is wrong, for the user (`shared/messages`, `lint.rti.*`); the linter adds the matched text. */
  readonly message: Message;
};
