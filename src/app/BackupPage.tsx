import { useState, type ChangeEvent } from 'react';
import { Link } from 'wouter';
import { formatDateTime, todayIso } from '../lib/dates';
import { backupFileName, buildBackup, MAX_BACKUP_FILE_BYTES } from '../storage/backup';
import { importBackupText } from '../storage/import-backup';
import { downloadFile } from '../storage/download';
import { useDocuments } from '../storage/documents-store';
import { loadWorksheetModel } from '../worksheets/registry';
import { downloadFullBackup } from './StorageNotices';

// The attachments store (IndexedDB) loads when it is needed, not with the page.
const readAttachmentsOf = async (ids: string[]) => (await import('../attachments/store')).readAttachmentsOf(ids);

type ImportMessage = { kind: 'success' | 'error'; text: string };

export function BackupPage() {
  const documents = useDocuments((s) => s.documents);
  const lastBackupAt = useDocuments((s) => s.lastBackupAt);
  const [message, setMessage] = useState<ImportMessage | null>(null);
  const [isImporting, setIsImporting] = useState(false);

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setMessage(null);
    if (file.size > MAX_BACKUP_FILE_BYTES) {
      setMessage({ kind: 'error', text: `Nothing was imported. “${file.name}” is too large to be a backup (over ${Math.floor(MAX_BACKUP_FILE_BYTES / 1024 / 1024)} MB).` });
      return;
    }
    setIsImporting(true);
    try {
      const result = await importBackupText(await file.text(), loadWorksheetModel);
      if (!result.ok) {
        setMessage({ kind: 'error', text: `Nothing was imported, and your work is unchanged. ${result.reason}` });
        return;
      }
      const { count, attachments = 0, attachmentProblem } = result;
      const files = attachments > 0 ? ` with ${attachments} attached file${attachments === 1 ? '' : 's'}` : '';
      setMessage({
        kind: attachmentProblem ? 'error' : 'success',
        text: `Imported ${count} document${count === 1 ? '' : 's'}${files} as new ${count === 1 ? 'copy' : 'copies'}. Nothing you already had was changed.${attachmentProblem ? ` ${attachmentProblem}` : ''}`,
      });
    } catch {
      setMessage({ kind: 'error', text: `Nothing was imported. “${file.name}” could not be read.` });
    } finally {
      setIsImporting(false);
    }
  };

  const downloadOne = async (id: string) => {
    const document = documents.find((d) => d.id === id);
    if (!document) return;
    const attachments = await readAttachmentsOf([id]).catch(() => []);
    downloadFile(
      backupFileName(todayIso(), document.name),
      JSON.stringify(buildBackup([document], new Date().toISOString(), undefined, undefined, attachments), null, 2),
    );
  };

  return (
    <>
      <h1>Back up and restore</h1>
      <p className="lead">
        Your work is saved in this browser only. Browsers can clear saved data (Safari does after seven days without a
        visit, and clearing your history removes it), so download a backup file now and then and keep it somewhere safe,
        such as your college drive.
      </p>
      <p>Last full backup: {lastBackupAt ? formatDateTime(lastBackupAt) : 'never'}.</p>

      <section aria-labelledby="backup-heading" className="panel">
        <h2 id="backup-heading">Download a backup</h2>
        <button type="button" className="button button--primary" onClick={() => void downloadFullBackup()}>
          Download everything ({documents.length} document{documents.length === 1 ? '' : 's'} and your details)
        </button>
        {documents.length > 0 && (
          <>
            <h3>Or one document</h3>
            <ul className="plain-list">
              {documents.map((d) => (
                <li key={d.id}>
                  <button type="button" className="button" onClick={() => void downloadOne(d.id)}>
                    Download “{d.name}”
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="restore-heading" className="panel">
        <h2 id="restore-heading">Restore from a backup file</h2>
        <p>
          The file is checked first. Its documents are added as new copies: nothing you already have is changed or
          replaced.
        </p>
        <div className="field">
          <label htmlFor="restore-file">Choose a backup file (.json)</label>
          <input
            id="restore-file"
            type="file"
            accept="application/json,.json"
            disabled={isImporting}
            onChange={(e) => void onFileChosen(e)}
          />
        </div>
        {message && (
          <div className={`notice ${message.kind === 'error' ? 'notice--error' : 'notice--success'}`} role="alert">
            <p>
              <strong>{message.kind === 'error' ? 'Import refused. ' : 'Done. '}</strong>
              {message.text}
            </p>
            {message.kind === 'success' && <Link to="/">See your documents</Link>}
          </div>
        )}
      </section>
    </>
  );
}
