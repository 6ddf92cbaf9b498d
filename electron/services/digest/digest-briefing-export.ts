/**
 * The digest's Word briefing: the rows shown (filtered and sorted as on screen), each counted
 * reply analysed again from its stored text for what was asked and what the reply said, rendered
 * by the briefing template and written atomically where the save dialog says.
 */
import { basename } from 'node:path';
import { analyze } from '../../../shared/analysis/analyze.ts';
import type { AnalyzeOutput } from '../../../shared/analysis/contract.ts';
import { briefingInput } from '../../../shared/digest/digest-briefing.ts';
import { filterDigest, sortDigest, type DigestColumn, type DigestFilter } from '../../../shared/digest/digest-filter.ts';
import type { Language } from '../../../shared/domain/draft.ts';
import { toDocx } from '../../../shared/documents/to-docx.ts';
import { indiaDate } from '../../../shared/lib/dates/index.ts';
import { briefingTitle, renderBriefing } from '../../../templates/documents/digest-briefing.ts';
import { writeFileAtomic } from '../atomic-write.ts';
import { digestFileStem } from './digest-paths.ts';
import type { DigestServiceDeps } from './digest-service.ts';
import { msg } from '../../../shared/messages/message.ts';
import { nativeTexts } from '../native-texts.ts';
import { digestEntries, listDigestInfos, storedReplyText } from './digest-store.ts';

export type BriefingRequest = {
  readonly digestId: string;
  readonly filter: DigestFilter;
  readonly sort: { readonly column: DigestColumn; readonly direction: 'asc' | 'desc' };
  readonly language: Language;
};

export type BriefingOutcome = { kind: 'saved'; fileName: string; replies: number } | { kind: 'canceled' } | { kind: 'failed'; message: string };

/** The briefing as .docx bytes, and how many replies it covers. */
export async function renderDigestBriefing(deps: Pick<DigestServiceDeps, 'index' | 'now'>, req: BriefingRequest): Promise<{ bytes: Uint8Array; replies: number }> {
  const db = deps.index.db;
  const title = listDigestInfos(db).find((d) => d.id === req.digestId)?.title ?? req.digestId;
  const rows = sortDigest(filterDigest(digestEntries(db, req.digestId), req.filter), req.sort.column, req.sort.direction);
  const analysisOf = (file: string): AnalyzeOutput | null => {
    const stored = storedReplyText(db, req.digestId, file);
    return stored === null ? null : analyze({ kind: 'combined', text: stored.text });
  };
  const input = briefingInput({ digestTitle: title, today: indiaDate(deps.now()), language: req.language, entries: rows, analysisOf });
  return { bytes: await toDocx(renderBriefing(input), { title: briefingTitle(req.language), language: req.language }), replies: input.replies.length };
}

export async function exportDigestBriefing(deps: DigestServiceDeps, req: BriefingRequest): Promise<BriefingOutcome> {
  const title = listDigestInfos(deps.index.db).find((d) => d.id === req.digestId)?.title ?? 'digest';
  const safe = digestFileStem(title);
  const say = nativeTexts(await deps.language());
  const path = await deps.dialogs.chooseSavePath({
    title: say.text(msg('native.dialog.exportBriefing')),
    defaultName: `${safe} briefing.docx`,
    filters: [{ name: say.text(msg('native.filter.wordDocument')), extensions: ['docx'] }],
  });
  if (path === null) return { kind: 'canceled' };
  try {
    const { bytes, replies } = await renderDigestBriefing(deps, req);
    await writeFileAtomic(path, bytes);
    return { kind: 'saved', fileName: basename(path), replies };
  } catch (e) {
    return { kind: 'failed', message: `The briefing could not be written: ${e instanceof Error ? e.message : String(e)}` };
  }
}
