/**
 * The assurances of every session digest in the index, for the deadline dashboard and its .ics
 * export. The index is only an index: if it cannot be read, the dashboard says so and shows the
 * cases' own deadlines all the same.
 */
import { digestAssurances, type DigestAssurance } from '../../../shared/digest/digest-assurances.ts';
import { indexFor } from '../index-db/index-registry.ts';
import { digestEntries, listDigestInfos } from './digest-store.ts';

export function allDigestAssurances(dataDir: string): { assurances: DigestAssurance[]; problem: string | null } {
  try {
    const db = indexFor(dataDir).db;
    return { assurances: digestAssurances(listDigestInfos(db).map((d) => ({ id: d.id, title: d.title, entries: digestEntries(db, d.id) }))), problem: null };
  } catch (e) {
    return { assurances: [], problem: `The session digests could not be read, so their assurances are not shown: ${e instanceof Error ? e.message : String(e)}` };
  }
}
