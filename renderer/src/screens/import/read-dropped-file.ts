import type { ImportResult } from '../../../../shared/ipc/channels/import.ts';
import { IMPORT_LIMITS } from '../../../../shared/import/normalize-text.ts';
import { api } from '../../api.ts';

/**
 * A file dropped on the window, read by main's importer through `import:bytes`. The renderer
 * only has the File's name and bytes (no path), so the bytes travel as base64; a file over the
 * import limit is refused here, before it is read into memory.
 */
export async function importDroppedFile(
  file: File,
  messages: { readonly tooLarge: string; readonly unreadable: string },
  /** The name `task:cancel` stops the import by (renderer/src/hooks/use-task.ts). */
  taskId?: string,
): Promise<ImportResult> {
  if (file.size > IMPORT_LIMITS.maxFileBytes) return { ok: false, kind: 'too-large', message: messages.tooLarge };
  const base64 = await readAsBase64(file);
  if (base64 === null) return { ok: false, kind: 'unreadable', message: messages.unreadable };
  return api['import:bytes']({ fileName: file.name || 'dropped-file', base64, taskId });
}

/** FileReader's data: URL is the browser's own base64 encoder, without building a binary string. */
export function readAsBase64(file: File): Promise<string | null> {
  return new Promise((done) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      done(url.slice(url.indexOf(',') + 1));
    };
    // A file that vanished or cannot be read after it was dropped.
    reader.onerror = () => done(null);
    reader.readAsDataURL(file);
  });
}
