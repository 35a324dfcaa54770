import { beforeEach, describe, expect, it } from 'vitest';
import { useDocuments } from '../storage/documents-store';
import { EMPTY_PERSISTED_STATE } from '../storage/store-schema';
import { createWorksheetDocument, newDocumentName } from './create-document';
import { summariseDocument } from '../lib/completeness';
import { worksheets } from '../worksheets/registry';

const pestle = worksheets[0]!;

beforeEach(() => {
  window.localStorage.clear();
  useDocuments.setState({ ...EMPTY_PERSISTED_STATE });
});

describe('createWorksheetDocument', () => {
  it('reopens an untouched worked example instead of adding an identical copy, and does not ask for a backup', async () => {
    const first = await createWorksheetDocument(pestle, 'example');
    const again = await createWorksheetDocument(pestle, 'example');
    expect(again).toBe(first);
    expect(useDocuments.getState().documents).toHaveLength(1);
    expect(useDocuments.getState().lastChangeAt).toBeNull();
  });

  it('adds a fresh copy once the learner has changed the one there', async () => {
    const first = await createWorksheetDocument(pestle, 'example');
    const model = await pestle.loadModel();
    const stored = useDocuments.getState().documents[0]!;
    // The learner rewrites one answer: the copy is no longer untouched.
    const data = { ...(stored.data as Record<string, unknown>), summary: { opportunities: 'My own view', threats: 'My own view' } };
    useDocuments.getState().updateDocumentData(first, data, summariseDocument(model, data), stored.schemaVersion);
    const second = await createWorksheetDocument(pestle, 'example');
    expect(second).not.toBe(first);
    expect(useDocuments.getState().documents).toHaveLength(2);
  });

  it('reopens the untouched example even when the learner has only renamed it', async () => {
    const first = await createWorksheetDocument(pestle, 'example');
    useDocuments.getState().renameDocument(first, 'My PESTLE');
    expect(await createWorksheetDocument(pestle, 'example')).toBe(first);
  });

  it('names the learner’s first document after the worksheet, not “… 2” beside the worked example', async () => {
    await createWorksheetDocument(pestle, 'example');
    const firstOwn = await createWorksheetDocument(pestle, 'blank');
    const secondOwn = await createWorksheetDocument(pestle, 'blank');
    const names = useDocuments.getState().documents.map((d) => [d.id, d.name]);
    expect(names).toContainEqual([firstOwn, pestle.meta.title]);
    expect(names).toContainEqual([secondOwn, `${pestle.meta.title} 2`]);
  });

  it('never gives a new document the name of one already there', () => {
    const summary = { met: 0, total: 1 };
    const existing = [{ name: 'PESTLE builder 2' }, { name: 'PESTLE builder' }].map((d, i) => ({
      ...d, id: String(i), worksheetId: 'pestle', createdAt: '', updatedAt: '', schemaVersion: 1, data: {}, summary,
    }));
    expect(newDocumentName('PESTLE builder', existing)).toBe('PESTLE builder 3');
  });

  it('counts a new blank document as the learner’s own work', async () => {
    const id = await createWorksheetDocument(pestle, 'blank');
    expect(useDocuments.getState().documents.map((d) => d.id)).toEqual([id]);
    expect(useDocuments.getState().lastChangeAt).not.toBeNull();
  });
});
