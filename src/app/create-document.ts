import type { WorksheetDefinition } from '../lib/worksheet-definition';
import { summarise } from '../lib/completeness';
import { useDocuments } from '../storage/documents-store';

/**
 * Adds a new document for a worksheet, blank or as a copy of its worked example, and returns its
 * id. Opening the worked example again reopens the copy already there while it is untouched,
 * rather than piling up identical copies.
 */
export async function createWorksheetDocument(worksheet: WorksheetDefinition, from: 'blank' | 'example'): Promise<string> {
  const model = await worksheet.loadModel();
  const { documents, createDocument } = useDocuments.getState();
  const { name, data } =
    from === 'example'
      ? model.createExample()
      : {
          name: `${worksheet.meta.title} ${documents.filter((d) => d.worksheetId === worksheet.meta.id).length + 1}`,
          data: model.createEmpty(),
        };
  if (from === 'example') {
    const untouched = documents.find(
      (d) => d.worksheetId === worksheet.meta.id && d.name === name && d.createdAt === d.updatedAt,
    );
    if (untouched) return untouched.id;
  }
  return createDocument(
    { worksheetId: worksheet.meta.id, name, schemaVersion: model.schemaVersion, data, summary: summarise(model.completeness(data)) },
    from === 'blank',
  );
}
