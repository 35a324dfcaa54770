import { useEffect } from 'react';
import { Link } from 'wouter';
import { todayIso } from '../lib/dates';
import { downloadFile } from '../storage/download';
import { useDocuments } from '../storage/documents-store';
import { useSaveStatus } from '../storage/save-status';
import { needsBackupReminder } from '../storage/backup-reminder';

// The backup code (with full zod, for reading backups back) loads when a backup is made, not with every page.
const loadBackup = () => import('../storage/backup');

/** Downloads everything the learner has, from memory, so it works even when storage does not. */
export async function downloadFullBackup(): Promise<void> {
  const { documents, learner, unitStatuses, markBackedUp } = useDocuments.getState();
  const now = new Date().toISOString();
  // Supporting evidence travels in a full backup; a browser without IndexedDB has none to carry.
  // Loaded on the press, so the attachments store is not in every page's first load.
  const attachments = await import('../attachments/store').then(({ readAttachmentsOf }) => readAttachmentsOf(documents.map((d) => d.id))).catch(() => []);
  const { buildBackup, backupFileName } = await loadBackup();
  downloadFile(backupFileName(todayIso()), JSON.stringify(buildBackup(documents, now, learner, unitStatuses, attachments), null, 2));
  markBackedUp(now);
}

/** Problems with storage, things set aside, and the backup reminder, at the top of every page. */
export function StorageNotices() {
  const saveError = useSaveStatus((s) => s.saveError);
  const setAside = useDocuments((s) => s.setAside);
  const dismissSetAside = useDocuments((s) => s.dismissSetAside);
  const showReminder = useDocuments((s) => needsBackupReminder(s.lastChangeAt, s.lastBackupAt, new Date()));
  // When storage fails, the backup code is fetched at once, so the button works even if the network goes next.
  useEffect(() => {
    if (saveError) void loadBackup();
  }, [saveError]);

  return (
    <div className="notices">
      {saveError && (
        <div className="notice notice--error" role="alert">
          <h2>Your work is not being saved in this browser</h2>
          <p>
            {saveError} Everything you type is kept in this tab while it stays open. Download a backup now so
            nothing is lost, then free some space or leave private browsing.
          </p>
          <button type="button" className="button button--primary" onClick={() => void downloadFullBackup()}>
            Download a backup of everything
          </button>
        </div>
      )}
      {setAside.map((record) => (
        <div key={record.id} className="notice notice--warning" role="status">
          <h2>Set aside: {record.label}</h2>
          <p>{record.reason} It has been kept so you can download it and ask your tutor for help.</p>
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => downloadFile(`set-aside-${record.setAsideAt.slice(0, 10)}.json`, record.raw)}
            >
              Download it
            </button>
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                if (window.confirm('Remove this set-aside copy from the browser? Download it first if you may need it.')) {
                  dismissSetAside(record.id);
                }
              }}
            >
              Remove it
            </button>
          </div>
        </div>
      ))}
      {showReminder && !saveError && (
        <div className="notice notice--info" role="status">
          <p>
            You have changed your work since your last backup. Browsers can clear saved data, so{' '}
            <Link to="/backup">download a backup</Link> now and then.
          </p>
        </div>
      )}
    </div>
  );
}
