import { describe, expect, it } from 'vitest';
import { createRelationshipLogExample } from './example';
import { entryLine, mapLine, personLine, relationshipLine } from './fold-lines';
import { newPerson } from './model';

const { data } = createRelationshipLogExample();
const today = '2026-11-30';

describe('fold lines of the relationship log: a finished row in one line, an unfinished one open', () => {
  it('folds every person, map entry and relationship of the worked example, which meets every rule', () => {
    data.people.forEach((p) => {
      expect(personLine(p)).toMatch(/: needs and expectations written\.$/);
      expect(mapLine(p)).toMatch(/^Influence [1-5], interest [1-5], relationship [a-z]+\.$/);
    });
    data.relationships.forEach((r) => {
      expect(relationshipLine(r, data.people, today)).toMatch(/^With .+: \d+ dated entr(y|ies)\.$/);
      r.entries.forEach((e) => expect(entryLine(e, today)).not.toBeNull());
    });
  });

  it('names the person, their role and whether the learner works with them now', () => {
    const colleague = { ...newPerson('colleague'), name: 'Priya Nair', role: 'Account manager', needs: 'Leads', expectations: 'Notes', example: 'Handover', isCurrent: true };
    expect(personLine(colleague)).toBe('Priya Nair, Account manager (colleague, now): needs and expectations written.');
    const stakeholder = { ...newPerson('external'), name: 'Tom', needs: 'Prices', expectations: 'Replies' };
    expect(personLine(stakeholder)).toBe('Tom (stakeholder outside): needs and expectations written.');
  });

  it('keeps a row open while it lacks what its rule counts', () => {
    const colleague = { ...newPerson('colleague'), name: 'Priya Nair', role: 'Account manager', needs: 'Leads', expectations: 'Notes', example: '' };
    expect(personLine(colleague)).toBeNull(); // a colleague needs a supporting example (AC 1.1)
    expect(personLine(undefined)).toBeNull();
    expect(mapLine({ ...data.people[0]!, approach: ' ' })).toBeNull();
    expect(mapLine({ ...data.people[0]!, interest: '' })).toBeNull();
    const relationship = data.relationships[0]!;
    const entry = relationship.entries[0]!;
    expect(entryLine({ ...entry, date: '2099-01-01' }, today)).toBeNull(); // in the future
    expect(entryLine({ ...entry, outcome: '' }, today)).toBeNull();
    expect(relationshipLine({ ...relationship, entries: [...relationship.entries, { ...entry, id: 'new', evidence: '' }] }, data.people, today)).toBeNull();
    expect(relationshipLine({ ...relationship, personId: '' }, data.people, today)).toBeNull();
  });

  it('dates an entry and says what kind of evidence it is', () => {
    const entry = { ...data.relationships[0]!.entries[0]!, date: '2026-10-03', kind: 'email' as const, whatIDid: 'Agreed the delivery dates' };
    expect(entryLine(entry, today)).toBe('3 October 2026, email correspondence: Agreed the delivery dates');
  });
});
