import { defineWorksheet } from '../../lib/worksheet-definition';
import { relationshipLogMeta } from './meta';

/** The Relationship log as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const relationshipLogWorksheet = defineWorksheet(relationshipLogMeta, {
  loadModel: async () => (await import('./definition')).relationshipLogModel,
  // The section page opens without the worked example (a few KB), which loadModel brings after.
  loadPageModel: async () => (await import('./page-model')).relationshipLogPageModel,
  loadPage: async () => (await import('./RelationshipLogPage')).RelationshipLogPage,
  loadExports: async () => (await import('./exports')).relationshipLogExports,
});
