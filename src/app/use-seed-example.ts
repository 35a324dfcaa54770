import { useEffect } from 'react';
import { useDocuments } from '../storage/documents-store';
import { createWorksheetDocument } from './create-document';
import { worksheets } from '../worksheets/registry';

let hasStartedSeeding = false;

/** On a learner's very first visit, add the first worksheet's worked example so there is something real to see. */
export function useSeedExample(): void {
  useEffect(() => {
    const { hasSeededExample, documents, markExampleSeeded } = useDocuments.getState();
    const first = worksheets[0];
    // Module-level flag: StrictMode runs effects twice, and the example must be added once.
    if (hasStartedSeeding || hasSeededExample || documents.length > 0 || !first) return;
    hasStartedSeeding = true;
    void createWorksheetDocument(first, 'example').then(markExampleSeeded);
  }, []);
}
