import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { ChecklistItem } from '../lib/evidence-types';
import { rulesOfSection } from '../lib/sections';
import { CompletenessChecklist } from '../ui/CompletenessChecklist';

type DocumentSideProps = {
  checklist: readonly ChecklistItem[];
  /** Where a rule's section is, so each unmet rule links to the page that meets it. */
  sectionPath(sectionId: string): string;
  /** The sections of the worksheet and the one on screen (none on the task list and review page). */
  sections: readonly { id: string }[];
  sectionId: string | undefined;
  /** The task list's address: a section page links there for every check. */
  taskListPath: string;
  /** What else the learner can save (backup, tables, sharing); the PDF is in the progress bar. */
  children?: ReactNode;
};

/**
 * The side panel of a worksheet, a learner's or the class demo's: the assessor's checklist and more
 * ways to save. A section page lists only the checks that section meets, so the page stays short
 * (on a phone the panel comes after the section); the task list and review page list them all.
 */
export function DocumentSide({ checklist, sectionPath, sections, sectionId, taskListPath, children }: DocumentSideProps) {
  const section = sections.find((s) => s.id === sectionId);
  const items = section ? rulesOfSection(checklist, section.id) : checklist;
  return (
    <aside className="document-layout__side" aria-label="Checklist and more ways to save">
      <CompletenessChecklist items={items} sectionPath={sectionPath} heading={section ? 'What the assessor needs from this section' : undefined}>
        {section && (
          <p className="checklist__more">
            <Link to={taskListPath}>Every check of the document: the task list</Link>
          </p>
        )}
      </CompletenessChecklist>
      {children && (
        <div className="panel export-panel">
          <h2>More ways to save</h2>
          {children}
        </div>
      )}
    </aside>
  );
}
