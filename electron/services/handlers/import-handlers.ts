import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { HandlersFor } from '../../../shared/ipc/contract.ts';
import type { ImportPurpose, ImportResult, importChannels } from '../../../shared/ipc/channels/import.ts';
import { assertNever } from '../../../shared/lib/assert-never.ts';
import type { FileFilter } from '../dialogs.ts';
import { importFile } from '../import/import-file.ts';
import type { ServiceContext } from '../service-context.ts';
import { msg } from '../../../shared/messages/message.ts';
import type { MessageTexts } from '../../../shared/messages/texts.ts';
import { nativeTexts } from '../native-texts.ts';

/**
 * The formats `importFile` reads. The importer recognises a file by its content, not its name,
 * so "All files" is offered too: a reply saved without an extension still imports.
 */
export function importFilters(say: MessageTexts): ReadonlyArray<FileFilter> {
  return [
    { name: say.text(msg('native.filter.importAny')), extensions: ['pdf', 'docx', 'txt', 'md', 'markdown'] },
    { name: say.text(msg('native.filter.pdf')), extensions: ['pdf'] },
    { name: say.text(msg('native.filter.word', { ext: '.docx' })), extensions: ['docx'] },
    { name: say.text(msg('native.filter.text', { ext: '.txt, .md' })), extensions: ['txt', 'md', 'markdown'] },
    { name: say.text(msg('native.filter.all')), extensions: ['*'] },
  ];
}

function dialogTitle(say: MessageTexts, purpose: ImportPurpose): string {
  switch (purpose) {
    case 'qa': return say.text(msg('native.dialog.importQa'));
    case 'question': return say.text(msg('native.dialog.importQuestion'));
    case 'reply': return say.text(msg('native.dialog.importReply'));
    default: return assertNever(purpose, 'Unknown import purpose');
  }
}

/**
 * A dropped file's name made safe to create inside a fresh temporary folder: only its last
 * segment, without control characters; its extension is kept because it tells .md from .txt.
 */
export function safeTempName(fileName: string): string {
  // eslint-disable-next-line no-control-regex -- stripping control characters is the point.
  const last = (fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return last === '' || last === '.' || last === '..' ? 'dropped-file' : last;
}

const CANCELED: ImportResult = { ok: false, kind: 'canceled', message: 'The import was stopped.' };

/** Importing a question or reply from a file chosen in the open dialog, or dropped on the window. */
export function importHandlers(ctx: ServiceContext): HandlersFor<keyof typeof importChannels> {
  /**
   * Runs `importFile` as a task, so that `task:cancel` (by name) or `import:cancel` (all) can stop
   * it, reporting pages read (a PDF) or, for a file read in one go, no total; the text comes
   * back, the path does not.
   */
  function run(path: string, taskId: string | undefined): Promise<ImportResult> {
    return ctx.tasks.run('import', taskId, async (task) => {
      const fileName = basename(path);
      task.report(0, null, fileName);
      try {
        const read = await importFile(path, {
          signal: task.signal,
          onProgress: (done, total, unit) => { if (unit === 'pages') task.report(done, total, fileName); },
        });
        if (!read.ok) return { ok: false, kind: read.error.kind, message: read.error.message };
        const { text, format, pageCount, warnings } = read.value;
        return { ok: true, text, format, fileName: read.value.fileName, pageCount, warnings: [...warnings] };
      } catch (e) {
        // importFile rejects only when its signal is aborted; anything else is a bug.
        if (task.signal.aborted) return CANCELED;
        throw e;
      }
    });
  }

  return {
    'import:file': async ({ purpose, taskId }) => {
      const say = nativeTexts(await ctx.language());
      const path = await ctx.dialogs.chooseOpenFile({ title: dialogTitle(say, purpose), filters: importFilters(say) });
      if (path === null) return { ok: false, kind: 'canceled', message: 'No file was chosen.' };
      return run(path, taskId);
    },
    'import:bytes': async ({ fileName, base64, taskId }) => {
      // importFile reads from a path; the bytes go to a private temporary folder that is removed
      // at once, so nothing the renderer sends is left on disk.
      const dir = await mkdtemp(join(tmpdir(), 'unanswered-import-'));
      try {
        const path = join(dir, safeTempName(fileName));
        await writeFile(path, Buffer.from(base64, 'base64'), { mode: 0o600 });
        return await run(path, taskId);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    'import:cancel': async () => ({ canceled: ctx.tasks.cancelKind('import') }),
  };
}
