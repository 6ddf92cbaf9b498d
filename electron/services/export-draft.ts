import type { Draft } from '../../shared/domain/draft.ts';
import { toDocx } from '../../shared/documents/to-docx.ts';
import { EMPTY_PROFILE, ProfileSchema } from '../../shared/drafting/profile.ts';
import { missingFields, TEMPLATES } from '../../templates/documents/index.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { Dialogs } from './dialogs.ts';
import { basename } from 'node:path';

export type ExportOutcome =
  | { readonly kind: 'saved'; readonly fileName: string; readonly path: string }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'blocked'; readonly missing: Array<{ key: string; label: string }> }
  | { readonly kind: 'failed'; readonly message: string };

/** A file name an office can live with: the draft's title, no characters Windows forbids. */
export function suggestedFileName(draft: Draft): string {
  const stem = draft.title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `${stem || 'Unanswered draft'}.docx`;
}

/** Render a draft with its template into .docx bytes. Export is blocked until required fields are filled. */
export async function renderDraftDocx(draft: Draft, profileData: unknown, today: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; missing: ReadonlyArray<{ key: string; label: string }> }> {
  const missing = missingFields(draft);
  if (missing.length > 0) return { ok: false, missing };
  const parsedProfile = ProfileSchema.safeParse(profileData);
  const profile = parsedProfile.success ? parsedProfile.data : EMPTY_PROFILE;
  const template = TEMPLATES[draft.kind];
  const blocks = template.render(draft, { profile, today });
  const bytes = await toDocx(blocks, { title: draft.title, language: draft.language });
  return { ok: true, bytes };
}

/**
 * Export one draft: check required fields, ask the user where to save, write atomically.
 */
export async function exportDraft(args: { draft: Draft; profileData: unknown; dialogs: Dialogs; today: string }): Promise<ExportOutcome> {
  const rendered = await renderDraftDocx(args.draft, args.profileData, args.today);
  if (!rendered.ok) return { kind: 'blocked', missing: [...rendered.missing] };
  const path = await args.dialogs.chooseSavePath({
    title: 'Export as Word document',
    defaultName: suggestedFileName(args.draft),
    filters: [{ name: 'Word document', extensions: ['docx'] }],
  });
  if (path === null) return { kind: 'canceled' };
  const target = path.toLowerCase().endsWith('.docx') ? path : `${path}.docx`;
  try {
    await writeFileAtomic(target, rendered.bytes);
  } catch (e) {
    return { kind: 'failed', message: `The document could not be written: ${e instanceof Error ? e.message : String(e)}` };
  }
  return { kind: 'saved', fileName: basename(target), path: target };
}
