import { describe, expect, it } from 'vitest';
import { createRelationshipLogExample } from './example';
import { createEmptyRelationshipLog, parseRelationshipLog, RELATIONSHIP_LOG_SCHEMA_VERSION } from './model';

describe('the relationship log’s stored shape', () => {
  it('starts with the guidance’s minimum rows: three colleagues, two stakeholders, two relationships, one challenge', () => {
    const empty = createEmptyRelationshipLog();
    expect(empty.people.map((p) => p.kind)).toEqual(['colleague', 'colleague', 'colleague', 'internal', 'external']);
    expect(empty.relationships).toHaveLength(2);
    expect(empty.challenges).toHaveLength(1);
  });

  it('reads the worked example back, and refuses a date that is not a calendar date or a rating off the scale', () => {
    const data = createRelationshipLogExample().data;
    expect(parseRelationshipLog(data, RELATIONSHIP_LOG_SCHEMA_VERSION)).toEqual({ ok: true, data });
    const badDate = structuredClone(data);
    badDate.relationships[0]!.entries[0]!.date = '2026-02-30';
    expect(parseRelationshipLog(badDate, 1).ok).toBe(false);
    expect(parseRelationshipLog({ ...data, people: [{ ...data.people[0], influence: '6' }] }, 1).ok).toBe(false);
  });

  it('refuses data from a newer version', () => {
    expect(parseRelationshipLog(createEmptyRelationshipLog(), RELATIONSHIP_LOG_SCHEMA_VERSION + 1).ok).toBe(false);
  });
});
