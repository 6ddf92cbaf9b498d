import { analyze } from '../../../shared/analysis/analyze.ts';
import { formatTable } from '../../../shared/analysis/format-table.ts';
import { importFile } from '../../services/import/import-file.ts';

/**
 * One file of a batch, read and judged: the unit of work a pool worker does, and what the
 * single-threaded path does in-process. Never throws: a file that cannot be read, or a bug in
 * reading it, becomes that file's own result, so one bad file never stops a run.
 */
export type BatchMode = 'jsonl' | 'table';

export type FileResult = {
  readonly ok: boolean;
  /** --jsonl: the file's one JSON line, without the newline. Table mode: the table (ok) or the one-line reason (failed). */
  readonly text: string;
  /** Table mode only: import warnings for stderr. */
  readonly warnings: ReadonlyArray<string>;
};

export function failedLine(file: string, kind: string, message: string): string {
  return JSON.stringify({ file, ok: false, error: { kind, message } });
}

export async function analyzeOne(file: string, mode: BatchMode): Promise<FileResult> {
  try {
    const imported = await importFile(file);
    if (!imported.ok) {
      return mode === 'jsonl'
        ? { ok: false, text: failedLine(file, imported.error.kind, imported.error.message), warnings: [] }
        : { ok: false, text: imported.error.message, warnings: [] };
    }
    const output = analyze({ kind: 'combined', text: imported.value.text });
    const warnings = imported.value.warnings.map((w) => w.message);
    if (mode === 'jsonl') return { ok: true, text: JSON.stringify({ file, ok: true, output, warnings }), warnings: [] };
    const table = formatTable(output);
    return { ok: true, text: table.endsWith('\n') ? table : `${table}\n`, warnings };
  } catch (e) {
    // A bug, not a property of the file: still reported against the file, with what went wrong.
    const message = `“${file}” could not be analysed: ${e instanceof Error ? e.message : String(e)}`;
    return mode === 'jsonl' ? { ok: false, text: failedLine(file, 'failed', message), warnings: [] } : { ok: false, text: message, warnings: [] };
  }
}
