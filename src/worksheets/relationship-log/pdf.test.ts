import { describe, expect, it } from 'vitest';
import { createRelationshipLogExample } from './example';
import { createEmptyRelationshipLog } from './model';
import { relationshipLogEvidenceBlocks } from './pdf';
import { relationshipLogSpreadsheetTables } from './spreadsheet';

const textOf = (blocks: ReturnType<typeof relationshipLogEvidenceBlocks>) => JSON.stringify(blocks);

describe('relationshipLogEvidenceBlocks', () => {
  it('labels each section with the AC it evidences in the spec’s words, and says 2.2 needs other evidence', () => {
    const text = textOf(relationshipLogEvidenceBlocks(createRelationshipLogExample().data));
    expect(text).toContain('AC 1.1 Describe the needs and expectations of colleagues in a sales team');
    expect(text).toContain('AC 2.4 Resolve relationship challenges in a professional manner');
    expect(text).toContain('AC 2.2 (Perform under pressure as part of a team to progress sales) is not evidenced by this log');
  });

  it('gives the map’s figures as a table and a signature block for the person who confirms the challenge', () => {
    const blocks = relationshipLogEvidenceBlocks(createRelationshipLogExample().data);
    const map = blocks.find((b) => b.kind === 'table' && b.caption === 'The stakeholder map as a table');
    expect(map?.kind === 'table' && map.rows[1]).toEqual([
      'Gareth Lewis',
      '5',
      '5',
      'Manage closely (high influence, high interest)',
      'Good',
      'Weekly one-to-one with the forecast; a short message the same day when a large deal changes.',
    ]);
    const witness = blocks.find((b) => b.kind === 'fields' && b.rows.some((r) => r.label === 'Witness’s signature'));
    expect(witness?.kind === 'fields' && witness.rows.slice(0, 2)).toEqual([
      { label: 'Name', value: 'Gareth Lewis' },
      { label: 'Role', value: 'My line manager' },
    ]);
  });

  it('says what is not yet given for an empty log, with no table rows', () => {
    const text = textOf(relationshipLogEvidenceBlocks(createEmptyRelationshipLog()));
    expect(text).toContain('No colleague or stakeholder described yet.');
    expect(text).toContain('No one rated on the map yet.');
    expect(text).toContain('No working relationship logged yet.');
    expect(text).toContain('No relationship challenge described yet.');
  });
});

describe('relationshipLogSpreadsheetTables', () => {
  it('gives the ratings as numbers and the evidence dates as yyyy-mm-dd, in date order', () => {
    const [people, evidence, challenges] = relationshipLogSpreadsheetTables(createRelationshipLogExample().data);
    expect(people?.rows[3]?.slice(0, 1).concat(people.rows[3].slice(7, 10))).toEqual(['Tom Hughes', 4, 2, 'Keep satisfied (high influence, lower interest)']);
    expect(evidence?.rows.map((r) => [r[0], r[1]])).toEqual([
      ['Priya Nair', '2026-09-07'],
      ['Priya Nair', '2026-10-05'],
      ['Tom Hughes', '2026-09-14'],
      ['Tom Hughes', '2026-10-19'],
    ]);
    expect(challenges?.rows[0]?.[0]).toBe('Aisha Bello');
    expect(challenges?.rows[0]?.at(-1)).toBe('My line manager');
  });

  it('has no rows for an empty log', () => {
    for (const table of relationshipLogSpreadsheetTables(createEmptyRelationshipLog())) expect(table.rows).toEqual([]);
  });
});
