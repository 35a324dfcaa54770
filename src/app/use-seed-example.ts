import { useEffect } from 'react';
import { useDocuments, whenStoreRead } from '../storage/documents-store';
import { startDocument } from './start-document';
import { catalogue } from '../worksheets/catalogue';

let hasStartedSeeding = false;

/** On a learner's very first visit, add the first worksheet's worked example so there is something real to see. */
export function useSeedExample(): void {
  useEffect(() => {
    // Only once what this browser saved is read: an empty store before then is not a first visit.
    void whenStoreRead().then(() => {
      const { hasSeededExample, documents, markExampleSeeded } = useDocuments.getState();
      const first = catalogue[0];
      // Module-level flag: StrictMode runs effects twice, and the example must be added once.
      if (hasStartedSeeding || hasSeededExample || documents.length > 0 || !first) return;
      hasStartedSeeding = true;
      void startDocument(first.id, 'example').then(markExampleSeeded);
    });
  }, []);
}
