import { useState } from 'react';
import type { LearnerDetails, SpreadsheetTable } from '../lib/evidence-types';
import { todayIso } from '../lib/dates';
import { downloadFile } from '../storage/download';
import type { LogPart } from '../achievement/render-log';

type Props = { parts: () => LogPart[]; table: () => SpreadsheetTable; learner: LearnerDetails; fileTitle: string };

/** The log as a PDF for the assessor to sign, or a CSV for a spreadsheet; the PDF and CSV code load only when asked for. */
export function LogDownloads({ parts, table, learner, fileTitle }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const downloadPdf = async () => {
    setMessage('Building the PDF…');
    try {
      const [{ renderLogPdf }, { pdfFileName }] = await Promise.all([import('../achievement/render-log'), import('../pdf/file-name')]);
      const fileName = pdfFileName(learner.name, '', fileTitle);
      downloadFile(fileName, await renderLogPdf(parts(), learner, todayIso()), 'application/pdf');
      setMessage(`The PDF has been downloaded as ${fileName}.`);
    } catch {
      setMessage('The PDF could not be made. Your work is safe; please try again, or reload the page first.');
    }
  };
  const downloadCsv = async () => {
    try {
      const { toCsv, csvFileName } = await import('../csv/to-csv');
      const fileName = csvFileName(learner.name || 'learner', fileTitle);
      downloadFile(fileName, toCsv(table()), 'text/csv;charset=utf-8');
      setMessage(`The table has been downloaded as ${fileName}.`);
    } catch {
      setMessage('The file could not be made. Your work is safe; please try again, or reload the page first.');
    }
  };
  return (
    <div className="panel export-panel">
      <h2>Download the log</h2>
      <p>The PDF has a column for your assessor to sign and date each criterion, and the declarations to sign.</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={() => void downloadPdf()}>
          Download the log as PDF
        </button>
        <button type="button" className="button" onClick={() => void downloadCsv()}>
          Download the log as CSV
        </button>
      </div>
      {message && (
        <p role="status" className="export-panel__message">
          {message}
        </p>
      )}
    </div>
  );
}
