/**
 * The files sync tools leave in a shared workspace, told apart from the case itself.
 *
 * Conflict copies (the tool kept both versions of `case.json` under a second name):
 * - Syncthing: `case.sync-conflict-20261203-101500-ABCDEFG.json`
 *   (https://docs.syncthing.net/users/faq.html, "What if there is a conflict?");
 * - Dropbox: `case (Asha's conflicted copy 2026-12-03).json`;
 * - Nextcloud / ownCloud desktop client: `case (conflicted copy 2026-12-03 101500).json`;
 * - OneDrive, and others that say it in words: any `case … conflicted copy ….json`.
 *
 * Files a sync tool is still writing (its own temp names) are never a case and never touched:
 * Syncthing's `.syncthing.case.json.tmp` and `~syncthing~case.json.tmp`, and the `.part`,
 * `.partial`, `.tmp`, `.download` files other tools use. The store reads only `case.json` and the
 * conflict copies above; every other name in a case folder is left alone.
 */

const SYNCTHING_CONFLICT = /^case\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}\.json$/;
const WORDED_CONFLICT = /^case\b.*\bconflicted copy\b.*\.json$/i;

/** Whether a file name in a case folder is a sync tool's conflict copy of `case.json`. */
export function isConflictCopyName(name: string): boolean {
  return name !== 'case.json' && (SYNCTHING_CONFLICT.test(name) || WORDED_CONFLICT.test(name));
}

/** Which tool made a conflict copy, for the history and the problem report. */
export function conflictCopyTool(name: string): 'syncthing' | 'other' {
  return SYNCTHING_CONFLICT.test(name) ? 'syncthing' : 'other';
}

/** A sync tool's file still being written (never read as a case, never removed by the app). */
export function isSyncTempName(name: string): boolean {
  return /^\.syncthing\..*\.tmp$/.test(name)
    || /^~syncthing~.*\.tmp$/.test(name)
    || /\.(part|partial|download|crdownload)$/i.test(name);
}

/**
 * What to put in the workspace's `.stignore` so Syncthing leaves the app's own short-lived files
 * alone: the cross-process save locks (meaningful only on one machine) and half-written temps.
 */
export const STIGNORE_LINES = ['(?d).unanswered-locks', '(?d)*.tmp-*'] as const;
