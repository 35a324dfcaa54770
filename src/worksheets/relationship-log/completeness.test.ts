import { describe, expect, it } from 'vitest';
import { requiredRules } from '../../lib/checklist';
import { relationshipLogCompleteness, relationshipLogGoodPractice, relationshipLogRules } from './completeness';
import { createRelationshipLogExample } from './example';
import { createEmptyRelationshipLog, type RelationshipLogData } from './model';

const TODAY = '2026-11-30';
const example = () => createRelationshipLogExample().data;
const rules = (data: RelationshipLogData) => relationshipLogRules(data, TODAY);
const byLabel = (data: RelationshipLogData, start: string) => rules(data).find((r) => r.label.startsWith(start))!;

describe('relationshipLogCompleteness: the L3L1 assessor guidance as rules', () => {
  it('meets every rule with the worked example, and says where each unmet rule comes from', () => {
    expect(rules(example()).every((r) => r.isMet)).toBe(true);
    const empty = rules(createEmptyRelationshipLog());
    expect(empty.filter((r) => r.isMet)).toEqual([]);
    expect(empty.every((r) => /^L3L1 assessor guidance, LO[12]/.test(r.source ?? '') && r.isGoodPractice !== true)).toBe(true);
  });

  it('needs three colleagues in different roles: two in the same role count once, and the link goes to the field to fix', () => {
    const data = example();
    data.people[2]!.role = ' regional SALES manager (my line manager) ';
    const rule = byLabel(data, 'The needs and expectations of at least 3 colleagues');
    expect(rule.isMet).toBe(false);
    expect(rule.detail).toMatch(/^2 of 3 colleagues in different roles/);
    data.people[2]!.role = 'Workplace design consultant';
    data.people[2]!.example = '';
    expect(byLabel(data, 'The needs and expectations of at least 3 colleagues').field).toBe('people.2.example');
  });

  it('needs two stakeholders, and a colleague and a stakeholder the learner works with now', () => {
    const data = example();
    data.people[4]!.kind = 'colleague';
    expect(byLabel(data, 'The needs and expectations of at least 2 other stakeholders').isMet).toBe(false);
    const ticks = example();
    ticks.people.forEach((p) => (p.isCurrent = p.kind === 'colleague'));
    const current = byLabel(ticks, 'The needs and expectations of at least one colleague and one stakeholder');
    expect(current.isMet).toBe(false);
    expect(current.field).toBe('people.3.isCurrent');
  });

  it('needs two relationships with different people, each with an entry dated no later than today', () => {
    const data = example();
    data.relationships[1]!.personId = 'ex-priya';
    expect(byLabel(data, 'At least 2 working relationships').isMet).toBe(false);
    const future = example();
    future.relationships[1]!.entries.forEach((e) => (e.date = '2026-12-24'));
    const rule = byLabel(future, 'At least 2 working relationships');
    expect(rule.isMet).toBe(false);
    expect(rule.field).toBe('relationships.1.entries.0.date');
  });

  it('needs a challenge with a colleague, not someone outside the organisation, and who can confirm it', () => {
    const data = example();
    data.challenges[0]!.personId = 'ex-helen';
    const rule = byLabel(data, 'A challenge in a relationship with a colleague');
    expect(rule.isMet).toBe(false);
    expect(rule.detail).toMatch(/^Helen Carter is outside the organisation/);
    expect(rule.field).toBe('challenges.0.personId');
    const unconfirmed = example();
    unconfirmed.challenges[0]!.confirmerRole = '';
    const confirm = byLabel(unconfirmed, 'Someone who can confirm');
    expect(confirm.isMet).toBe(false);
    expect(confirm.field).toBe('challenges.0.confirmerRole');
  });
});

describe('relationshipLogGoodPractice', () => {
  it('is all met by the worked example, and is in the checklist as good practice only, never counted', () => {
    expect(relationshipLogGoodPractice(example(), TODAY).every((r) => r.isMet && r.isGoodPractice === true && r.source?.startsWith('Good practice'))).toBe(true);
    const checklist = relationshipLogCompleteness(createEmptyRelationshipLog(), TODAY);
    expect(requiredRules(checklist)).toEqual(rules(createEmptyRelationshipLog()));
    expect(checklist.length).toBe(rules(createEmptyRelationshipLog()).length + relationshipLogGoodPractice(createEmptyRelationshipLog(), TODAY).length);
  });

  it('asks for evidence on two dates to show a relationship kept up', () => {
    const data = example();
    data.relationships[0]!.entries = data.relationships[0]!.entries.slice(0, 1);
    expect(relationshipLogGoodPractice(data, TODAY).find((r) => r.label.startsWith('Each relationship kept up'))?.isMet).toBe(false);
  });
});
