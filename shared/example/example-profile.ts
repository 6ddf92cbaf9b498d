import type { Profile } from '../domain/profile.ts';

/** A specimen Lok Sabha Member, for the notice on the Lok Sabha reply. */
export const EXAMPLE_LS_MEMBER: Profile['member'] = { name: 'Specimen Member (specimen, Lok Sabha), M.P.', house: 'Lok Sabha', divisionNumber: '000 (specimen)', hindiForm: 'masculine' };

/**
 * An illustrative sender for the example documents. Clearly a specimen: the app never files
 * anything, and a user's own profile replaces it in their drafts.
 */
export const EXAMPLE_PROFILE: Profile = {
  applicant: {
    name: 'Asha Verma (specimen applicant)',
    address: '12 Example Lane (specimen)\nLajpat Nagar\nNew Delhi 110024',
    phone: '+91 98100 00000 (specimen)',
    email: 'asha.verma@example.org (specimen)',
    isBpl: false,
    bplCertificate: '',
    hindiForm: 'feminine',
  },
  member: { name: 'Specimen Member (specimen), M.P.', house: 'Rajya Sabha', divisionNumber: '000 (specimen)', hindiForm: 'masculine' },
  letterhead: { organisation: 'Transparency Forum (specimen)', lines: ['12 Example Lane (specimen), New Delhi 110024'] },
};

/** The same specimen sender for a Hindi document, in Devanagari (a user's own profile is kept as typed). */
export const EXAMPLE_PROFILE_HI: Profile = {
  ...EXAMPLE_PROFILE,
  applicant: {
    ...EXAMPLE_PROFILE.applicant,
    name: 'आशा वर्मा (नमूना आवेदक)',
    address: '12 एग्ज़ाम्पल लेन (नमूना)\nलाजपत नगर\nनई दिल्ली 110024',
    phone: '+91 98100 00000 (नमूना)',
    email: 'asha.verma@example.org (नमूना)',
  },
  member: { name: 'नमूना सदस्य (नमूना), संसद सदस्य', house: 'Rajya Sabha', divisionNumber: '000 (नमूना)', hindiForm: 'masculine' },
  letterhead: { organisation: 'पारदर्शिता मंच (नमूना)', lines: ['12 एग्ज़ाम्पल लेन (नमूना), नई दिल्ली 110024'] },
};
