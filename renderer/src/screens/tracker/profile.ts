import type { Profile } from '../../../../shared/domain/profile.ts';
import { api } from '../../api.ts';

/** The user's stored profile (applicant, member, letterhead), so a one-click draft carries their name and address. */
export async function currentProfile(): Promise<Profile> {
  return (await api['settings:get']({})).profile;
}
