import { basename, join } from 'node:path';
import type { Draft } from '../../shared/domain/draft.ts';
import { retargetDraft, type RetargetTo } from '../../shared/drafting/retarget.ts';
import { missingFields } from '../../templates/documents/index.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { pathExists } from './path-exists.ts';
import type { Dialogs } from './dialogs.ts';
import type { EngineLanguage } from '../../shared/messages/catalogue.ts';
import { msg } from '../../shared/messages/message.ts';
import { nativeTexts } from './native-texts.ts';
import { renderDraftDocx } from './export-draft.ts';

/** One public authority a batch sends the same application to. */
export type BatchTarget = RetargetTo;

export type BatchProblem = { readonly authority: string; readonly missing: ReadonlyArray<{ key: string; label: string }> };

export type BatchOutcome =
  | { readonly kind: 'saved'; readonly folderName: string; readonly fileNames: ReadonlyArray<string> }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'blocked'; readonly problems: ReadonlyArray<BatchProblem> }
  | { readonly kind: 'failed'; readonly message: string; readonly fileNames: ReadonlyArray<string> }
  /** Stopped by the user part-way: the files already written stay (each is whole: written atomically). */
  | { readonly kind: 'stopped'; readonly folderName: string; readonly fileNames: ReadonlyArray<string>; readonly total: number };

/** Stopping and following a batch: checked between files; `onProgress` after each file (done of total, and whose it was). */
export type BatchControl = {
  readonly signal?: AbortSignal;
  readonly onProgress?: (done: number, total: number, authority: string) => void;
};

/** The application as addressed to one authority (`retargetDraft`: each authority is asked for its own records). */
export function draftForAuthority(draft: Draft, target: BatchTarget): Draft {
  return retargetDraft(draft, target);
}

// Windows forbids these in names (and so do most file-sharing tools); control characters too.
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}\p{Cf}]+/gu;
// Windows reserves these device names whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_STEM = 90;

/** "NN Authority name.docx": numbered so the files sort in the order the user chose. */
export function batchFileName(index: number, total: number, authority: string): string {
  const width = Math.max(2, String(total).length);
  let stem = authority.normalize('NFC').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
  // A name may not end with a dot or a space on Windows.
  stem = stem.slice(0, MAX_STEM).replace(/[.\s]+$/, '').replace(/^[.\s]+/, '');
  if (stem.length === 0 || RESERVED.test(stem)) stem = `Public authority ${index + 1}`;
  return `${String(index + 1).padStart(width, '0')} ${stem}.docx`;
}


/** A name not yet in the folder or in this batch: an earlier export is never overwritten. */
async function freeName(folder: string, wanted: string, taken: Set<string>): Promise<string> {
  const stem = wanted.replace(/\.docx$/, '');
  for (let n = 1; n < 1000; n += 1) {
    const name = n === 1 ? wanted : `${stem} (${n}).docx`;
    if (!taken.has(name.toLowerCase()) && !(await pathExists(join(folder, name)))) return name;
  }
  throw new Error(`Bug: no free file name for ${wanted} in ${folder}`);
}

/** The problems that block the batch: each authority's application must be complete. */
export function batchProblems(draft: Draft, targets: ReadonlyArray<BatchTarget>): ReadonlyArray<BatchProblem> {
  if (draft.kind !== 'rti-application') {
    return [{ authority: '', missing: [{ key: 'kind', label: 'Only an RTI application can be sent to several public authorities' }] }];
  }
  if (targets.length === 0) return [{ authority: '', missing: [{ key: 'targets', label: 'At least one public authority' }] }];
  return targets
    .map((t) => ({ authority: t.name.trim() || '?', missing: missingFields(draftForAuthority(draft, t)) }))
    .filter((p) => p.missing.length > 0);
}

/**
 * Write one application per authority into `folder`, each atomically. Nothing is written when any
 * application is incomplete (all are checked before the first is written); a failure part-way
 * reports the files already written, and so does a stop (`control.signal`), which is honoured
 * between files, never inside one.
 */
export async function writeBatch(args: { draft: Draft; targets: ReadonlyArray<BatchTarget>; profileData: unknown; today: string; folder: string } & BatchControl): Promise<BatchOutcome> {
  const problems = batchProblems(args.draft, args.targets);
  if (problems.length > 0) return { kind: 'blocked', problems };
  const total = args.targets.length;
  const folderName = basename(args.folder);
  const written: string[] = [];
  const taken = new Set<string>();
  args.onProgress?.(0, total, '');
  try {
    // Each file is rendered just before it is written, so a stop takes effect within one file.
    for (const [i, target] of args.targets.entries()) {
      if (args.signal?.aborted) return { kind: 'stopped', folderName, fileNames: written, total };
      // Placeholders left (an address to add, a specimen): the file is marked as a draft, never final.
      const result = await renderDraftDocx(draftForAuthority(args.draft, target), args.profileData, args.today, 'draft');
      // batchProblems ran the same missingFields check for every authority above, so this is
      // reached only if the two disagree; nothing of this authority's is written then.
      if (!result.ok) {
        if (written.length === 0) return { kind: 'blocked', problems: [{ authority: target.name, missing: result.missing }] };
        return { kind: 'failed', message: `The application to ${target.name} is incomplete: ${result.missing.map((m) => m.label).join(', ')}.`, fileNames: written };
      }
      if (args.signal?.aborted) return { kind: 'stopped', folderName, fileNames: written, total };
      const name = await freeName(args.folder, batchFileName(i, total, target.name), taken);
      taken.add(name.toLowerCase());
      await writeFileAtomic(join(args.folder, name), result.bytes);
      written.push(name);
      args.onProgress?.(written.length, total, target.name);
    }
  } catch (e) {
    return { kind: 'failed', message: `The documents could not all be written: ${e instanceof Error ? e.message : String(e)}`, fileNames: written };
  }
  return { kind: 'saved', folderName, fileNames: written };
}

/** The batch through the folder dialog: check first, then ask where, then write. */
export async function exportBatch(args: { draft: Draft; targets: ReadonlyArray<BatchTarget>; profileData: unknown; dialogs: Dialogs; today: string; language: EngineLanguage } & BatchControl): Promise<BatchOutcome> {
  const problems = batchProblems(args.draft, args.targets);
  if (problems.length > 0) return { kind: 'blocked', problems };
  const folder = await args.dialogs.chooseFolder({ title: nativeTexts(args.language).text(msg('native.dialog.batchFolder', { count: args.targets.length })) });
  if (folder === null) return { kind: 'canceled' };
  return writeBatch({ ...args, folder });
}
