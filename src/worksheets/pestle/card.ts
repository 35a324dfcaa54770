import { unitTitleRef } from '../../lib/spec/unit-titles';
import type { CatalogueEntry } from '../../lib/worksheet-definition';

/** What the home page lists of this worksheet (src/worksheets/catalogue.ts): no AC, so no unit outline. meta.ts adds its AC and sections. */
export const pestleCard: CatalogueEntry = {
  id: 'pestle',
  title: 'PESTLE builder',
  summary:
    'Analyse the internal forces and the external Political, Economic, Social, Technological, Legal and Environmental factors acting on one organisation, rank them and say what they mean for sales.',
  unit: unitTitleRef('L3B2'),
  alsoSupports: 'ABE / ISM strategic and operations units (environmental analysis)',
};
