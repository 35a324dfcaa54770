import type { ReactNode } from 'react';
import type { ChecklistItem } from '../lib/evidence-types';
import { CompletenessChecklist } from '../ui/CompletenessChecklist';

type DocumentSideProps = {
  checklist: ChecklistItem[];
  exportLabel: string;
  onExport(): Promise<void>;
  exportMessage: string | null;
  /** What else the export panel offers (backup, tables, sharing), after the PDF. */
  children?: ReactNode;
};

/** The side panel of a worksheet, a learner's or the class demo's: the assessor's checklist and the export panel. */
export function DocumentSide({ checklist, exportLabel, onExport, exportMessage, children }: DocumentSideProps) {
  return (
    <aside className="document-layout__side" aria-label="Progress and export">
      <CompletenessChecklist items={checklist} />
      <div className="panel export-panel">
        <h2>Export</h2>
        <button type="button" className="button button--primary" onClick={() => void onExport()}>
          {exportLabel}
        </button>
        {exportMessage && (
          <p role="status" className="export-panel__message">
            {exportMessage}
          </p>
        )}
        {children}
      </div>
    </aside>
  );
}
