import type { Message } from '../messages/message.ts';
import type { Finding } from './finding.ts';

/**
 * A finding as one sentence, "provision: what the rule says. What was found.", in the language of
 * `text` (`shared/messages/texts.ts` for the CLI and tests; the interface shows the parts apart).
 */
export function findingSentence(text: (message: Message) => string, f: Pick<Finding, 'cite' | 'message' | 'detail'>): string {
  const body = text(f.message);
  return `${text(f.cite)}: ${body}${f.detail ? ` ${text(f.detail)}` : ''}`;
}
