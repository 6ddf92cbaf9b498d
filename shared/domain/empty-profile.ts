import type { Profile } from './profile.ts';

/**
 * The profile before the user fills it in. A module of its own: the renderer's settings start
 * from it on the first screen, which does not load the profile's schema and zod (issue 12).
 */
export const EMPTY_PROFILE: Profile = {
  applicant: { name: '', address: '', phone: '', email: '', isBpl: false, bplCertificate: '' },
  member: { name: '', house: null, divisionNumber: '' },
  letterhead: { organisation: '', lines: [] },
};
