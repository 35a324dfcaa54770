import type { UnitContent } from '../unit-spec';

/** L3C1 Prospect for New Business: seed 003 lines 1023–1109 (table 1029–1044, guidance 1095; the guidance is numbered 4. and 5. for LO1 and LO2).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3C1.ts.
 */
const L3C1: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'How to identify potential sales leads, e.g., networking, sector information, marketing, internet, trade journals. social media, creating a personal brand, engage with relevant online groups, blogs etc.',
        'How to develop Ideal Customer Profile(s), and why they are important',
        'How to use qualification criteria to move suspects to prospects',
        'The relevant information to document during the qualifying process, e.g., use of customer relationship management (CRM) system or other method for systematic approach',
        'Awareness of Data Protection legislation, e.g., GDPR',
        'How conversation rates are calculated',
        'How conversation rates are used when prospecting for new business, e.g., lead generation, outreach evaluation, sales funnel analysis, targeting and segmentation, optimisation and experimentation, ROI etc.',
        'How to establish account potential',
        'The approaches and stages used to convert prospects from cold to warm, e.g., effective questioning, exploiting opportunities for further contact, sharing information, follow-up calls, gaining appropriate commitments, using joint diaries, persistence, dealing with rejection, securing agreement etc.',
        'The best way to ask questions and qualify answers based on prepared research',
        'How to research and understand the key individuals within the decision-making unit (DMU), the buying process operating within the account',
        'Ways to identify and access the right person/decision makers, e.g., effective methods that can be used for contacting different types of customers etc.',
        'How to approach gatekeepers, e.g., using shared connections/introductions on Linked-in etc.',
        'The importance of establishing relationships with multiple contacts in some selling situations',
      ],
      guidance: [
        'Learners should describe at least three ways to identify potential sales leads, giving workplace examples to support their points. They should explain at least three criteria that could be used to assess prospects, giving examples of how these are used to qualify prospects. Learners should provide at least two examples of how conversion rates are used during prospecting. They should explain three methods that can be used to convert cold prospects to warm prospects. At least three ways of how to obtain access to the people responsible for buying decisions should be described.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: 'ways to identify potential sales leads, with workplace examples', quote: 'at least three ways to identify potential sales leads' },
        { criteria: ['1.2'], count: 3, what: 'criteria to assess prospects, with examples of qualifying prospects', quote: 'at least three criteria' },
        { criteria: ['1.3'], count: 2, what: 'examples of how conversion rates are used during prospecting', quote: 'at least two examples' },
        { criteria: ['1.4'], count: 3, what: 'methods to convert cold prospects to warm prospects', quote: 'three methods' },
        { criteria: ['1.5'], count: 3, what: 'ways to obtain access to the people responsible for buying decisions', quote: 'At least three ways of how to obtain access' },
      ],
    },
    2: {
      indicativeContent: [
        'How to identify and collect customer information in preparation for sales meetings',
        "How to match the organisation's products and services to prospects business needs",
        'How to pursue opportunities to arrange sales meetings, e.g., follow-up calls, gaining appropriate commitments, using joint diaries, working on multiple contact points to help raise awareness of goods and services within the prospect business, etc.',
        'How to formally confirm a sales meeting with prospects',
        'How to prepare a dialogue framework including the questions to ask to find the information needed, product/service features and benefit statements',
        'The ways that a range of questions need to be prepared and why each type is important, e.g., open, closed, probing questions. Demonstrate value. Commitment questions. Potential customer concerns.',
      ],
      guidance: [
        "Learners should identify and confirm at least two prospects who are interested in their organisation's products and/or services.",
        "They should arrange sales meetings with both prospects and prepare for them in advance. Evidence of preparation should be provided for the assessment, including a match of the organisation's products and/or services to each prospects business needs.",
        "Learners should prepare a dialogue framework (including questions) for the two meetings that is customised to each of the prospects' business needs and individual preferences.",
      ],
      minimums: [
        { criteria: ['2.1', '2.2', '2.3'], count: 2, what: 'interested prospects, each with a sales meeting arranged and products/services matched to their needs', quote: 'at least two prospects' },
        { criteria: ['2.4'], count: 2, what: 'dialogue frameworks, one customised to each meeting', quote: 'for the two meetings' },
      ],
    },
  },
  corrections: [
    // The extraction interleaves a cut-off copy of the content column ("How to", "market", "engage") at the start of these lines.
    { line: 1061, reads: 'market\tmarketing,', reading: 'marketing,' },
    { line: 1062, reads: 'engage\tengage with', reading: 'engage with' },
  ],
};

export default L3C1;
