import { parseBackupText, type ModelLoader } from './backup';
import { useDocuments } from './documents-store';
import { EMPTY_LEARNER } from './store-schema';
import { newId } from '../lib/ids';
import { hasRoomForAll, saveArrivingAttachments, storageFullFor } from '../attachments/store';

export type ImportOutcome = { ok: true; count: number; attachments?: number; attachmentProblem?: string } | { ok: false; reason: string };

/**
 * Restores a backup file's text into the store: every document as a new copy, and the learner's
 * details only if none are entered yet. A file that fails any check changes nothing; so does one
 * whose attachments the browser has no room for.
 */
export async function importBackupText(text: string, loadModel: ModelLoader): Promise<ImportOutcome> {
  const result = await parseBackupText(text, loadModel);
  if (!result.ok) return result;
  const attachments = result.attachments ?? [];
  if (attachments.length > 0 && !(await hasRoomForAll(attachments))) return { ok: false, reason: storageFullFor('the backup was not restored') };
  const state = useDocuments.getState();
  const ids = state.addImportedDocuments(result.documents);
  // Details already entered are never overwritten by a backup's.
  const isLearnerEmpty = JSON.stringify(state.learner) === JSON.stringify(EMPTY_LEARNER) || !state.learner.name.trim();
  if (result.learner && isLearnerEmpty) state.setLearner(result.learner);
  // Unit progress is added only for units not marked here yet: a backup never overwrites.
  for (const [code, status] of Object.entries(result.unitStatuses ?? {})) {
    if (!(code in useDocuments.getState().unitStatuses)) state.setUnitStatus(code, status);
  }
  if (attachments.length === 0) return { ok: true, count: result.documents.length };
  // Each attachment under a new id, with its document's new copy.
  const { saved, problem } = await saveArrivingAttachments(attachments, (attachment) => ids[attachment.documentIndex], newId);
  if (problem !== null) {
    return { ok: true, count: result.documents.length, attachments: saved, attachmentProblem: `${attachments.length - saved} of the backup’s ${attachments.length} attached files could not be restored. ${problem}` };
  }
  return { ok: true, count: result.documents.length, attachments: saved };
}
