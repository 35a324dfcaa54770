import { z } from 'zod';
import type { WorksheetModel } from '../lib/worksheet-definition';
import { describeZodError } from '../lib/versioned';
import { findStructuralProblem } from '../lib/structural-check';
import { summariseDocument } from '../lib/completeness';
import { isIsoDate } from '../lib/dates';
import type { NewDocument } from './documents-store';
import { LearnerDetailsSchema, UnitStatusesSchema, type StoredDocument, type UnitStatus } from './store-schema';
import type { LearnerDetails } from '../lib/evidence-types';
import type { Attachment } from '../attachments/attachment';
import { BackupAttachmentSchema, MAX_BACKUP_ATTACHMENT_BYTES, base64Length, restoreAttachments, toBackupAttachment, type RestoredAttachment } from '../attachments/backup-attachments';

/**
 * Backup files: what we write, and the checks a file must pass before anything is imported.
 * Pure apart from the model loader passed in, so it is tested directly.
 */
export const BACKUP_FORMAT = 'coursework-toolkit-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const MAX_BACKUP_BYTES = 5 * 1024 * 1024;
export const MAX_BACKUP_DOCUMENTS = 500;
/**
 * The largest backup file: its documents' 5 MB and the base64 of up to 80 MB of attachments
 * (MAX_BACKUP_ATTACHMENT_BYTES). The documents' part is still held to MAX_BACKUP_BYTES on its own.
 */
export const MAX_BACKUP_FILE_BYTES = MAX_BACKUP_BYTES + base64Length(MAX_BACKUP_ATTACHMENT_BYTES);
const MAX_BACKUP_ATTACHMENTS = 1000;

const BackupDocumentSchema = z.object({
  worksheetId: z.string().min(1).max(50),
  name: z.string().max(200),
  schemaVersion: z.number().int().min(1),
  data: z.unknown(),
  /** The completion date the learner set (yyyy-mm-dd); absent from backups made before it existed. */
  completedOn: z.iso.date().optional(),
});

const BackupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  exportedAt: z.string().max(40),
  learner: LearnerDetailsSchema.optional(),
  unitStatuses: UnitStatusesSchema.optional(),
  documents: z.array(BackupDocumentSchema).max(MAX_BACKUP_DOCUMENTS),
  /** Supporting evidence (base64), each naming its document by position; absent from backups made before it existed. */
  attachments: z.array(BackupAttachmentSchema).max(MAX_BACKUP_ATTACHMENTS).optional(),
});
export type BackupFile = z.infer<typeof BackupFileSchema>;

/** The backup of some documents (and, for a full backup, the learner's details and unit progress). */
export function buildBackup(
  documents: StoredDocument[],
  exportedAt: string,
  learner?: LearnerDetails,
  unitStatuses?: Record<string, UnitStatus>,
  attachments: readonly Attachment[] = [],
): BackupFile {
  const carried = attachments.flatMap((attachment) => {
    const index = documents.findIndex((d) => d.id === attachment.meta.documentId);
    return index < 0 ? [] : [toBackupAttachment(attachment, index)];
  });
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    exportedAt,
    ...(learner ? { learner } : {}),
    ...(unitStatuses ? { unitStatuses } : {}),
    documents: documents.map((d) => ({
      worksheetId: d.worksheetId,
      name: d.name,
      schemaVersion: d.schemaVersion,
      data: d.data,
      ...(d.completedOn !== undefined && isIsoDate(d.completedOn) ? { completedOn: d.completedOn } : {}),
    })),
    ...(carried.length > 0 ? { attachments: carried } : {}),
  };
}

export type ImportResult =
  | { ok: true; documents: NewDocument[]; learner?: LearnerDetails; unitStatuses?: Record<string, UnitStatus>; attachments?: RestoredAttachment[] }
  | { ok: false; reason: string };

export type ModelLoader = (worksheetId: string) => Promise<WorksheetModel<unknown> | undefined>;

/** Finds keys that could pollute prototypes, and nesting deeper than any backup needs. */
/**
 * Checks a backup file's text completely before anything changes. Either every document in it
 * is valid (and upgraded to the current version), or the whole file is refused with a reason.
 */
export async function parseBackupText(text: string, loadModel: ModelLoader): Promise<ImportResult> {
  if (text.length > MAX_BACKUP_FILE_BYTES) {
    return { ok: false, reason: `The file is too large to be a backup (over ${Math.floor(MAX_BACKUP_FILE_BYTES / 1024 / 1024)} MB).` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not a toolkit backup: it is damaged or not in the right format (JSON).' };
  }
  const structuralProblem = findStructuralProblem(json, 'The file', 'a backup');
  if (structuralProblem) return { ok: false, reason: structuralProblem };

  const record = typeof json === 'object' && json !== null ? (json as Record<string, unknown>) : {};
  if (record.format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'The file is not a Coursework Toolkit backup.' };
  }
  if (typeof record.formatVersion === 'number' && record.formatVersion > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      reason: 'The backup was made by a newer version of the toolkit. Update the toolkit, then try again.',
    };
  }
  const parsed = BackupFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: `The backup is damaged. ${describeZodError(parsed.error)}` };
  if (parsed.data.documents.length === 0 && !parsed.data.learner) {
    return { ok: false, reason: 'The backup has no documents in it.' };
  }
  // The documents keep their own limit: only the attachments may take a file past it.
  const attachmentText = (parsed.data.attachments ?? []).reduce((sum, attachment) => sum + attachment.base64.length, 0);
  if (text.length - attachmentText > MAX_BACKUP_BYTES) {
    return { ok: false, reason: `The file is too large to be a backup (its documents come to over ${MAX_BACKUP_BYTES / 1024 / 1024} MB).` };
  }
  const restored = restoreAttachments(parsed.data.attachments ?? [], parsed.data.documents.length);
  if (!restored.ok) return restored;

  const documents: NewDocument[] = [];
  for (const [index, document] of parsed.data.documents.entries()) {
    const label = `Document ${index + 1} (“${document.name.slice(0, 60)}”)`;
    const model = await loadModel(document.worksheetId);
    if (!model) {
      return { ok: false, reason: `${label} is for a worksheet this toolkit does not have (“${document.worksheetId.slice(0, 50)}”).` };
    }
    const result = model.parse(document.data, document.schemaVersion);
    if (!result.ok) return { ok: false, reason: `${label} cannot be read. ${result.reason}` };
    documents.push({
      worksheetId: document.worksheetId,
      name: document.name,
      schemaVersion: model.schemaVersion,
      data: result.data,
      summary: summariseDocument(model, result.data),
      ...(document.completedOn !== undefined ? { completedOn: document.completedOn } : {}),
    });
  }
  const { learner, unitStatuses } = parsed.data;
  const { attachments } = restored;
  return { ok: true, documents, ...(learner ? { learner } : {}), ...(unitStatuses ? { unitStatuses } : {}), ...(attachments.length > 0 ? { attachments } : {}) };
}

/** A safe file name for a backup, e.g. "coursework-backup-2026-11-23.json". */
export function backupFileName(date: string, documentName?: string): string {
  const slug = (documentName ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return slug ? `coursework-${slug}-${date}.json` : `coursework-backup-${date}.json`;
}
