import type { Draft } from '../../shared/domain/draft.ts';
import { toDocx } from '../../shared/documents/to-docx.ts';
import { EMPTY_PROFILE, ProfileSchema } from '../../shared/domain/profile.ts';
import { missingFields, TEMPLATES } from '../../templates/documents/index.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { Dialogs } from './dialogs.ts';
import type { EngineLanguage } from '../../shared/messages/catalogue.ts';
import { msg } from '../../shared/messages/message.ts';
import { nativeTexts } from './native-texts.ts';
import { basename } from 'node:path';
import { bold, paragraph } from '../../shared/documents/blocks.ts';
import { draftMark, placeholdersIn } from '../../shared/documents/placeholders.ts';
import { resolveHindiForms, signerForm } from '../../shared/documents/hindi-forms.ts';

export type ExportOutcome =
  | { readonly kind: 'saved'; readonly fileName: string; readonly path: string }
  | { readonly kind: 'canceled' }
  | { readonly kind: 'blocked'; readonly missing: Array<{ key: string; label: string }> }
  | { readonly kind: 'placeholders'; readonly placeholders: Array<string> }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * At most this many bytes of title in a file name. File systems count a name's UTF-8 bytes (255 on
 * ext4, NTFS counts UTF-16 units): a Devanagari letter is 3 bytes, so 80 characters of a Hindi title
 * would already be 240, before the number, the " (Hindi)" and the atomic write's ".tmp-…" suffix.
 */
const TITLE_BYTES = 160;

/**
 * The longest start of `text` within `max` UTF-8 bytes, cut between whole words where the cut falls
 * inside one (else between whole letters, each with its vowel signs).
 */
export function clipToBytes(text: string, max: number): string {
  const encoder = new TextEncoder();
  let out = '';
  let bytes = 0;
  let cut = false;
  for (const { segment } of new Intl.Segmenter('hi', { granularity: 'grapheme' }).segment(text)) {
    const n = encoder.encode(segment).length;
    if (bytes + n > max) {
      cut = true;
      break;
    }
    out += segment;
    bytes += n;
  }
  if (!cut || /\s/.test(text.charAt(out.length))) return out;
  const lastSpace = out.search(/\s\S*$/);
  return lastSpace > 0 ? out.slice(0, lastSpace) : out;
}

/** A file name an office can live with: the draft's title, no characters Windows forbids, short enough for any disk. */
export function suggestedFileName(draft: Draft): string {
  const stem = clipToBytes(draft.title.replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ').replace(/\s+/g, ' ').trim().slice(0, 80), TITLE_BYTES).trim();
  return `${stem || 'Unanswered draft'}.docx`;
}

export type ExportMode = 'final' | 'draft';

export type RenderOutcome =
  | { ok: true; bytes: Uint8Array; placeholders: ReadonlyArray<string> }
  | { ok: false; missing: ReadonlyArray<{ key: string; label: string }>; placeholders: ReadonlyArray<string> };

/**
 * Render a draft with its template into .docx bytes. Export is blocked until required fields are
 * filled; a final export is also refused while a placeholder or specimen value remains
 * (`placeholdersIn`), and a draft export says at its head that it is a draft.
 */
export async function renderDraftDocx(draft: Draft, profileData: unknown, today: string, mode: ExportMode = 'final'): Promise<RenderOutcome> {
  const missing = missingFields(draft);
  if (missing.length > 0) return { ok: false, missing, placeholders: [] };
  const parsedProfile = ProfileSchema.safeParse(profileData);
  const profile = parsedProfile.success ? parsedProfile.data : EMPTY_PROFILE;
  const template = TEMPLATES[draft.kind];
  const rendered = template.render(draft, { profile, today });
  // A Hindi letter agrees with its signer's gender; until it is chosen both forms stay and count as blanks.
  const form = draft.language === 'hi' ? signerForm(draft.kind, profile) : undefined;
  const blocks = form === undefined ? rendered : resolveHindiForms(rendered, form);
  const placeholders = placeholdersIn(blocks);
  if (mode === 'final' && placeholders.length > 0) return { ok: false, missing: [], placeholders };
  const marked = mode === 'draft' && placeholders.length > 0
    ? [paragraph([bold(draftMark(draft.language, placeholders))], 'center'), ...blocks]
    : blocks;
  const bytes = await toDocx(marked, { title: draft.title, language: draft.language });
  return { ok: true, bytes, placeholders };
}

/**
 * Export one draft: check required fields, ask the user where to save, write atomically.
 */
export async function exportDraft(args: { draft: Draft; profileData: unknown; dialogs: Dialogs; today: string; mode?: ExportMode; language: EngineLanguage }): Promise<ExportOutcome> {
  const rendered = await renderDraftDocx(args.draft, args.profileData, args.today, args.mode ?? 'final');
  if (!rendered.ok) return rendered.missing.length > 0 ? { kind: 'blocked', missing: [...rendered.missing] } : { kind: 'placeholders', placeholders: [...rendered.placeholders] };
  const say = nativeTexts(args.language);
  const path = await args.dialogs.chooseSavePath({
    title: say.text(msg('native.dialog.exportWord')),
    defaultName: suggestedFileName(args.draft),
    filters: [{ name: say.text(msg('native.filter.wordDocument')), extensions: ['docx'] }],
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
