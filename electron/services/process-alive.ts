/** Whether a process with this id is running (signal 0 probes without signalling). */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return typeof e === 'object' && e !== null && 'code' in e && e.code === 'EPERM';
  }
}
