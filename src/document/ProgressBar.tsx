import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { TextField } from '../ui/fields';
import { ShowFieldErrors } from '../ui/field-errors';

type ProgressBarProps = {
  met: number;
  total: number;
  /** Where the task list is; the bar links back to it from a section. */
  taskListPath: string;
  isOnTaskList: boolean;
  exportLabel: string;
  onExport(): Promise<void>;
  exportMessage: string | null;
  /** Shows the error summary for this page. */
  onCheck(): void;
  /** Export checks the whole document: the summary lists what is still to do. */
  onExportStart(): void;
  nameForExport?: { isMissing: boolean; save(name: string): void };
};

/**
 * Progress, Check my work and Export, always in view: the bar sticks to the top of the window on
 * every worksheet page, desktop and phone, so the learner never has to hunt for them. A learner
 * with no name yet is asked for it here, before the first PDF is made without it.
 */
export function ProgressBar(props: ProgressBarProps) {
  const { met, total, taskListPath, isOnTaskList, exportLabel, exportMessage, onCheck, nameForExport } = props;
  const [isAskingName, setIsAskingName] = useState(false);
  const exportNow = () => {
    setIsAskingName(false);
    props.onExportStart();
    void props.onExport();
  };
  return (
    <div className="progress-bar" role="region" aria-label="Progress and export">
      <p className="progress-bar__count">
        <strong>
          {met} of {total}
        </strong>{' '}
        checks met
        {!isOnTaskList && (
          <>
            {' · '}
            <Link to={taskListPath}>Task list</Link>
          </>
        )}
      </p>
      <button type="button" className="button progress-bar__check" onClick={onCheck}>
        Check my work
      </button>
      <button
        type="button"
        className="button button--primary progress-bar__export"
        aria-expanded={nameForExport?.isMissing ? isAskingName : undefined}
        onClick={() => (nameForExport?.isMissing ? setIsAskingName(true) : exportNow())}
      >
        <ExportLabel label={exportLabel} />
      </button>
      {isAskingName && nameForExport && <NamePrompt onSave={(name) => (nameForExport.save(name), exportNow())} onSkip={exportNow} />}
      {exportMessage && !isAskingName && (
        <p role="status" className="progress-bar__message">
          {exportMessage}
        </p>
      )}
    </div>
  );
}

/**
 * "Export PDF for my portfolio", with its last words hidden on a phone so the bar keeps to two
 * lines there; the button's name stays whole for a screen reader and for voice control.
 */
function ExportLabel({ label }: { label: string }) {
  const [start, rest] = label.split(/ (?=(?:for|of) )/, 2);
  return (
    <>
      {start}
      {rest && <span className="progress-bar__more"> {rest}</span>}
    </>
  );
}

/** The learner's name, asked for once before the first export: an assessor needs it on every page. */
function NamePrompt({ onSave, onSkip }: { onSave(name: string): void; onSkip(): void }) {
  const [name, setName] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (name.trim()) onSave(name.trim());
  };
  return (
    <form className="progress-bar__name" onSubmit={submit} aria-label="Your name for the PDF">
      <ShowFieldErrors isShown={isSubmitted}>
        <TextField
          label="Your full name"
          hint="Your name is not on the PDF yet. The assessor needs it on every page; it is kept in this browser under My details."
          autoComplete="name"
          maxLength={200}
          value={name}
          // The prompt opens on a press of Export: the learner is there to type.
          autoFocus
          // Only after "Save my name and export": a message shown on leaving the box would push
          // "Export without my name" down under a pressed mouse, and the click would miss it.
          error={isSubmitted && !name.trim() ? 'Enter your name, or export without it.' : undefined}
          onChange={(e) => setName(e.target.value)}
        />
      </ShowFieldErrors>
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Save my name and export
        </button>
        <button type="button" className="button" onClick={onSkip}>
          Export without my name
        </button>
      </div>
    </form>
  );
}
