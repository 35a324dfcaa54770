import type { UnitContent } from '../unit-spec';

/** L3B2 Understand Organisations: seed 003 lines 695–742 (table 701–711, guidance 733).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3B2.ts.
 */
const L3B2: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'The UK legal forms for organisations, e.g., sole trader, partnership, limited company, public sector organisation, charity, community interest company, workers cooperative etc.',
        'The different types of organisation structure, e.g., hierarchical, matrix and flat',
        'The operational functions within organisations, e.g., sales, marketing, communications, human resources, finance, production, customer service etc',
        'The formal and informal organisational relationships between the sales function and other functions',
        'Sales roles and responsibilities within organisational structures, e.g., telesales, field sales, sales team leader, sales manager, sales leader, senior sales leader, head of sales, sales director etc.',
      ],
      guidance: [
        'Learners should describe at least three legal forms for organisations. They should explain at least four different operational functions and outline how the sales function relates to each one, giving examples to support their points. Learners must describe the roles and responsibilities of sales professionals at three different levels of organisations.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: 'legal forms for organisations', quote: 'at least three legal forms' },
        { criteria: ['1.2', '1.3'], count: 4, what: 'operational functions, each with how sales relates to it', quote: 'at least four different operational functions' },
        { criteria: ['1.4'], count: 3, what: 'levels of the organisation', quote: 'at three different levels' },
      ],
    },
    2: {
      indicativeContent: [
        'The different internal forces that impact on an organisation, e.g., leadership, organisational structure, culture, employees, workforce dynamics, internal communication, policies and procedures, resources and infrastructure, strategy, change management practices etc.',
        'The different external forces that impact on an organisation, e.g., economic, technological, political and legal, social and cultural environmental, competitive, demographic, supplier and vendor relationships, global etc.',
        'What a PESTLE analysis is and why it is used',
        'How to conduct a PESTLE analysis',
      ],
      guidance: [
        'Learners should describe at least three internal and three external forces that impact on organisations. A PESTLE analysis should be conducted for one organisation. This may be the organisation that they work for, or a case study organisation provided by the centre.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 3, what: 'internal forces', quote: 'at least three internal' },
        { criteria: ['2.2'], count: 3, what: 'external forces', quote: 'three external forces' },
        { criteria: ['2.3'], count: 1, what: 'organisation analysed with PESTLE', quote: 'conducted for one organisation' },
      ],
    },
  },
  corrections: [
    { line: 722, reads: 'the sales functior and', reading: 'the sales function and' },
    { line: 722, reads: 'telesales, f sales', reading: 'telesales, field sales' },
    { line: 722, reads: 'head or sales', reading: 'head of sales' },
    {
      line: 723,
      reads: 'structure, cult organisational\tprces that impact on an organisation, e.g., leadership, organisational ure,',
      reading: 'The different internal forces that impact on an organisation, e.g., leadership, organisational structure, culture,',
    },
  ],
};

export default L3B2;
