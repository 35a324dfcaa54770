import { describe, expect, it } from 'vitest';
import { createMeetingPreparationExample } from './example';
import fixture from './fixtures/v1.json';
import { createEmptyMeetingPreparation, MEETING_PREPARATION_SCHEMA_VERSION, parseMeetingPreparation } from './model';

describe('the meeting preparation’s stored shape', () => {
  it('starts with two prospects, each with a need to match and a question to write', () => {
    const empty = createEmptyMeetingPreparation();
    expect(empty.prospects).toHaveLength(2);
    expect(empty.prospects.every((p) => p.matches.length === 1 && p.framework.questions.length === 1)).toBe(true);
    expect(new Set(empty.prospects.map((p) => p.id)).size).toBe(2);
  });

  it('reads version 1 as saved', () => {
    expect(parseMeetingPreparation(fixture, 1)).toEqual({ ok: true, data: createMeetingPreparationExample().data });
    expect(MEETING_PREPARATION_SCHEMA_VERSION).toBe(1);
  });

  it('refuses a date that is not a calendar date and a choice that is not on the list, with a reason', () => {
    const data = createEmptyMeetingPreparation();
    data.prospects[0]!.meeting.date = '2026-02-30';
    expect(parseMeetingPreparation(data, 1)).toMatchObject({ ok: false });
    const other = JSON.parse(JSON.stringify(createEmptyMeetingPreparation()));
    other.prospects[0].framework.questions[0].type = 'rhetorical';
    expect(parseMeetingPreparation(other, 1).ok).toBe(false);
  });
});
