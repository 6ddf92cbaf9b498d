/**
 * One file of a digest read and judged: its text imported (PDF, Word, text, Markdown), analysed,
 * and reduced to the digest's row with the keys that find duplicates. The heavy part of a digest,
 * run in a worker thread of the pool (digest-pool.ts) or, for one file, on the caller's thread.
 */
import { createHash } from 'node:crypto';
import { analyze } from '../../../shared/analysis/analyze.ts';
import { digestReply, normalizeForTextKey, replyKey, type DigestReply } from '../../../shared/digest/digest-row.ts';
import { importFile } from '../import/import-file.ts';

export type ReadReply =
  | { readonly kind: 'failed'; readonly reason: string }
  | { readonly kind: 'reply'; readonly reply: DigestReply; readonly replyKey: string | null; readonly textKey: string; readonly text: string };

export async function readReply(path: string, signal?: AbortSignal): Promise<ReadReply> {
  const imported = await importFile(path, signal ? { signal } : {});
  if (!imported.ok) return { kind: 'failed', reason: imported.error.message };
  const text = imported.value.text;
  const reply = digestReply(analyze({ kind: 'combined', text }));
  const textKey = createHash('sha256').update(normalizeForTextKey(text)).digest('hex');
  return { kind: 'reply', reply, replyKey: replyKey(reply), textKey, text };
}
