import { EMPTY_PROFILE, ProfileSchema, type Profile } from '../../../shared/domain/profile.ts';
import type { HandlersFor } from '../../../shared/ipc/contract.ts';
import type { settingsChannels, UserSettings } from '../../../shared/ipc/channels/settings.ts';
import type { ServiceContext } from '../service-context.ts';
import type { Settings } from '../settings-store.ts';

/** The stored profile, or an empty one when none was saved yet (or it no longer parses). */
export function storedProfile(settings: Settings): Profile {
  const parsed = ProfileSchema.safeParse(settings.profile);
  return parsed.success ? parsed.data : EMPTY_PROFILE;
}

function userSettings(settings: Settings): UserSettings {
  return { language: settings.language, profile: storedProfile(settings), tracker: settings.tracker, welcomeDismissed: settings.welcomeDismissed };
}

/** Settings set once and used everywhere: language, applicant/member/letterhead profiles. */
export function settingsHandlers(ctx: ServiceContext): HandlersFor<keyof typeof settingsChannels> {
  return {
    'settings:get': async () => userSettings((await ctx.settings()).settings),
    'settings:update': async (change) => {
      const current = await ctx.settings();
      if (current.kind === 'unreadable') {
        return { ok: false, message: `${current.message} Settings changes are kept for this session only.` };
      }
      await ctx.updateSettings(change);
      return { ok: true, settings: userSettings((await ctx.settings()).settings) };
    },
  };
}
