import { describe, expect, it } from 'vitest';
import { paragraph } from '../../../../shared/documents/blocks.ts';
import { draftMark, placeholdersIn } from '../../../../shared/documents/placeholders.ts';

describe('draftMark', () => {
  it('names and counts each value once, though it was found again with the words before it', () => {
    const found = placeholdersIn([paragraph('Pages: [Pages]'), paragraph('Name: Asha Verma (specimen applicant)'), paragraph('I, Asha Verma (specimen applicant), verify.')]);
    expect(found).toEqual(['[Pages]', 'Asha Verma (specimen applicant)']);
    expect(draftMark('en', found)).toBe(
      'DRAFT, NOT FOR FILING: 2 values are still to be filled in or replaced: [Pages]; Asha Verma (specimen applicant)',
    );
  });

  it('finds a specimen e-mail address, which starts in lower case, beside a specimen telephone number', () => {
    expect(placeholdersIn([paragraph('Telephone / e-mail: +91 98100 00000 (specimen) / asha.verma@example.org (specimen)')]))
      .toEqual(['+91 98100 00000 (specimen)', 'asha.verma@example.org (specimen)']);
  });

  it('says "value is" for one, and writes the Hindi mark in Hindi', () => {
    expect(draftMark('en', ['[Pages]'])).toBe('DRAFT, NOT FOR FILING: 1 value is still to be filled in or replaced: [Pages]');
    expect(draftMark('hi', ['[पृष्ठ]', '[विलंब का कारण लिखें]'])).toBe('प्रारूप, दाखिल करने के लिए नहीं: 2 मान अभी भरे या बदले जाने हैं: [पृष्ठ]; [विलंब का कारण लिखें]');
  });
});
