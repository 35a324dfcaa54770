import { useMemo } from 'react';
import type { EvidenceOptions, WorksheetMeta } from '../lib/worksheet-definition';
import { criteriaEvidencedBy } from '../lib/worksheet-evidence';
import { isWorkedExampleDocument } from '../lib/worked-example';
import { useDocuments } from '../storage/documents-store';
import type { StoredDocument } from '../storage/store-schema';
import { interactiveWorksheets } from '../worksheets/registry';

/**
 * What a workbook page is given to offer worksheet documents as evidence: the interactive
 * worksheets that can evidence AC, and the learner's own documents of them (worked examples are
 * not evidence, so they are not offered).
 */
export function evidenceOptionsFor(documents: readonly Pick<StoredDocument, 'id' | 'name' | 'worksheetId' | 'summary'>[], metas: readonly WorksheetMeta[]): EvidenceOptions {
  const worksheets = metas.map((meta) => ({ meta, criteria: criteriaEvidencedBy(meta) })).filter((w) => w.criteria.length > 0);
  return {
    worksheets: worksheets.map((w) => ({ title: w.meta.title, criteria: w.criteria })),
    documents: documents.flatMap((document) => {
      const worksheet = worksheets.find((w) => w.meta.id === document.worksheetId);
      if (!worksheet || isWorkedExampleDocument(document)) return [];
      return [{ id: document.id, name: document.name, worksheetTitle: worksheet.meta.title, criteria: worksheet.criteria }];
    }),
  };
}

/**
 * The options for the learner's documents now. Selected as a short key of the documents that can
 * be evidence, so typing in any document (which saves it) does not re-render the page using it.
 */
export function useEvidenceOptions(): EvidenceOptions {
  const key = useDocuments((s) =>
    JSON.stringify(
      evidenceOptionsFor(s.documents, interactiveWorksheets.map((w) => w.meta)).documents.map((d) => [d.id, d.name, d.worksheetTitle]),
    ),
  );
  return useMemo(() => {
    const ids = new Set((JSON.parse(key) as string[][]).map(([id]) => id));
    return evidenceOptionsFor(useDocuments.getState().documents.filter((d) => ids.has(d.id)), interactiveWorksheets.map((w) => w.meta));
  }, [key]);
}
