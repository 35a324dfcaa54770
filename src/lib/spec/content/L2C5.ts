import type { UnitContent } from '../unit-spec';

/** L2C5 Understanding Customer Service: seed 003 lines 965–1022 (table 971–979, guidance 1003).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L2C5.ts.
 */
const L2C5: UnitContent = {
  outcomes: {
    1: {
      // Line 986 prints a clipped copy of the start of each line before the full text; the full text is
      // used. "self0serive portals" is as printed.
      indicativeContent: [
        'The range of systems and related processes that are used for customer service delivery in organisations, e.g., Customer Relationship Management (CRM) systems, communication channels (phone, email, live chat, social media, self0serive portals, in person), customer service training programmes, Standard Operating Procedures (SOPs), Service Level Agreements (SLAs), feedback collection and analysis, escalation and issue resolution procedures etc.',
        'The methods that organisations measure their customer service, e.g., performance metrics such as average response time, customer satisfaction scores, first-call resolution rate, customer retention rate, and Net Promoter Score (NPS) etc.',
      ],
      guidance: [
        'Learners should describe at least two organisational systems and related processes for delivering customer service.',
        'They should outline at least three methods that organisations use to measure their customer service giving an example for each.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 2, what: 'organisational systems and related processes', quote: 'at least two organisational systems' },
        { criteria: ['1.2'], count: 3, what: 'methods of measuring customer service, with an example each', quote: 'at least three methods that organisations use to measure' },
      ],
    },
    2: {
      indicativeContent: [
        'How to ensure that promises to customers are balanced with the needs of the organisation',
        'The service standards within different organisations',
        'The importance of being realistic in promises to customers and the consequences of overpromising',
        'The different techniques used by sales professionals to provide consistent customer service throughout the sales process, e.g., clear communication, active listening, relationship building, needs assessment, relevant product/service knowledge to be able to respond to queries, consultative selling techniques, timely follow-up, problem-solving etc.',
        'How to recognise when customer requirements have changed',
        'How and when to adapt the product/service to meet changes in customer requirements',
      ],
      guidance: [
        'Learners should provide at least two examples of why promises to customers should be realistic.',
        'At least three techniques that are used by sales professionals to provide consistent customer service should be described.',
        "Learners should describe at least two ways that sales professionals can recognise when customers' requirements have changed, giving examples of the action that should be taken to adapt the service/product.",
      ],
      minimums: [
        { criteria: ['2.1'], count: 2, what: 'examples of why promises to customers should be realistic', quote: 'at least two examples' },
        { criteria: ['2.2'], count: 3, what: 'techniques for consistent customer service', quote: 'At least three techniques' },
        { criteria: ['2.3'], count: 2, what: 'ways to recognise changed customer requirements, with the action to take', quote: 'at least two ways that sales professionals can recognise' },
      ],
    },
    3: {
      indicativeContent: [
        'The methods that organisations use to gather feedback about customer satisfaction, e.g., surveys, Net Promoter Score (NPS), interviews, focus groups, social media monitoring, online reviews/ratings, customer support tickets, complaints, success metrics (retention rates, renewal rates, upsell/cross-sell rates) etc.',
        'Why it is important to regularly review customer feedback to make data driven decisions, e.g., to identify potential areas of product/service improvements, to increase understanding of the target market, to gauge customer satisfaction, to build customer loyalty etc.',
        'How to contribute to improvements to customer service',
        'The ways that information can be shared with colleagues to maintain and improve service delivery, e.g., meetings, emails, instant messaging, updating customer relationship management (CRM) system, wikis/knowledge bases',
        'Why it is important to collaborate with colleagues to maintain and improve service delivery standards',
      ],
      guidance: [
        'Learners should describe at least three methods that organisations may use to check that customer expectations have been met.',
        'At least two ways that potential improvements to service delivery should be outlined.',
        'At least two ways of sharing information with colleagues to maintain and improve service delivery standards should be specified, with examples of how each may work in practice.',
      ],
      minimums: [
        { criteria: ['3.1'], count: 3, what: 'methods to check customer expectations have been met', quote: 'at least three methods that organisations may use to check' },
        { criteria: ['3.2'], count: 2, what: 'ways to identify potential improvements to service delivery', quote: 'At least two ways that potential improvements' },
        { criteria: ['3.3'], count: 2, what: 'ways of sharing information with colleagues, with examples', quote: 'At least two ways of sharing information' },
      ],
    },
  },
  corrections: [],
};

export default L2C5;
