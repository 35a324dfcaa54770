const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whether to remind the learner to back up: their work has changed since the last backup (or
 * was never backed up), and that backup is over a day old, so a learner mid-task is not nagged.
 */
export function needsBackupReminder(lastChangeAt: string | null, lastBackupAt: string | null, now: Date): boolean {
  if (!lastChangeAt || Number.isNaN(Date.parse(lastChangeAt))) return false;
  if (!lastBackupAt) return true;
  const backedUp = Date.parse(lastBackupAt);
  if (Number.isNaN(backedUp)) return true;
  return Date.parse(lastChangeAt) > backedUp && now.getTime() - backedUp > DAY_MS;
}
