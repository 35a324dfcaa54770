import { exampleOf, type WorksheetDefinition } from '../lib/worksheet-definition';
import { summariseDocument } from '../lib/completeness';
import { isWorkedExampleDocument } from '../lib/worked-example';
import { useDocuments, whenStoreRead } from '../storage/documents-store';
import type { StoredDocument } from '../storage/store-schema';

/**
 * Adds a new document for a worksheet, blank or as a copy of its worked example, and returns its
 * id. Opening the worked example again reopens the copy already there while every answer in it is
 * still the example's, rather than piling up identical copies.
 */
export async function createWorksheetDocument(worksheet: WorksheetDefinition, from: 'blank' | 'example'): Promise<string> {
  // A press before the learner's saved work is read waits for it, so the new document joins it.
  const [model] = await Promise.all([worksheet.loadModel(), whenStoreRead()]);
  const { documents, createDocument } = useDocuments.getState();
  const ofThisWorksheet = documents.filter((d) => d.worksheetId === worksheet.meta.id);
  if (from === 'example') {
    const untouched = ofThisWorksheet.find((d) => isUntouchedExample(d));
    if (untouched) return untouched.id;
  }
  const { name, data } =
    from === 'example' ? exampleOf(model) : { name: newDocumentName(worksheet.meta.title, ofThisWorksheet), data: model.createEmpty() };
  return createDocument(
    { worksheetId: worksheet.meta.id, name, schemaVersion: model.schemaVersion, data, summary: summariseDocument(model, data) },
    from === 'blank',
  );
}

/**
 * The same for a worksheet known by its id, as the catalogue lists it: the registry (every
 * worksheet's AC and loaders) is loaded here, on the press, not with the home page.
 */
export async function createDocumentOf(worksheetId: string, from: 'blank' | 'example'): Promise<string> {
  const { findWorksheet } = await import('../worksheets/registry');
  const worksheet = findWorksheet(worksheetId);
  if (!worksheet) throw new Error(`There is no worksheet "${worksheetId}".`);
  return createWorksheetDocument(worksheet, from);
}

const isUntouchedExample = (document: StoredDocument) => {
  const likeness = document.summary.workedExample;
  return likeness !== undefined && likeness.total > 0 && likeness.unchanged === likeness.total;
};

/**
 * The learner's first document of a worksheet is named after it, the next "… 2" and so on. Worked
 * examples are not the learner's documents, so they do not count.
 */
export function newDocumentName(title: string, ofThisWorksheet: StoredDocument[]): string {
  const taken = new Set(ofThisWorksheet.map((d) => d.name));
  const ownCount = ofThisWorksheet.filter((d) => !isWorkedExampleDocument(d)).length;
  for (let n = ownCount + 1; ; n += 1) {
    const name = n === 1 ? title : `${title} ${n}`;
    if (!taken.has(name)) return name;
  }
}
