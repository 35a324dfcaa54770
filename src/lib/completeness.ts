import type { ChecklistItem } from '../pdf/evidence-document';
import type { CompletenessSummary } from '../storage/store-schema';

/** How many of a worksheet's rules are met, kept with the document for the home page. */
export const summarise = (items: ChecklistItem[]): CompletenessSummary => ({
  met: items.filter((i) => i.isMet).length,
  total: items.length,
});
