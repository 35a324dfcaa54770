import { useEffect, useState } from 'react';
import { findWorksheet } from '../worksheets/registry';
import { startOneTaskEach } from '../lib/one-task-each';
import { useDocuments } from '../storage/documents-store';
import { claimsOf, type DocumentForLog, type EvidenceClaim } from './log-claims';

export type LogClaimsState = { status: 'loading' } | { status: 'ready'; claims: EvidenceClaim[] } | { status: 'failed' };

/**
 * Every claim of the learner's documents, for the achievement logs: each document's worksheet model
 * is loaded (in the background, once per change of the documents) to read what it claims.
 */
export function useLogClaims(): LogClaimsState {
  const documents = useDocuments((s) => s.documents);
  const [state, setState] = useState<LogClaimsState>({ status: 'loading' });
  useEffect(() => {
    let isCancelled = false;
    // One document's model a task: started together, their chunks' preloads block the page (one-task-each.ts).
    void startOneTaskEach(documents, async (stored): Promise<DocumentForLog | null> => {
      const worksheet = findWorksheet(stored.worksheetId);
      return worksheet ? { stored, meta: worksheet.meta, model: await worksheet.loadModel() } : null;
    }).then(
      (loaded) => {
        if (!isCancelled) setState({ status: 'ready', claims: claimsOf(loaded.filter((doc): doc is DocumentForLog => doc !== null)) });
      },
      () => {
        if (!isCancelled) setState({ status: 'failed' });
      },
    );
    return () => {
      isCancelled = true;
    };
  }, [documents]);
  return state;
}
