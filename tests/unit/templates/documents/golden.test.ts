import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { DRAFT_KINDS } from '../../../../shared/domain/draft.ts';
import { renderText } from '../../../../shared/documents/render-text.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';
import { SAMPLE_PROFILE, SAMPLE_TODAY, sampleDraft } from '../../../fixtures/golden/sample-drafts.ts';

/**
 * Golden text for every template in English and Hindi (Alaveteli's template specs compare the whole
 * letter against a heredoc). To update deliberately: UPDATE_GOLDEN=1 npx vitest run tests/unit/templates,
 * then read the diff before committing.
 */
const goldenDir = fileURLToPath(new URL('../../../fixtures/golden/', import.meta.url));
const update = process.env['UPDATE_GOLDEN'] === '1';

describe('golden text', () => {
  for (const kind of DRAFT_KINDS) {
    for (const language of ['en', 'hi'] as const) {
      it(`${kind}.${language}`, async () => {
        const draft = sampleDraft(kind, language);
        const actual = renderText(TEMPLATES[kind].render(draft, { profile: SAMPLE_PROFILE, today: SAMPLE_TODAY }));
        const path = `${goldenDir}${kind}.${language}.txt`;
        if (update) await writeFile(path, actual, 'utf8');
        const expected = await readFile(path, 'utf8');
        expect(actual).toBe(expected);
        // A filled sample never shows a "[...]" placeholder.
        expect(actual).not.toMatch(/\[[A-Z][^\]]*\]/);
      });
    }
  }
});
