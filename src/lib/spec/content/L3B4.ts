import type { UnitContent } from '../unit-spec';

/** L3B4 Understand the Sales and Marketing Relationship: seed 003 lines 783–816 (table 789–796, guidance 811).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3B4.ts.
 */
const L3B4: UnitContent = {
  outcomes: {
    1: {
      // Line 803 interleaves the starts of the visual lines (left) with their rest (right); each bullet
      // below joins the two, recorded as a correction. The first bullet ("… structures and how sales and
      // marketing fit within the bigger picture, e.g., as a separate functions, as a merged department
      // etc.") has lost its opening words, so it is left out.
      indicativeContent: [
        'How sales and marketing activities relate to each other, e.g., lead generation, lead qualification, sales collateral and support, brand awareness and reputation, customer communication, nurturing prospects, feedback loop, customer retention etc.',
        'How sales and marketing impact on each other and the importance of the relationship',
        'The difference between a marketing orientation and a sales orientation',
        'The job titles of people who carry out sales roles, e.g., Sales Directors, Key account managers, Business Development Managers, Sales Executives etc.',
        'The key roles of sales professionals, e.g., face to face customer interaction, business development, account management, remote selling etc.',
        'The job titles of people who carry out marketing roles, e.g., Marketing Directors, Marketing Managers, Digital Marketing Managers, Marketing Assistants, Graphic Designers, Social Media Managers, Content Writers etc.',
        'The key roles of marketing professionals, e.g., market research, marketing campaigns, design-packaging, branding, website, promotions etc.',
      ],
      guidance: [
        'Learners should describe two organisational structures: one where sales and marketing are separate functions and one where they are merged into one department/function. At least three key sales activities should be explained in relation to a relevant sales job title/role, with workplace examples given to show how the activities support the success of the organisation. At least three key marketing activities should be explained in relation to one relevant marketing job title/role, with workplace examples given to show how the activities support the success of the organisation.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 2, what: 'organisational structures (sales and marketing separate; merged)', quote: 'describe two organisational structures' },
        { criteria: ['1.2'], count: 3, what: 'key sales activities, with workplace examples', quote: 'At least three key sales activities' },
        { criteria: ['1.3'], count: 3, what: 'key marketing activities, with workplace examples', quote: 'At least three key marketing activities' },
        { criteria: ['1.3'], count: 1, what: 'marketing job title/role the activities relate to', quote: 'one relevant marketing job title/role' },
      ],
    },
    2: {
      indicativeContent: [
        'The benefits of collaboration between sales and marketing functions, e.g., sense of common purpose, delivering customer satisfaction etc.',
        'The types of collaboration and support that are effective between sales and marketing teams, e.g., share information to promote understanding, regular communication, feedback etc.',
        'The types of conflict that arise between sales and marketing staff, e.g., misunderstanding of roles and overlaps, duplication of activities, sales seen as a marketing activity, customer confusion about point of contact, lack of effective communication etc.',
        'The organisational consequences when sales and marketing do not collaborate, e.g., misalignment of goals, poor lead quality, inconsistent messaging, missed opportunities, reduced effectiveness, lack of customer-centricity, internal conflicts/blame game, decreased revenue and market share etc.',
      ],
      guidance: [
        'Learners should evaluate the benefits of sales and marketing team collaboration by researching examples from different organisations (ideally including their own). At least three benefits of collaboration should be identified. At least two types of support activities should be described, one where the sales team support marketing activities/objectives and one where the marketing team support sales objectives. Learners should explain at least three factors that cause conflict between sales and marketing teams and how these can be overcome. At least two organisational consequences of the impact of poor collaboration should be provided with supporting examples.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 3, what: 'benefits of collaboration', quote: 'At least three benefits of collaboration' },
        { criteria: ['2.2'], count: 2, what: 'types of support activity (sales supporting marketing; marketing supporting sales)', quote: 'At least two types of support activities' },
        { criteria: ['2.3'], count: 3, what: 'factors that cause conflict, with how to overcome them', quote: 'at least three factors that cause conflict' },
        { criteria: ['2.4'], count: 2, what: 'organisational consequences of poor collaboration, with examples', quote: 'At least two organisational consequences' },
      ],
    },
  },
  corrections: [
    {
      line: 803,
      reads: 'marketing activities relate to each other, e.g., lead generation, lead ales collateral and support, brand awareness and reputation, munication, nurturing prospects, feedback loop, customer retention',
      reading: 'How sales and marketing activities relate to each other, e.g., lead generation, lead qualification, sales collateral and support, brand awareness and reputation, customer communication, nurturing prospects, feedback loop, customer retention etc.',
    },
    {
      line: 803,
      reads: 'marketing impact on each other and the importance of the',
      reading: 'How sales and marketing impact on each other and the importance of the relationship',
    },
    {
      line: 803,
      reads: 'between a marketing orientation and a sales orientation',
      reading: 'The difference between a marketing orientation and a sales orientation',
    },
    {
      line: 803,
      reads: 'f people who carry out sales roles, e.g., Sales Directors, Key account iness Development Managers, Sales Executives etc.',
      reading: 'The job titles of people who carry out sales roles, e.g., Sales Directors, Key account managers, Business Development Managers, Sales Executives etc.',
    },
    {
      line: 803,
      reads: 'of sales professionals, e.g., face to face customer interaction, opment, account management, remote selling etc.',
      reading: 'The key roles of sales professionals, e.g., face to face customer interaction, business development, account management, remote selling etc.',
    },
    {
      line: 803,
      reads: 'f people who carry out marketing roles, e.g., Marketing Directors, nagers, Digital Marketing Managers, Marketing Assistants, Graphic ial Media Managers, Content Writers etc.',
      reading: 'The job titles of people who carry out marketing roles, e.g., Marketing Directors, Marketing Managers, Digital Marketing Managers, Marketing Assistants, Graphic Designers, Social Media Managers, Content Writers etc.',
    },
    { line: 812, reads: 'one where sales and marketing separate functions', reading: 'one where sales and marketing are separate functions' },
    { line: 812, reads: 'support the succes the organisation', reading: 'support the success of the organisation' },
    { line: 812, reads: 'show how the activities the organisation', reading: 'show how the activities support the success of the organisation' },
  ],
};

export default L3B4;
