import { describe, expect, it } from 'vitest';
import fixture from './fixtures/v1.json';
import { createObjectionPreparationExample } from './example';
import { createEmptyObjectionPreparation, LIST_LIMITS, newPreviousObjection, newProspect, OBJECTION_PREPARATION_SCHEMA_VERSION, parseObjectionPreparation } from './model';
import { objectionFamily, OBJECTION_TYPE_LABELS } from './labels';

describe('the objection preparation’s stored shape', () => {
  it('starts with two prospects to prepare for, each with an objection to fill in', () => {
    const empty = createEmptyObjectionPreparation();
    expect(empty.prospects).toHaveLength(2);
    expect(empty.prospects.every((p) => p.objections.length === 1)).toBe(true);
    expect(new Set(empty.prospects.map((p) => p.id)).size).toBe(2);
  });

  it('reads the version 1 fixture as the worked example', () => {
    expect(parseObjectionPreparation(fixture, 1)).toEqual({ ok: true, data: createObjectionPreparationExample().data });
  });

  it('refuses a date that is not a calendar date, an unknown kind of objection, or too many prospects', () => {
    const badDate = createEmptyObjectionPreparation();
    badDate.prospects[0]!.meetingDate = '2026-02-30';
    expect(parseObjectionPreparation(badDate, 1).ok).toBe(false);
    const badType = JSON.parse(JSON.stringify(createEmptyObjectionPreparation())) as { prospects: Array<{ objections: Array<{ type: string }> }> };
    badType.prospects[0]!.objections[0]!.type = 'weather';
    expect(parseObjectionPreparation(badType, 1).ok).toBe(false);
    const many = createEmptyObjectionPreparation();
    many.prospects = Array.from({ length: LIST_LIMITS.prospects + 1 }, newProspect);
    expect(parseObjectionPreparation(many, 1).ok).toBe(false);
    expect(parseObjectionPreparation(createEmptyObjectionPreparation(), OBJECTION_PREPARATION_SCHEMA_VERSION + 1).ok).toBe(false);
  });

  it('keeps a count of times as typed, so a half-typed or wrong count is never lost', () => {
    const data = createEmptyObjectionPreparation();
    data.previous = [{ ...newPreviousObjection(), said: 'Too dear', times: 'twelve' }];
    expect(parseObjectionPreparation(data, 1)).toEqual({ ok: true, data });
  });

  it('names every kind of objection and tells standard from non-standard, as the unit lists them', () => {
    expect(objectionFamily('price')).toBe('Standard');
    expect(objectionFamily('roi')).toBe('Standard');
    expect(objectionFamily('security')).toBe('Non-standard');
    expect(objectionFamily('other-non-standard')).toBe('Non-standard');
    expect(objectionFamily('')).toBe('');
    expect(Object.keys(OBJECTION_TYPE_LABELS)).toHaveLength(22);
  });
});
