import type { RelationshipLogData } from './model';

/** A fictional worked example a tutor can open in one click; it meets every completeness rule. */
export function createRelationshipLogExample(): { name: string; data: RelationshipLogData } {
  return {
    name: 'Worked example: Relationship log',
    data: {
      situation: 'Northgate Office Supplies Ltd (fictional case study): a field sales team of six selling to schools.',
      answer: 'A worked answer written against the unit’s assessor guidance, to be replaced with the unit’s own example.',
    },
  };
}
