import { backupFileName, buildBackup, parseBackupText } from '../storage/backup';
import type { StoredDocument } from '../storage/store-schema';
import type { Attachment } from '../attachments/attachment';
import { templateFromParsed, type TemplateResult, type WorksheetFinder } from './shared-document';

/**
 * Share files are one-document backup files, exactly what "Back up this document" makes, so the
 * Back up and restore page accepts them too. They hold the document only, never the learner's details.
 */
export function shareFileText(document: StoredDocument, exportedAt: string, attachments: readonly Attachment[] = []): string {
  return JSON.stringify(buildBackup([document], exportedAt, undefined, undefined, attachments), null, 2);
}

/** "coursework-Cafe-plan-template-2026-11-23.json"; "…-worked-example-template-…" while it still is one. */
export function shareFileName(date: string, documentName: string, isWorkedExample = false): string {
  // The name is cut first, so the words after it always fit the file name's 60 characters.
  return backupFileName(date, `${documentName.slice(0, isWorkedExample ? 35 : 50)} ${isWorkedExample ? 'worked example ' : ''}template`);
}

/**
 * Reads a shared file with every check a backup restore makes (size, JSON, hostile keys, format,
 * version, each worksheet's schema). It must hold exactly one document; learner details or unit
 * progress in a full backup are never taken from it.
 */
export async function readShareFile(text: string, findWorksheet: WorksheetFinder): Promise<TemplateResult> {
  const result = await parseBackupText(text, async (id) => findWorksheet(id)?.loadModel());
  if (!result.ok) return { ok: false, reason: result.reason };
  if (result.documents.length !== 1) {
    return {
      ok: false,
      reason:
        result.documents.length === 0
          ? 'The file has no worksheet in it.'
          : `The file holds ${result.documents.length} documents, so it is a backup rather than one shared worksheet. Restore it on the “Back up and restore” page instead.`,
    };
  }
  const [document] = result.documents;
  const worksheet = findWorksheet(document!.worksheetId);
  if (!worksheet) return { ok: false, reason: 'The file is for a worksheet this toolkit does not have.' };
  const model = await worksheet.loadModel();
  const template = templateFromParsed(document!.worksheetId, document!.name, document!.data, model, worksheet.meta.unit);
  // The document's supporting evidence, checked like every attachment in a backup, travels with it.
  return { ok: true, template: result.attachments ? { ...template, attachments: result.attachments } : template };
}
