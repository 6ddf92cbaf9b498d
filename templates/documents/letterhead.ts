import { paragraph, bold, text, type Block } from '../../shared/documents/blocks.ts';
import type { Profile } from '../../shared/domain/profile.ts';

/**
 * The office letterhead from the profile (an MP's office, a law chamber), centred at the top.
 * Used on notices and lawyers' working papers only: an RTI application, appeal or complaint is the
 * citizen's own (s.3, s.6(1); `rti-law-and-anchors.md` A.6 "citizen of India" declaration), so it
 * goes out without an organisation's letterhead.
 */
export function letterheadBlocks(profile: Profile): ReadonlyArray<Block> {
  const organisation = profile.letterhead.organisation.trim();
  const lines = profile.letterhead.lines.map((l) => l.trim()).filter((l) => l.length > 0);
  if (organisation === '' && lines.length === 0) return [];
  return [
    paragraph([...(organisation ? [bold(organisation)] : []), ...(lines.length > 0 ? [text(`${organisation ? '\n' : ''}${lines.join('\n')}`)] : [])], 'center'),
  ];
}
