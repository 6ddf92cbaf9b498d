import { describe, expect, it } from 'vitest';
import { exampleCase } from '../../../../electron/services/example-case.ts';
import { exampleDrafts } from '../../../../electron/services/example-documents.ts';
import { renderText } from '../../../../shared/documents/render-text.ts';
import { signerForm } from '../../../../shared/documents/hindi-forms.ts';
import { fieldValue, type Draft, type DraftKind } from '../../../../shared/domain/draft.ts';
import { EXAMPLE_PROFILE_HI } from '../../../../shared/example/example-profile.ts';
import { newDraft } from '../../../../shared/workflows/new-draft.ts';
import { TEMPLATES } from '../../../../templates/documents/index.ts';

/**
 * Hindi means Hindi (issues 11 and 15): the example's Hindi documents name the ministry by its
 * official Hindi name, and keep no English ministry name, "New Delhi" or "(specimen)".
 */
const NOW = '2026-12-03T10:00:00.000Z';
const ctx = { profile: EXAMPLE_PROFILE_HI, today: '2026-12-03' };
const render = (d: Draft): string => renderText(TEMPLATES[d.kind].render(d, ctx));
const hindi = (await exampleDrafts(NOW)).filter((d) => d.language === 'hi');

/** English names of ministries and authorities, and the English words a stray one would carry. */
const LATIN_AUTHORITY = /Ministry|Department of|Health and Family|Electronics|Information Technology|Home Affairs|Delhi Police|Commission|New Delhi|specimen/i;

/** A Hindi draft of the example case, as the app makes it (the example set has none of these kinds). */
function hindiDraft(kind: DraftKind, authorityId?: string): Draft {
  const c = exampleCase(NOW);
  return newDraft(kind, c, { parts: (c.question?.parts ?? []).map((p) => p.label), language: 'hi', profile: EXAMPLE_PROFILE_HI, now: NOW, id: `hi-${kind}`, ...(authorityId ? { authorityId } : {}) });
}

describe('the example in Hindi', () => {
  it('has a Hindi RTI application, first appeal and second appeal, and a Hindi question notice', () => {
    expect(hindi.map((d) => d.kind)).toEqual(['rti-application', 'rti-first-appeal', 'rti-second-appeal', 'pq-notice']);
  });

  it('gives every Hindi document\'s signer a gendered form, so the export leaves no देता/देती or भवदीय/भवदीया to choose', () => {
    // The export resolves the pairs by the signer's form in the profile (export-draft.ts): the applicant's or the Member's.
    for (const d of hindi) expect(signerForm(d.kind, EXAMPLE_PROFILE_HI), d.kind).toBeDefined();
  });

  for (const kind of ['rti-application', 'rti-first-appeal', 'rti-second-appeal'] as const) {
    it(`the ${kind} names the Ministry in Hindi and carries no English authority name, "New Delhi" or "(specimen)"`, () => {
      const d = hindi.find((x) => x.kind === kind);
      if (!d) throw new Error(`no Hindi ${kind}`);
      expect(fieldValue(d, 'publicAuthority')).toBe('स्वास्थ्य और परिवार कल्याण मंत्रालय');
      const text = render(d);
      expect(text).toContain('स्वास्थ्य और परिवार कल्याण मंत्रालय');
      expect(text).toContain('नई दिल्ली');
      expect(text).toContain('(नमूना)');
      const stray = text.split('\n').filter((l) => LATIN_AUTHORITY.test(l));
      expect(stray).toEqual([]);
    });
  }

  it('a Hindi application to MeitY names it इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय, and the question in Hindi', () => {
    const text = render(hindiDraft('rti-application', 'meity'));
    expect(text).toContain('इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्रालय');
    expect(text).toContain('21.07.2023 को उत्तरित राज्य सभा प्रश्न');
    expect(text.split('\n').filter((l) => LATIN_AUTHORITY.test(l) || /Rajya Sabha|Question/.test(l))).toEqual([]);
  });

  it('a Hindi question notice addresses the Minister of Electronics and Information Technology in Hindi', () => {
    const notice = hindiDraft('pq-notice');
    expect(fieldValue(notice, 'ministry')).toBe('इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी');
    const text = render(notice);
    expect(text).toContain('क्या इलेक्ट्रॉनिकी और सूचना प्रौद्योगिकी मंत्री यह बताने की कृपा करेंगे कि:');
    expect(text).not.toMatch(/Electronics|Minister of|Ministry/);
  });

  it('Hindi appeals and complaints carry the Ministry in Hindi into every sentence that names it', () => {
    for (const kind of ['rti-second-appeal', 'rti-complaint'] as const) {
      const text = render(hindiDraft(kind));
      expect(text, kind).toContain('स्वास्थ्य और परिवार कल्याण मंत्रालय के केन्द्रीय लोक सूचना अधिकारी');
      expect(text, kind).not.toMatch(/Ministry|Health and Family/);
    }
  });
});

describe('the example\'s Hindi RTI points', () => {
  it('name the matter as the reply does, in Hindi, and the system in Hindi, not in the English question\'s words', () => {
    for (const d of hindi) {
      const text = render(d);
      // The reply's "cyber incident regarding CoWIN data in June 2023", not the Hindi subject's "उल्लंघन" (breach), which the Ministry disputes (review 6).
      expect(text, d.kind).toContain('जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना');
      expect(text, d.kind).not.toMatch(/CoWIN data breach|CoWIN portal/);
    }
  });
});

describe('Latin letters in the example\'s Hindi documents (issue 11, the Hindi review of documents 04, 06, 08)', () => {
  /** What the example's user typed and a Hindi document prints as typed: the e-mail, RTI Online and postal order numbers. */
  const TYPED = ['applicantEmail', 'applicationRef', 'firstAppealRef', 'feeInstrument'] as const;

  it('stand only in what the user typed', () => {
    for (const d of hindi) {
      let text = render(d);
      for (const key of TYPED) {
        const value = fieldValue(d, key);
        if (value) text = text.replaceAll(value, '');
      }
      expect(text.match(/\S*[A-Za-z]\S*/g) ?? [], d.kind).toEqual([]);
    }
  });

  it('use the forms the review asked for, not the ones it corrected', () => {
    const wrong = ['प्रथम अपील प्राधिकारी', 'CoWIN', 'विलंब की क्षमा', 'अपील की ओर ले जाने वाले', 'इनकार नहीं किए जा सकते', 'पर प्रतिक्रिया के संबंध में', 'केंद्रीय सूचना आयोग'];
    for (const d of hindi) {
      const text = render(d);
      expect(wrong.filter((w) => text.includes(w)), d.kind).toEqual([]);
      expect(text, d.kind).not.toMatch(/\bA-\d/);
    }
    const secondDraft = hindi.find((d) => d.kind === 'rti-second-appeal');
    if (!secondDraft) throw new Error('no Hindi second appeal');
    const second = render(secondDraft);
    expect(second).toContain('| अ-3');
    expect(second.match(/सूचना आयोग\n/g)).toHaveLength(1);
    // In time (`exampleChainDates`), so no plea of delay.
    expect(second).not.toContain('विलंब-माफ़ी हेतु निवेदन');
    expect(second).toContain('अपील से संबंधित संक्षिप्त तथ्य');
  });
});
