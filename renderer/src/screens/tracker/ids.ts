/** A fresh id for a filing or draft: unique across sessions and machines (the case file may be shared). */
export function freshId(prefix: 'filing' | 'draft'): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
