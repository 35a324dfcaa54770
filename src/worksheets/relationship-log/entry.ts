import { defineWorksheet } from '../../lib/worksheet-definition';
import { relationshipLogMeta } from './meta';

/** The Relationship log as the shell opens it: its meta now, its model and page when opened, its exports when used. */
export const relationshipLogWorksheet = defineWorksheet(
  relationshipLogMeta,
  async () => (await import('./definition')).relationshipLogModel,
  async () => (await import('./RelationshipLogPage')).RelationshipLogPage,
  async () => (await import('./exports')).relationshipLogExports,
);
