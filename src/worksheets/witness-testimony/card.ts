import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const witnessTestimonyCard: CatalogueEntry = {
  id: 'witness-testimony',
  title: 'Witness testimony',
  summary: 'What your manager, a colleague or a customer saw you do, mapped to the AC of the unit you choose, signed by them, with a box for your assessor’s decision.',
  unit: { code: 'L3C2/L3C3/L3L1/L4C2', title: 'Any unit you choose (these four ask for a witness or an observer)' },
};
