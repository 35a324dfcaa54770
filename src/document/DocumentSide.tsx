import type { ReactNode } from 'react';
import type { ChecklistItem } from '../lib/evidence-types';
import { CompletenessChecklist } from '../ui/CompletenessChecklist';

type DocumentSideProps = {
  checklist: readonly ChecklistItem[];
  /** Where a rule's section is, so each unmet rule links to the page that meets it. */
  sectionPath(sectionId: string): string;
  /** What else the learner can save (backup, tables, sharing); the PDF is in the progress bar. */
  children?: ReactNode;
};

/** The side panel of a worksheet, a learner's or the class demo's: the assessor's checklist and more ways to save. */
export function DocumentSide({ checklist, sectionPath, children }: DocumentSideProps) {
  return (
    <aside className="document-layout__side" aria-label="Checklist and more ways to save">
      <CompletenessChecklist items={checklist} sectionPath={sectionPath} />
      {children && (
        <div className="panel export-panel">
          <h2>More ways to save</h2>
          {children}
        </div>
      )}
    </aside>
  );
}
