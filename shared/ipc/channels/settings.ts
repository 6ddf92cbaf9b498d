import { z } from 'zod';
import { ProfileSchema } from '../../domain/profile.ts';
import { Empty, Failure, type ChannelSpec } from './common.ts';

export const LanguageSettingSchema = z.enum(['en', 'hi']);

export const UserSettingsSchema = z.object({
  language: LanguageSettingSchema,
  profile: ProfileSchema,
  tracker: z.object({ postalDeliveryDays: z.number().int().min(0).max(60) }),
  /** The first-run welcome was closed (Help shows it again). */
  welcomeDismissed: z.boolean(),
});
export type UserSettings = z.infer<typeof UserSettingsSchema>;

/** The user's own settings: interface language, the profiles every template uses, tracker options. */
export const settingsChannels = {
  'settings:get': {
    input: Empty,
    output: UserSettingsSchema,
  },
  'settings:update': {
    input: UserSettingsSchema.partial().strict(),
    output: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), settings: UserSettingsSchema }), Failure]),
  },
} as const satisfies Record<string, ChannelSpec>;
