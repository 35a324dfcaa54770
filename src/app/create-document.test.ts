import { beforeEach, describe, expect, it } from 'vitest';
import { useDocuments } from '../storage/documents-store';
import { EMPTY_PERSISTED_STATE } from '../storage/store-schema';
import { createWorksheetDocument } from './create-document';
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
    const stored = useDocuments.getState().documents[0]!;
    useDocuments.getState().updateDocumentData(first, stored.data, stored.summary, stored.schemaVersion);
    const second = await createWorksheetDocument(pestle, 'example');
    expect(second).not.toBe(first);
    expect(useDocuments.getState().documents).toHaveLength(2);
  });

  it('counts a new blank document as the learner’s own work', async () => {
    const id = await createWorksheetDocument(pestle, 'blank');
    expect(useDocuments.getState().documents.map((d) => d.id)).toEqual([id]);
    expect(useDocuments.getState().lastChangeAt).not.toBeNull();
  });
});
