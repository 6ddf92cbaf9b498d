import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write.ts';
import { isProcessAlive } from './process-alive.ts';

const MarkerSchema = z.object({
  pid: z.number().int(),
  startedAt: z.string(),
  saves: z.record(z.string(), z.object({ title: z.string(), savedAt: z.string() })),
});
type Marker = z.infer<typeof MarkerSchema>;

export type Recovery = {
  readonly startedAt: string;
  readonly cases: ReadonlyArray<{ readonly id: string; readonly title: string; readonly savedAt: string }>;
};

export type Session = {
  /** What the last session saved, when it ended without closing cleanly (a crash or a forced quit). */
  readonly recovery: Recovery | null;
  readonly recordSave: (caseId: string, title: string, savedAt: string) => Promise<void>;
  readonly end: () => Promise<void>;
};

/**
 * A marker file that lives while the app runs. Finding one whose process is gone at start means
 * the last session crashed or was killed; its record of saves lets the app say what it recovered.
 * (Cases themselves are autosaved every second while the user types, so nothing older is lost.)
 */
export async function beginSession(dataDir: string, now: string, pid = process.pid): Promise<Session> {
  const file = join(dataDir, 'session.json');
  let recovery: Recovery | null = null;
  try {
    const previous = MarkerSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
    if (previous.success && previous.data.pid !== pid && !isProcessAlive(previous.data.pid)) {
      recovery = {
        startedAt: previous.data.startedAt,
        cases: Object.entries(previous.data.saves).map(([id, s]) => ({ id, ...s })).sort((a, b) => b.savedAt.localeCompare(a.savedAt)),
      };
    }
  } catch {
    // No marker: the last session closed cleanly (or this is the first).
  }
  const marker: Marker = { pid, startedAt: now, saves: {} };
  let writing: Promise<void> = writeFileAtomic(file, JSON.stringify(marker)).then(() => undefined, () => undefined);
  await writing;
  return {
    recovery,
    recordSave: async (caseId, title, savedAt) => {
      marker.saves[caseId] = { title, savedAt };
      writing = writing.then(() => writeFileAtomic(file, JSON.stringify(marker))).then(() => undefined, () => undefined);
      await writing;
    },
    end: async () => {
      await writing;
      await rm(file, { force: true });
    },
  };
}
