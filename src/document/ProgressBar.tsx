import { Link } from 'react-router';

type ProgressBarProps = {
  met: number;
  total: number;
  /** Where the task list is; the bar links back to it from a section. */
  taskListPath: string;
  isOnTaskList: boolean;
  exportLabel: string;
  onExport(): Promise<void>;
  exportMessage: string | null;
};

/**
 * Progress and export, always in view: it sticks to the top of the window on every worksheet page,
 * desktop and phone, so the learner never has to hunt for the Export button.
 */
export function ProgressBar({ met, total, taskListPath, isOnTaskList, exportLabel, onExport, exportMessage }: ProgressBarProps) {
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
      <button type="button" className="button button--primary progress-bar__export" onClick={() => void onExport()}>
        {exportLabel}
      </button>
      {exportMessage && (
        <p role="status" className="progress-bar__message">
          {exportMessage}
        </p>
      )}
    </div>
  );
}
