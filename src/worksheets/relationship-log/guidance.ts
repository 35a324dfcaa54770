/**
 * Prompts for each section of the relationship log, from unit L3L1 (Developing Relationships, seed
 * 003 lines 1639–1680). The assessor guidance and indicative content are quoted from the unit's
 * content module, so they are the spec's words; the short prompts around them are the toolkit's own.
 */
import L3L1Content from '../../lib/spec/content/L3L1';
import { criteriaOf } from '../../lib/spec/criteria';
import L3L1 from '../../lib/spec/units/L3L1';
import { indicativeBullet } from '../../lib/spec/indicative-bullet';
import type { GuidanceQuote } from '../../ui/AssessorNeeds';

/** The spec's indicative content bullet for an LO that starts with these words. */
const specBullet = (outcome: 1 | 2, startsWith: string) => indicativeBullet(L3L1Content, 'L3L1', outcome, startsWith);

/** Where each rule comes from, as ChecklistItem.source words it. */
export const LO1_GUIDANCE = 'L3L1 assessor guidance, LO1 (spec line 1678)';
export const LO2_GUIDANCE = 'L3L1 assessor guidance, LO2 (spec line 1679)';

/** Each completeness rule's source, quoted: the checklist's rules are these and nothing else. */
export const RULE_SOURCES = {
  colleagues: {
    quote: 'Learners should describe the typical needs and expectations of at least three different colleagues who perform different roles in a sales team with supporting examples.',
    where: LO1_GUIDANCE,
  },
  stakeholders: { quote: 'At least two stakeholders should be covered when explaining the needs and expectations of others', where: LO1_GUIDANCE },
  current: {
    quote: 'Learners should identify the needs and expectations of at least one colleague and one stakeholder that they are currently working with.',
    where: LO2_GUIDANCE,
  },
  relationships: {
    quote: 'Evidence should be provided that demonstrates that at least two relationships are productive and professional, e.g., copies of email correspondence, successful sales because of joint working etc.',
    where: LO2_GUIDANCE,
  },
  challenge: {
    quote: 'Learners must give at least one example of experiencing challenges in a relationship with a colleague and detail the actions that they took to resolve the situation.',
    where: LO2_GUIDANCE,
  },
  confirmation: {
    quote: 'Supporting evidence should confirm that the situation took place, e.g., a confirmation from their line manager, a supporting paragraph from the colleagues etc.',
    where: LO2_GUIDANCE,
  },
  /** Not a rule here: AC 2.2 is not claimed by the log, and the PDF says what it needs instead. */
  pressure: {
    quote: 'They should provide evidence that they perform under pressure as part of a team, e.g., project plans, meeting deadlines, witness testimony from colleagues, summaries of challenges faced and how they were overcome successfully etc.',
    where: LO2_GUIDANCE,
  },
} as const satisfies Record<string, GuidanceQuote>;

export type RuleId = keyof typeof RULE_SOURCES;

/** The indicative content each section quotes. */
export const SPEC_CONTENT = {
  range: specBullet(1, 'The range of colleagues'),
  identify: specBullet(1, 'How to identify different stakeholders'),
  analysis: specBullet(1, 'How to conduct a stakeholder analysis'),
  trust: specBullet(1, 'The importance of establishing trust'),
  typical: specBullet(2, 'Typical needs and expectations'),
  align: specBullet(2, 'How to explore and align mutual needs'),
  meeting: specBullet(2, 'Ways of meeting the needs and expectations of others'),
  checking: specBullet(2, 'Ways of checking that the needs'),
  notPossible: specBullet(2, 'Ways of managing relationships where it is not possible'),
  resolve: specBullet(2, 'How to approach and resolve challenges'),
} as const;

export const PEOPLE_PROMPT =
  'List the people you work with to make sales: at least three colleagues in different roles in your sales team, and at least two other stakeholders, inside or outside the organisation. For each, say what they need from you, what they expect, and give an example from your work. Tick those you work with now.';

export const PERSON_HINTS = {
  name: 'A first name, or initials if you would rather not name them.',
  role: 'Their job, e.g. sales manager, account manager, sales administrator, technical specialist, finance, a customer’s buyer.',
  needs: 'What they need from you to do their job, e.g. accurate forecasts, orders entered correctly, early warning of a large order.',
  expectations: 'How they expect you to work with them, e.g. replies the same day, no surprises, credit checks before quoting.',
  example: 'A time this showed, e.g. “When I passed on a rushed order without the delivery address, the warehouse missed the van.”',
} as const;

export const MAP_PROMPT =
  'Rate each person for how much influence they have over your sales and how much interest they take in your work, then say how the relationship stands and how you will communicate with them. The map splits each scale at 3: 3 to 5 is high.';

export const RELATIONSHIPS_PROMPT =
  'Choose at least two people you have built a productive, professional working relationship with. For each, log what you did, dated, with the evidence an assessor can see: an email, a sale you made together, meeting notes, their feedback.';

export const ENTRY_HINTS = {
  whatIDid: 'What you did to build or keep the relationship, e.g. “Agreed a weekly call to check stock before I promise dates.”',
  evidence: 'What the evidence is and where the assessor will find it, e.g. “Email thread with Priya, 3–5 October, portfolio item E4.”',
  outcome: 'What came of it, e.g. “Order of 40 desks delivered on time; Priya now flags stock problems to me first.”',
} as const;

export const CHALLENGE_PROMPT =
  'Describe a time a working relationship with a colleague became difficult: what happened, what you did to resolve it, and how it turned out. Name someone who can confirm it took place: your line manager or the colleague. They sign the printed copy.';

export const CHALLENGE_HINTS = {
  situation: 'What happened and why it was difficult, e.g. needs or expectations that clashed.',
  actions: 'What you did, step by step, e.g. asked to talk in private, listened, explained the customer’s deadline, agreed a new way of working, told your manager.',
  outcome: 'How it turned out for you, the colleague and the customer.',
  learned: 'What you would do the same or differently next time.',
  confirmerStatement: 'Their own words, if they give them now; otherwise leave this empty and they write on the printed copy.',
} as const;

/**
 * Why the log leaves AC 2.2 to other evidence, in words the learner reads (shown on the log's first
 * page and printed in the PDF): the guidance asks for evidence of how they performed under pressure
 * ("project plans, meeting deadlines, witness testimony from colleagues …"), which a log the learner
 * writes about their relationships cannot be.
 */
/** AC 2.2 in the spec's words, the one AC of L3L1 the log leaves to other evidence. */
export const NOT_COVERED_AC = criteriaOf(L3L1, ['2.2'])[0]!;

export const NOT_COVERED_WHY =
  'Why: the assessor needs evidence of how you actually performed under pressure with your team, such as project plans, deadlines you met, or witness testimony from colleagues. A log you write about your working relationships cannot show that on its own, so keep that evidence in your portfolio as well.';

/** What the assessor needs beyond this log, by AC, from the guidance: printed at the top of the PDF. */
export const OTHER_EVIDENCE = [
  'AC 2.3: attach the evidence each entry names (copies of email correspondence, records of sales made by working together), as the assessor guidance asks.',
  'AC 2.4: the supporting evidence is the confirmation at the end of this log, signed by the person named, or a paragraph they write themselves.',
  `AC ${NOT_COVERED_AC.code} (${NOT_COVERED_AC.text}) is not evidenced by this log. ${NOT_COVERED_WHY}`,
] as const;
