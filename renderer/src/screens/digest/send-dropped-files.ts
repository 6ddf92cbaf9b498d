import { IMPORT_LIMITS } from '../../../../shared/import/normalize-text.ts';
import { api } from '../../api.ts';
import { readAsBase64 } from '../import/read-dropped-file.ts';

/**
 * Files dropped on the digest view, handed to main one at a time (`digest:drop-start`, then
 * `digest:drop-file` per file): each is read, sent and let go before the next, so a drop of
 * hundreds of PDFs never sits in memory at once. A file over the import limit, or one that
 * cannot be read, is left out and said why; the rest go on. Main digests them with `digest:resume`.
 */
export async function sendDroppedFiles(
  files: ReadonlyArray<File>,
  messages: { readonly tooLarge: (name: string) => string; readonly unreadable: (name: string) => string },
  onSent: (done: number, total: number, name: string) => void,
): Promise<{ readonly digestId: string; readonly problems: ReadonlyArray<string> }> {
  const { digestId } = await api['digest:drop-start']({ names: files.map((f) => f.name.slice(0, 255) || 'dropped-file') });
  const problems: string[] = [];
  for (const [i, file] of files.entries()) {
    const name = file.name.slice(0, 255) || 'dropped-file';
    if (file.size > IMPORT_LIMITS.maxFileBytes) problems.push(messages.tooLarge(name));
    else {
      const base64 = await readAsBase64(file);
      const sent = base64 === null ? null : await api['digest:drop-file']({ digestId, fileName: name, base64 });
      if (sent === null) problems.push(messages.unreadable(name));
      else if (!sent.ok) problems.push(sent.message);
    }
    onSent(i + 1, files.length, name);
  }
  return { digestId, problems };
}
