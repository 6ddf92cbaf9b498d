import type { Message } from '../messages/message.ts';
import type { DeadlineKind } from './types.ts';

/** A deadline's name ("Reply due", "उत्तर की अंतिम तिथि"), as a message (`deadlineKind.*`). */
export function deadlineKindMessage(kind: DeadlineKind): Message {
  return { key: `deadlineKind.${kind}`, params: {} };
}
