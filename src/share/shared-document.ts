import { z } from 'zod';
import { summariseDocument } from '../lib/completeness';
import { describeZodError } from '../lib/versioned';
import { findStructuralProblem } from '../lib/structural-check';
import type { WorksheetDefinition, WorksheetModel } from '../lib/worksheet-definition';
import type { NewDocument } from '../storage/documents-store';
import type { RestoredAttachment } from '../attachments/backup-attachments';

/**
 * One worksheet document as it travels in a share link: the same four fields a backup file keeps
 * for each document. The learner's details are stored apart from documents, so they never travel.
 */
export const SharedDocumentSchema = z.object({
  worksheetId: z.string().min(1).max(50),
  name: z.string().max(200),
  schemaVersion: z.number().int().min(1).max(10_000),
  data: z.unknown(),
});
export type SharedDocument = z.infer<typeof SharedDocumentSchema>;

/** What arrived, checked and upgraded: ready to add as a new document, with what to show first. */
export type SharedTemplate = {
  document: NewDocument;
  /** The unit this document evidences (for a worksheet serving several units, the one chosen in it). */
  unit: { code: string; title: string };
  /** Its supporting evidence (a share file only; a link carries none). */
  attachments?: RestoredAttachment[];
};

export type TemplateResult = { ok: true; template: SharedTemplate } | { ok: false; reason: string };

/** Finds a worksheet by id: the registry's findWorksheet, passed in so this module stays pure. */
export type WorksheetFinder = (worksheetId: string) => WorksheetDefinition | undefined;

/** Marks the name of an arrived document, so the learner can tell it from their own work. */
export const TEMPLATE_NOTE = ' (shared template)';

const MAX_NAME = 200;

/** "Café plan" → "Café plan (shared template)", kept within the 200 characters a name may have. */
export function templateName(name: string): string {
  const base = name.trim() || 'Untitled document';
  return base.endsWith(TEMPLATE_NOTE) ? base.slice(0, MAX_NAME) : base.slice(0, MAX_NAME - TEMPLATE_NOTE.length) + TEMPLATE_NOTE;
}

/** The document as the worksheet's own model reads it, with its completeness and unit. */
export function templateFromParsed(worksheetId: string, name: string, data: unknown, model: WorksheetModel<unknown>, fallbackUnit: { code: string; title: string }): SharedTemplate {
  return {
    document: {
      worksheetId,
      name: templateName(name),
      schemaVersion: model.schemaVersion,
      data,
      summary: summariseDocument(model, data),
    },
    unit: model.evidenceScope?.(data)?.unit ?? fallbackUnit,
  };
}

/**
 * Checks a shared document completely: its shape (zod), that this toolkit has its worksheet, and
 * its data through that worksheet's own `parse`, which upgrades older versions and refuses newer
 * ones. `where` names the source in messages ("The link", "The file").
 */
export async function readSharedDocument(
  value: unknown,
  where: string,
  findWorksheet: WorksheetFinder,
): Promise<TemplateResult> {
  const structuralProblem = findStructuralProblem(value, where, 'a worksheet');
  if (structuralProblem) return { ok: false, reason: structuralProblem };
  const parsed = SharedDocumentSchema.safeParse(value);
  if (!parsed.success) return { ok: false, reason: `${where} does not hold a shared worksheet. ${describeZodError(parsed.error)}` };
  const { worksheetId, name, schemaVersion, data } = parsed.data;
  const worksheet = findWorksheet(worksheetId);
  if (!worksheet) {
    return {
      ok: false,
      reason: `${where} is for a worksheet this toolkit does not have (“${worksheetId}”). It may come from a newer version of the toolkit: reload the page to update it, then try again.`,
    };
  }
  const model = await worksheet.loadModel();
  const result = model.parse(data, schemaVersion);
  if (!result.ok) return { ok: false, reason: `The worksheet in ${lowerFirst(where)} cannot be read. ${result.reason}` };
  return { ok: true, template: templateFromParsed(worksheetId, name, result.data, model, worksheet.meta.unit) };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
