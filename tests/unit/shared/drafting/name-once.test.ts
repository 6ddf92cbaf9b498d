import { describe, expect, it } from 'vitest';
import { nameOnce } from '../../../../shared/drafting/name-once.ts';

describe('nameOnce: an incident named in full once, then "the said incident"', () => {
  const matter = 'the cyber incident regarding CoWIN data in June 2023';
  it('keeps the first naming and shortens the later ones, leaving points that do not name it alone', () => {
    expect(nameOnce([`the complaint about ${matter}`, 'the order deactivating the APIs', `the minutes on ${matter}`], matter, 'en'))
      .toEqual([`the complaint about ${matter}`, 'the order deactivating the APIs', 'the minutes on the said incident']);
    const hi = 'जून, 2023 में कोविन डेटा से जुड़ी साइबर घटना';
    expect(nameOnce([`${hi} की शिकायत`, `${hi} की आंतरिक जाँच`], hi, 'hi')).toEqual([`${hi} की शिकायत`, 'उक्त घटना की आंतरिक जाँच']);
  });

  it('leaves a matter that is not an incident as it is', () => {
    const scheme = 'the National Health Mission in Kerala';
    expect(nameOnce([`funds for ${scheme}`, `posts under ${scheme}`], scheme, 'en')).toEqual([`funds for ${scheme}`, `posts under ${scheme}`]);
    expect(nameOnce(['a', 'b'], '', 'en')).toEqual(['a', 'b']);
  });
});
