import { useState, type ChangeEvent } from 'react';
import { useWatch } from 'react-hook-form';
import { formatDate, todayIso } from '../../lib/dates';
import { formatMoney, formatNumber } from '../../lib/numbers';
import { TextArea, TextField } from '../../ui/fields';
import { ScrollBox } from '../../ui/ScrollBox';
import { figuresSummary, monthLabel } from './analysis';
import { fileSizeProblem, listedProblems, type ImportResult, type RowProblem } from './figures';
import type { FormProps } from './form';
import { FIGURES_ABOUT_HINT, FIGURES_FORMAT, FIGURES_PROMPT } from './guidance';
import { noFigures, TEXT_LIMITS, type Figures } from './model';

/** How many rows the page shows of the figures; all of them are analysed, and all are in the spreadsheet export. */
const PREVIEW_ROWS = 12;

type ImportMessage = { kind: 'read' | 'refused'; text: string; problems: RowProblem[] };

/** Section "figures" (AC 3.1): the learner's own sales figures, imported from a CSV file, checked, and kept in the document. */
export function FiguresSection({ control, register, setValue, getValues }: FormProps) {
  const figures: Figures = useWatch({ control, name: 'figures' }) ?? noFigures();
  const [message, setMessage] = useState<ImportMessage | null>(null);
  const [isReading, setIsReading] = useState(false);

  const onFileChosen = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    const tooBig = fileSizeProblem(file.size);
    if (tooBig) {
      setMessage({ kind: 'refused', text: tooBig, problems: [] });
      input.value = '';
      return;
    }
    setIsReading(true);
    let result: ImportResult;
    try {
      // Papa Parse loads only now, when a file is chosen.
      const { importSalesFile } = await import('./csv-import');
      result = await importSalesFile(file);
    } catch {
      result = { ok: false, reason: 'The file reader could not be loaded. Check your connection, reload the page and try again: your work is saved.', problems: [] };
    }
    setIsReading(false);
    input.value = '';
    if (!result.ok) {
      setMessage({ kind: 'refused', text: `${file.name} was not imported. ${result.reason}`, problems: result.problems });
      return;
    }
    const next: Figures = { fileName: file.name.slice(0, TEXT_LIMITS.short), importedOn: todayIso(), about: getValues('figures.about') ?? '', rows: result.rows, skippedRows: result.problems.length };
    setValue('figures', next, { shouldDirty: true });
    const read = `Read ${formatNumber(result.rows.length)} row${result.rows.length === 1 ? '' : 's'} of figures from ${file.name}: ${figuresSummary(result.rows)}`;
    setMessage({
      kind: 'read',
      text: result.problems.length ? `${read} ${result.problems.length} row${result.problems.length === 1 ? ' was' : 's were'} not read and ${result.problems.length === 1 ? 'is' : 'are'} left out:` : read,
      problems: result.problems,
    });
  };

  const removeFigures = () => {
    if (!window.confirm('Remove the imported figures? Your analyses will have nothing to work on until you import a file again.')) return;
    setValue('figures', { ...noFigures(), about: getValues('figures.about') ?? '' }, { shouldDirty: true });
    setMessage(null);
  };

  return (
    <section aria-labelledby="figures-heading" className="panel">
      <h2 id="figures-heading">Your sales figures (AC 3.1)</h2>
      <p>{FIGURES_PROMPT}</p>
      <TextField
        label="Choose a CSV file of your sales figures"
        hint={`${FIGURES_FORMAT}${figures.rows.length > 0 ? ' A new file replaces the figures you have.' : ''}`}
        name="figures.file"
        type="file"
        accept=".csv,text/csv"
        disabled={isReading}
        onChange={(e) => void onFileChosen(e)}
      />
      {isReading && <p role="status">Reading the file…</p>}
      {message && <ImportReport message={message} />}
      {figures.rows.length > 0 ? (
        <>
          <h3>The figures in this document</h3>
          <p>
            From <strong>{figures.fileName || 'a file'}</strong>
            {figures.importedOn && `, imported on ${formatDate(figures.importedOn)}`}: {figuresSummary(figures.rows)}
            {figures.skippedRows > 0 && ` ${figures.skippedRows} row${figures.skippedRows === 1 ? '' : 's'} of the file could not be read and ${figures.skippedRows === 1 ? 'is' : 'are'} left out.`}
          </p>
          <Preview figures={figures} />
          <button type="button" className="button button--quiet" onClick={removeFigures}>
            Remove the imported figures
          </button>
        </>
      ) : (
        <p>No figures imported yet.</p>
      )}
      <TextArea label="Where the figures come from and how you checked them (good practice)" hint={FIGURES_ABOUT_HINT} rows={3} maxLength={TEXT_LIMITS.item} {...register('figures.about')} />
    </section>
  );
}

/** What became of the file: read (with any rows left out, each with why) or refused, and why. */
function ImportReport({ message }: { message: ImportMessage }) {
  const { shown, more } = listedProblems(message.problems);
  return (
    <div className={`notice ${message.kind === 'refused' ? 'notice--error' : message.problems.length ? 'notice--warning' : 'notice--success'}`} role={message.kind === 'refused' ? 'alert' : 'status'}>
      <p>{message.text}</p>
      {shown.length > 0 && (
        <ul className="info-problems">
          {shown.map((p) => (
            <li key={p.row}>{p.message}</li>
          ))}
          {more > 0 && <li>… and {more} more rows. Correct the file and import it again to read them.</li>}
        </ul>
      )}
      {message.kind === 'read' && message.problems.length > 0 && <p>To include them, correct those rows in your spreadsheet, save it as CSV and import it again.</p>}
    </div>
  );
}

/** The first rows as imported: every cell shown as the text it is. */
function Preview({ figures }: { figures: Figures }) {
  const rows = figures.rows.slice(0, PREVIEW_ROWS);
  return (
    <ScrollBox label="The first rows of your figures (scrolls sideways)">
      <table className="data-table">
        <caption>
          The first {rows.length} of {formatNumber(figures.rows.length)} rows (all are analysed)
        </caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Region</th>
            <th scope="col">Product</th>
            <th scope="col">Customer</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{monthLabel(r.month)}</td>
              <td>{r.region || '–'}</td>
              <td>{r.product || '–'}</td>
              <td>{r.customer || '–'}</td>
              <td>{formatMoney(r.value)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}
