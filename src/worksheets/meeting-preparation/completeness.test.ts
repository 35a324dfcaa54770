import { describe, expect, it } from 'vitest';
import { meetingPreparationCompleteness, meetingPreparationGoodPractice } from './completeness';
import { createMeetingPreparationExample } from './example';
import { createEmptyMeetingPreparation, type MeetingPreparationData } from './model';

const example = () => createMeetingPreparationExample().data;
const find = (items: ReturnType<typeof meetingPreparationCompleteness>, label: RegExp) => {
  const found = items.find((item) => label.test(item.label));
  if (!found) throw new Error(`No rule ${label}`);
  return found;
};
const rules = (data: MeetingPreparationData) => meetingPreparationCompleteness(data).filter((i) => !i.isGoodPractice);
const rule = (data: MeetingPreparationData, label: RegExp) => find(rules(data), label);
const goodPractice = (data: MeetingPreparationData, label: RegExp) => find(meetingPreparationGoodPractice(data), label);

describe('the assessor guidance as completeness rules', () => {
  it('meets every rule and all the good practice with the worked example, and none with a blank document', () => {
    expect(meetingPreparationCompleteness(example()).filter((i) => !i.isMet)).toEqual([]);
    expect(meetingPreparationCompleteness(createEmptyMeetingPreparation()).filter((i) => i.isMet)).toEqual([]);
    expect(rules(example())).toHaveLength(8);
    expect(meetingPreparationGoodPractice(example())).toHaveLength(4);
  });

  it('names the AC each rule evidences, and says where each comes from', () => {
    const items = rules(createEmptyMeetingPreparation());
    for (const code of ['2.1', '2.2', '2.3', '2.4']) expect(items.some((i) => i.label.includes(`AC ${code}`))).toBe(true);
    expect(items.filter((i) => i.source === 'L3C1 assessor guidance, LO2')).toHaveLength(7);
    expect(items[0]).toMatchObject({ source: 'L3C1 AC 2.3', detail: 'Name the organisation. Say what products or services it offers.' });
  });

  it('asks for two prospects identified, each named, with who you deal with and the lead’s source', () => {
    const data = example();
    data.prospects[1]!.leadSource = '';
    expect(rule(data, /prospects identified/)).toMatchObject({
      isMet: false,
      detail: '1 of 2 prospects. Ashby & Cole Logistics Ltd: give the prospect’s name, who you deal with there and where the lead came from.',
      field: 'prospects.1.leadSource',
    });
    // Interest is confirmed for a prospect identified; a later section's work counts on its own page.
    expect(rule(data, /interest confirmed/).isMet).toBe(false);
    expect(rule(data, /^A sales meeting arranged/).isMet).toBe(true);
  });

  it('links a rule to its field only when one field would meet it', () => {
    const data = example();
    data.prospects[0]!.interestMethod = '';
    data.prospects[0]!.interest = '';
    expect(rule(data, /interest confirmed/).field).toBeUndefined();
    data.prospects[0]!.interest = 'Asked for samples';
    expect(rule(data, /interest confirmed/).field).toBe('prospects.0.interestMethod');
  });

  it('asks for a dated, confirmed meeting with both, and does not count a confirmation dated after the meeting', () => {
    const data = example();
    data.prospects[0]!.meeting.confirmedDate = '2026-10-07';
    expect(rule(data, /^A sales meeting arranged/)).toMatchObject({ isMet: false, field: 'prospects.0.meeting.confirmedDate' });
    data.prospects[0]!.meeting.confirmedDate = '2026-10-06';
    expect(rule(data, /^A sales meeting arranged/).isMet).toBe(true);
    data.prospects[1]!.meeting.confirmedHow = '';
    expect(rule(data, /^A sales meeting arranged/)).toMatchObject({ isMet: false, field: 'prospects.1.meeting.confirmedHow' });
  });

  it('counts a meeting set before the prospect’s interest was confirmed as not yet arranged', () => {
    const data = example();
    data.prospects[1]!.interestDate = '2026-10-09';
    expect(rule(data, /^A sales meeting arranged/)).toMatchObject({ isMet: false, field: 'prospects.1.meeting.date' });
  });

  it('asks for a need matched for each prospect with the product or service and the benefit', () => {
    const data = example();
    for (const m of data.prospects[1]!.matches) m.benefit = ' ';
    expect(rule(data, /matched to each prospect’s business needs/)).toMatchObject({ isMet: false, detail: expect.stringContaining('1 of 2 prospects. Ashby & Cole Logistics Ltd: match') });
    data.prospects[1]!.matches = [];
    expect(rule(data, /matched to each prospect’s business needs/).isMet).toBe(false);
  });

  it('asks for a framework per meeting with a question of a named kind and presentation points, customised, and prepared in advance', () => {
    const data = example();
    data.prospects[0]!.framework.questions.forEach((q) => (q.type = ''));
    expect(rule(data, /^A dialogue framework for each meeting/)).toMatchObject({ isMet: false, field: 'prospects.0.framework.questions.0.type' });

    const plain = example();
    plain.prospects[0]!.framework.preferences = '';
    expect(rule(plain, /customised to the prospect’s business needs and individual preferences/)).toMatchObject({ isMet: false, field: 'prospects.0.framework.preferences' });

    const late = example();
    late.prospects[1]!.framework.preparedDate = '2026-10-09';
    expect(rule(late, /prepared for in advance/)).toMatchObject({ isMet: false, field: 'prospects.1.framework.preparedDate' });
    late.prospects[1]!.framework.preparedDate = '2026-10-08';
    expect(rule(late, /prepared for in advance/).isMet).toBe(true);
  });

  it('keeps what the spec does not ask for as good practice, never a rule', () => {
    const data = example();
    data.prospects.forEach((p) => {
      p.dmu = '';
      p.framework.questions = p.framework.questions.slice(0, 1);
      p.framework.close = '';
      p.matches.forEach((m) => (m.evidence = ''));
    });
    expect(rules(data).filter((i) => !i.isMet)).toEqual([]);
    expect(goodPractice(data, /decision-making unit/).isMet).toBe(false);
    expect(goodPractice(data, /questions of at least 3 kinds/).isMet).toBe(false);
    expect(goodPractice(data, /an opening, the likely objections, a close/).isMet).toBe(false);
    expect(goodPractice(data, /how you know of it/).isMet).toBe(false);
    for (const i of meetingPreparationGoodPractice(data)) {
      expect(i).toMatchObject({ isGoodPractice: true, source: expect.stringMatching(/^Good practice, not set by the specification: /) });
      expect(i.label.startsWith('Good practice: ')).toBe(true);
    }
  });
});
