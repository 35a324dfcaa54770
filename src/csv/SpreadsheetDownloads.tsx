import { useEffect, useState } from 'react';
import { downloadFile } from '../storage/download';
import { SelectField } from '../ui/fields';
import type { SpreadsheetTable } from '../lib/evidence-types';
import './spreadsheet-downloads.css';

type Props = {
  documentName: string;
  /** The tables as the document is now; async, as the code that makes them loads only when asked for. */
  getTables: () => Promise<SpreadsheetTable[]>;
  /** Says so while the document is still the worked example: each file then carries it. */
  getWorkedExampleNotice?: () => string | undefined;
};

/**
 * Download one of the worksheet's tables as a CSV file for a spreadsheet. The tables are worked out
 * only while this is open, so typing in a big worksheet does not pay for them.
 */
export function SpreadsheetDownloads({ documentName, getTables, getWorkedExampleNotice }: Props) {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <details className="spreadsheet-downloads" onToggle={(event) => setIsOpen(event.currentTarget.open)}>
      <summary>Tables for a spreadsheet (CSV)</summary>
      {isOpen && <OpenTables documentName={documentName} getTables={getTables} workedExampleNotice={getWorkedExampleNotice?.()} />}
    </details>
  );
}

type TablesState = { status: 'loading' } | { status: 'ready'; tables: SpreadsheetTable[] } | { status: 'failed' };

/** The tables as they were when the list was opened (each opening works them out again). */
function OpenTables({ documentName, getTables, workedExampleNotice }: Omit<Props, 'getWorkedExampleNotice'> & { workedExampleNotice: string | undefined }) {
  const [state, setState] = useState<TablesState>({ status: 'loading' });
  // Once per opening: the component is mounted when the list opens and unmounted when it closes.
  const [load] = useState(() => getTables);
  useEffect(() => {
    let isCancelled = false;
    load().then(
      (tables) => !isCancelled && setState({ status: 'ready', tables }),
      () => !isCancelled && setState({ status: 'failed' }),
    );
    return () => {
      isCancelled = true;
    };
  }, [load]);
  if (state.status === 'loading') return <p role="status">Working out your tables…</p>;
  if (state.status === 'failed') return <p>The tables could not be made. Your work is safe; please try again, or reload the page first.</p>;
  return <TablePicker documentName={documentName} tables={state.tables} workedExampleNotice={workedExampleNotice} />;
}

type PickerProps = { documentName: string; tables: SpreadsheetTable[]; workedExampleNotice: string | undefined };

function TablePicker({ documentName, tables, workedExampleNotice }: PickerProps) {
  const [chosen, setChosen] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const index = Math.min(chosen, tables.length - 1);
  const table = tables[index];
  if (!table) return <p>This worksheet has no tables yet. Fill some in, then come back to download them.</p>;

  const download = async () => {
    try {
      const { toCsv, csvFileName } = await import('./to-csv');
      const fileName = csvFileName(documentName, table.title, workedExampleNotice !== undefined);
      downloadFile(fileName, toCsv(table, workedExampleNotice), 'text/csv;charset=utf-8');
      setMessage(`“${table.title}” has been downloaded as ${fileName}.`);
    } catch {
      setMessage('The file could not be made. Your work is safe; please try again, or reload the page first.');
    }
  };

  return (
    <>
      <SelectField
        label="Table"
        hint="Each table downloads as its own file, which any spreadsheet opens."
        value={String(index)}
        onChange={(event) => {
          setChosen(Number(event.target.value));
          setMessage(null);
        }}
        options={tables.map((t, i) => ({ value: String(i), label: `${t.title} (${t.rows.length} ${t.rows.length === 1 ? 'row' : 'rows'})` }))}
      />
      <button type="button" className="button" onClick={() => void download()}>
        Download this table as CSV
      </button>
      {message && (
        <p role="status" className="export-panel__message">
          {message}
        </p>
      )}
    </>
  );
}
