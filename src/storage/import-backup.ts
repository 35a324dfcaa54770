import { parseBackupText, type ModelLoader } from './backup';
import { useDocuments } from './documents-store';
import { EMPTY_LEARNER } from './store-schema';

export type ImportOutcome = { ok: true; count: number } | { ok: false; reason: string };

/**
 * Restores a backup file's text into the store: every document as a new copy, and the learner's
 * details only if none are entered yet. A file that fails any check changes nothing.
 */
export async function importBackupText(text: string, loadModel: ModelLoader): Promise<ImportOutcome> {
  const result = await parseBackupText(text, loadModel);
  if (!result.ok) return result;
  const state = useDocuments.getState();
  state.addImportedDocuments(result.documents);
  // Details already entered are never overwritten by a backup's.
  const isLearnerEmpty = JSON.stringify(state.learner) === JSON.stringify(EMPTY_LEARNER) || !state.learner.name.trim();
  if (result.learner && isLearnerEmpty) state.setLearner(result.learner);
  // Unit progress is added only for units not marked here yet: a backup never overwrites.
  for (const [code, status] of Object.entries(result.unitStatuses ?? {})) {
    if (!(code in useDocuments.getState().unitStatuses)) state.setUnitStatus(code, status);
  }
  return { ok: true, count: result.documents.length };
}
