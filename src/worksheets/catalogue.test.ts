import { describe, expect, it } from 'vitest';
import { hasWorkedExample, type CatalogueEntry } from '../lib/worksheet-definition';
import { catalogue, findCatalogueEntry, interactiveCatalogue, workbookCatalogue } from './catalogue';
import { interactiveWorksheets, workbooks, worksheets } from './registry';

/** What the home page shows of an entry, from a card or a full meta alike. */
const listed = (entry: CatalogueEntry) => ({
  id: entry.id,
  kind: entry.kind ?? 'worksheet',
  title: entry.title,
  summary: entry.summary,
  unit: entry.unit,
  alsoSupports: entry.alsoSupports,
  hasWorkedExample: hasWorkedExample(entry),
});

describe('the catalogue and the registry agree', () => {
  it('lists the same worksheets, then the same workbooks, in the same order', () => {
    expect(interactiveCatalogue.map((entry) => entry.id)).toEqual(interactiveWorksheets.map((w) => w.meta.id));
    expect(workbookCatalogue.map((entry) => entry.id)).toEqual(workbooks.map((w) => w.meta.id));
    expect(catalogue.map((entry) => entry.id)).toEqual(worksheets.map((w) => w.meta.id));
  });

  it('gives each the same title, summary, unit, other units supported, kind and worked-example flag', () => {
    expect(catalogue.map(listed)).toEqual(worksheets.map((w) => listed(w.meta)));
  });

  it('has 14 worksheets and a workbook for each of the 27 units', () => {
    expect(interactiveCatalogue).toHaveLength(14);
    expect(workbookCatalogue).toHaveLength(27);
    expect(workbookCatalogue.every((entry) => entry.kind === 'workbook')).toBe(true);
  });

  it('finds an entry by id', () => {
    expect(findCatalogueEntry('pestle')?.title).toBe('PESTLE builder');
    expect(findCatalogueEntry('workbook-L3B2')?.unit).toEqual({ code: 'L3B2', title: 'Understand Organisations' });
    expect(findCatalogueEntry('no-such-worksheet')).toBeUndefined();
  });
});
