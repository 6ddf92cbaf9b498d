import { readFileSync } from 'node:fs';

/**
 * This process's own peak resident memory, in kB: Linux's VmHWM (/proc/self/status), the
 * high-water mark of this process's memory since it started its program. Not getrusage's maxrss
 * (`process.resourceUsage().maxRSS`): Linux carries that across exec from the forked copy of the
 * parent, so a child of the bench reported the bench's own resident set when that was larger
 * (a 6 MB analysis read 158 MB under the bench and 110 MB alone; with 300 MB of ballast in the
 * parent, 327 MB). maxrss where there is no /proc.
 */
export function ownPeakKb(): number {
  try {
    const hwm = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm?.[1]) return Number(hwm[1]);
  } catch {
    // No /proc: not Linux.
  }
  return process.resourceUsage().maxRSS;
}
