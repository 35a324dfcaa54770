import { goodPracticeRules, requiredRules } from './checklist';
import type { ChecklistItem } from './evidence-types';
import type { WorksheetSection } from './worksheet-definition';

/** GOV.UK task list statuses. A section with no rules of its own is "Optional": nothing in it is checked. */
export type SectionStatus = 'not-started' | 'in-progress' | 'completed' | 'optional';

export const SECTION_STATUS_LABELS: Record<SectionStatus, string> = {
  'not-started': 'Not yet started',
  'in-progress': 'In progress',
  completed: 'Completed',
  optional: 'Optional',
};

export type SectionProgress = {
  section: WorksheetSection;
  /** 1-based, as the learner reads it: "Section 2 of 5". */
  number: number;
  status: SectionStatus;
  met: number;
  total: number;
  /** The spec's rules of this section still to meet, in checklist order. */
  unmet: ChecklistItem[];
  /** Good practice named by this section and not yet done: shown, never counted in the status. */
  goodPracticeToDo: ChecklistItem[];
};

/** The checklist rules that name a section: the ones met on its page. */
export const rulesOfSection = <T extends ChecklistItem>(checklist: readonly T[], sectionId: string): T[] => checklist.filter((item) => item.sections?.includes(sectionId));

/**
 * Each section's status from the spec's rules that name it. Good practice never counts: a section
 * whose only rules are good practice is "Optional", and its good practice still to do is listed apart.
 */
export function sectionProgress(sections: readonly WorksheetSection[], checklist: readonly ChecklistItem[]): SectionProgress[] {
  return sections.map((section, index) => {
    const named = rulesOfSection(checklist, section.id);
    const rules = requiredRules(named);
    const met = rules.filter((item) => item.isMet).length;
    const status: SectionStatus = rules.length === 0 ? 'optional' : met === rules.length ? 'completed' : met === 0 ? 'not-started' : 'in-progress';
    const goodPracticeToDo = goodPracticeRules(named).filter((item) => !item.isMet);
    return { section, number: index + 1, status, met, total: rules.length, unmet: rules.filter((item) => !item.isMet), goodPracticeToDo };
  });
}

/** The one obvious next step: the first section with a rule still to meet, or null when all are met. */
export function nextSection(progress: readonly SectionProgress[]): SectionProgress | null {
  return progress.find((entry) => entry.status === 'in-progress' || entry.status === 'not-started') ?? null;
}

/** The sections before and after one, for Previous / Next. */
export function neighbours(sections: readonly WorksheetSection[], id: string): { previous?: WorksheetSection; next?: WorksheetSection } {
  const index = sections.findIndex((section) => section.id === id);
  if (index < 0) return {};
  return { previous: sections[index - 1], next: sections[index + 1] };
}

/** Whether a page (or the review page, null) shows a section: the worksheet pages' one test. */
export const shows = (shown: string | null, id: string) => shown === null || shown === id;

/** An unmet rule as the error summary lists it: where it is met, and whether that is on this page. */
export type CheckToShow = { item: ChecklistItem; sectionId: string | null; isHere: boolean };

/**
 * The rules still to meet that the error summary lists. "Check my work" on a section lists that
 * section's (scope 'page'); export, and the task list and review page, list every one. `shown` is
 * the page: a section id, null for the review page (every section), '' for the task list (none).
 */
export function unmetChecks(checklist: readonly ChecklistItem[], shown: string | null, scope: 'page' | 'all'): CheckToShow[] {
  // Good practice is shown in the checklist, never listed as a problem to fix.
  return requiredRules(checklist)
    .filter((item) => !item.isMet)
    .filter((item) => scope === 'all' || !shown || (item.sections ?? []).includes(shown))
    .map((item) => {
      const sections = item.sections ?? [];
      const here = shown === null ? sections[0] : sections.find((id) => id === shown);
      return { item, sectionId: here ?? sections[0] ?? null, isHere: here !== undefined };
    });
}
