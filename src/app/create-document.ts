import type { WorksheetDefinition } from '../lib/worksheet-definition';
import { summarise } from '../lib/completeness';
import { useDocuments } from '../storage/documents-store';

/** Adds a new document for a worksheet, blank or as a copy of its worked example, and returns its id. */
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
  return createDocument({
    worksheetId: worksheet.meta.id,
    name,
    schemaVersion: model.schemaVersion,
    data,
    summary: summarise(model.completeness(data)),
  });
}
