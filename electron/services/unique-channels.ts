/**
 * The per-domain handler groups are spread into one object, where a channel named by two groups
 * would let the later one silently replace the earlier (Actual Budget's handler registry throws on
 * that). Checked at start-up: a duplicate is a programming error, so it throws, naming both groups.
 */
export function assertUniqueChannels(groups: { readonly [group: string]: object }): void {
  const owner = new Map<string, string>();
  for (const [group, handlers] of Object.entries(groups)) {
    for (const channel of Object.keys(handlers)) {
      const first = owner.get(channel);
      if (first !== undefined) throw new Error(`The IPC channel "${channel}" is handled twice: by ${first} and by ${group}.`);
      owner.set(channel, group);
    }
  }
}
