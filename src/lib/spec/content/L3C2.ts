import type { UnitContent } from '../unit-spec';

/** L3C2 Overcome Sales Objections: seed 003 lines 1110–1189 (table 1116–1126, guidance 1164).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3C2.ts.
 */
const L3C2: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'The typical barriers that exist between customers and sales professionals, e.g., lack of trust, misalignment of needs and preferences, personality clash, poor communication skills, limited product/service knowledge, time constraints and competing priorities, use of technical Jargon and complex terminology etc.',
        'The range of standard customer objections that should be considered to prepare for sales meetings, e.g., price, need/relevance, competitor comparison, trust/reliability, timing, risk/fear, previous experience, implementation complexity, Return on Investment (ROI), lack of Information/evidence etc.',
        'Why Customers raise objections and how these arise',
        'How to anticipate objections and the benefits of raising them before customers do',
        'The range of non-standard customer objections that should be considered to prepare for sales meetings, e.g., customization compatibility ethical/sustainability concerns scalability security/privacy support/service cultural fit regulatory compliance implementation timelines integration with existing systems etc.',
        'The reasons why it is important to prepare to respond to sales objections',
      ],
      guidance: [
        'Learners should explain at least three barriers that may occur between a sales professional and customers.',
        'They should describe at least three standard and one non-standard customer objections using examples.',
        'Learners must provide at least two reasons why it is important to prepare for potential customer objections considering the impact on the sales professional and the organisation.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: 'barriers between a sales professional and customers', quote: 'at least three barriers' },
        { criteria: ['1.2'], count: 3, what: 'standard customer objections, with examples', quote: 'at least three standard' },
        { criteria: ['1.2'], count: 1, what: 'non-standard customer objection, with an example', quote: 'one non-standard customer objections' },
        { criteria: ['1.3'], count: 2, what: 'reasons why it is important to prepare for potential customer objections', quote: 'at least two reasons' },
      ],
    },
    2: {
      indicativeContent: [
        'Why it is important to anticipate customer objections',
        'The actions that can be taken to prepare to deal with customers objections, e.g., identify the most common objections encountered in the organisation by reviewing previous sales interactions, consulting with colleagues, or conducting market research',
        'How to review customer objections raised in other sales conversations to identify common customer underlying concerns and motivations',
        'How to develop a response that addresses common customer underlying concerns and motivations',
        'The range of techniques that are used to create a positive mindset before sales meetings with customers to enhance the chances of success, e.g., visualisation, positive affirmations, goal setting, rehearsal, role play practice with colleagues, breathing and relaxation techniques, positive self-talk, positive mindset journaling, focusing on solutions etc.',
      ],
      guidance: [
        'Learners should prepare to deal with customer objections at sales meetings with at least two prospects. Evidence of preparation should be provided for assessment, such as planning notes, reviews of previous customer objections, colleague interactions etc.',
        'Learners should provide evidence of using at least two techniques to create a positive mindset when preparing themselves.',
      ],
      minimums: [
        { criteria: ['2.1', '2.2'], count: 2, what: 'prospects whose sales meetings are prepared for, with evidence of preparation', quote: 'at least two prospects' },
        { criteria: ['2.3'], count: 2, what: 'techniques used to create a positive mindset', quote: 'at least two techniques' },
      ],
    },
    3: {
      indicativeContent: [
        'How to use probing and challenging questions to extract the impact of customers main sales objections',
        'Ways to demonstrate respect for customer concerns',
        'How to actively listen and observe the customer to be able to respond appropriately to verbal and non-verbal buying signals',
        'How to explore customers issues and concerns, e.g., narrow down the issues that are causing concern, probe objections further, identify and prioritise concerns etc.',
        'How to differentiate between sincere and insincere objections',
        'The difference between objections and concerns; clarify how / where this sits in relation to the sale, etc.',
        'The typical and unusual customer objections and concerns that arise during sales meetings',
        'The legal, ethical, or regulatory issues related to sales negotiation and overcoming objections',
      ],
      guidance: [
        'Learners should use a wide range of open and probing questions to gain customer commitment during sales meetings with at least two prospects.',
        'The sales meetings should be observed by their line manager, or a trainer/tutor/coach/mentor and a record kept of what happened (with permission from the customer).',
        'In addition to questioning techniques, the observation record should also capture how the learner explored customer objections to identify and prioritise concerns with both customers, how they responded to both verbal and non-verbal buying signals, and how they confirmed ways to overcome objections with the customers.',
      ],
      minimums: [
        { criteria: ['3.1', '3.2', '3.3', '3.4'], count: 2, what: 'observed sales meetings with prospects', quote: 'at least two prospects' },
      ],
    },
  },
  corrections: [
    { line: 1149, reads: 'mi\tsalignment', reading: 'misalignment' },
    // The first LO1 bullet runs over a page break: the page footer (line 1151) falls inside it and is read as nothing.
    { line: 1151, reads: 'Specifications for Level 3 Qualifications in Executive Professional Sales', reading: '' },
  ],
};

export default L3C2;
