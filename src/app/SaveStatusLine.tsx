import { Link } from 'wouter';
import { formatDateTime } from '../lib/dates';
import { useDocuments } from '../storage/documents-store';
import { useSaveStatus } from '../storage/save-status';

/** "Last saved" and "last backup", always visible, so a learner knows where their work stands. */
export function SaveStatusLine() {
  const lastSavedAt = useSaveStatus((s) => s.lastSavedAt);
  const isStoragePersistent = useSaveStatus((s) => s.isStoragePersistent);
  const lastBackupAt = useDocuments((s) => s.lastBackupAt);
  return (
    <p className="save-status" aria-live="polite">
      <span>Last saved: {lastSavedAt ? formatDateTime(lastSavedAt) : 'nothing changed yet this visit'}.</span>{' '}
      <span>
        Last backup: {lastBackupAt ? formatDateTime(lastBackupAt) : 'never'} (<Link to="/backup">back up</Link>).
      </span>{' '}
      {isStoragePersistent === false && (
        <span>Your browser may clear this site’s data if space runs low, so keep a backup.</span>
      )}
    </p>
  );
}
