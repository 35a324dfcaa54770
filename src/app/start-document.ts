/**
 * Adds a document for a worksheet known by its id (createDocumentOf), with the code that makes it
 * loaded on the press: the home page then carries none of the worksheet-model code (checklists,
 * worked-example likeness) that a new document's summary needs.
 */
export async function startDocument(worksheetId: string, from: 'blank' | 'example'): Promise<string> {
  return (await import('./create-document')).createDocumentOf(worksheetId, from);
}
