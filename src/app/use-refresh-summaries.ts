import { useEffect } from 'react';
import { summariseDocument } from '../lib/completeness';
import { useDocuments, whenStoreRead } from '../storage/documents-store';

/**
 * Documents saved before the toolkit counted how much of each is still its worked example have no
 * such count: work it out once, after the page is up, so the worked examples are listed (and
 * marked) apart from the learner's own documents.
 */
export function useRefreshSummaries(): void {
  useEffect(() => {
    let isCancelled = false;
    const timer = window.setTimeout(() => {
      void (async () => {
        await whenStoreRead();
        const toCount = useDocuments.getState().documents.filter((document) => !document.summary.workedExample);
        if (toCount.length === 0) return;
        // Only then the registry: most visits have nothing to count, and the shell's first load carries no AC.
        const { findWorksheet } = await import('../worksheets/registry');
        for (const document of toCount) {
          if (isCancelled) return;
          const model = await findWorksheet(document.worksheetId)?.loadModel();
          const parsed = model?.parse(document.data, document.schemaVersion);
          if (!model || !parsed?.ok || isCancelled) continue;
          useDocuments.getState().refreshSummary(document.id, summariseDocument(model, parsed.data));
        }
      })();
    }, 500);
    return () => {
      isCancelled = true;
      window.clearTimeout(timer);
    };
  }, []);
}
