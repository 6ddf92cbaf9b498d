import { mkdir, readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write.ts';
import type { DataPaths } from './paths.ts';

export const SettingsSchema = z.object({
  settingsVersion: z.literal(1),
  /** null means the default workspace under the data folder. */
  workspace: z.string().nullable(),
  exampleSeeded: z.boolean(),
  /** The first-run welcome was closed; Help shows it again. */
  welcomeDismissed: z.boolean().default(false),
  lastOpenCaseId: z.string().nullable(),
  profile: z.record(z.string(), z.unknown()).default({}),
  /** The interface language, switchable at run time. */
  language: z.enum(['en', 'hi']).default('en'),
  /** Most recently opened first, for the Recent Cases menu. */
  recentCaseIds: z.array(z.string()).default([]),
  /** Deadline options the user may change (the postal allowance is UNCONFIRMED in the docs). */
  tracker: z.object({ postalDeliveryDays: z.number().int().min(0).max(60).default(5) }).default({ postalDeliveryDays: 5 }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  settingsVersion: 1,
  workspace: null,
  exampleSeeded: false,
  welcomeDismissed: false,
  lastOpenCaseId: null,
  profile: {},
  language: 'en',
  recentCaseIds: [],
  tracker: { postalDeliveryDays: 5 },
};

export type SettingsLoad =
  | { readonly kind: 'fresh'; readonly settings: Settings }
  | { readonly kind: 'loaded'; readonly settings: Settings }
  | { readonly kind: 'unreadable'; readonly settings: Settings; readonly message: string };

/**
 * Settings live in one small JSON file. An unreadable file is reported and never overwritten:
 * the app runs on defaults and `saveSettings` refuses until the user deals with it.
 */
export async function loadSettings(paths: DataPaths): Promise<SettingsLoad> {
  let text: string;
  try {
    text = await readFile(paths.settingsFile, 'utf8');
  } catch (e) {
    if (isNotFound(e)) return { kind: 'fresh', settings: DEFAULT_SETTINGS };
    return { kind: 'unreadable', settings: DEFAULT_SETTINGS, message: `Settings could not be read: ${String(e)}` };
  }
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(text));
    if (parsed.success) return { kind: 'loaded', settings: parsed.data };
    return { kind: 'unreadable', settings: DEFAULT_SETTINGS, message: 'Settings file does not match the expected shape; it was left as it is.' };
  } catch {
    return { kind: 'unreadable', settings: DEFAULT_SETTINGS, message: 'Settings file is not valid JSON; it was left as it is.' };
  }
}

export async function saveSettings(paths: DataPaths, settings: Settings): Promise<void> {
  await mkdir(paths.dataDir, { recursive: true });
  await writeFileAtomic(paths.settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
}

export function isNotFound(e: unknown): boolean {
  return typeof e === 'object' && e !== null && 'code' in e && e.code === 'ENOENT';
}
