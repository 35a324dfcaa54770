import type { UnitContent } from '../unit-spec';

/** L4B6 Use Digital Technologies: seed 003 lines 898–962 (table 904–915, guidance 949).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L4B6.ts.
 */
const L4B6: UnitContent = {
  outcomes: {
    1: {
      // Lines 935–941 lost the starts of most bullets; only the one below can be read whole. Left out:
      // "The range of technology available to support the sales process, e.g., hardware, software, ap… DS,"
      // (the rest lost), "…echnology to create documents, presentations, spreadsheets, etc.", "…chnology can
      // provide data to support decision making" and "…ween technology use and improved productivity, e.g.,
      // workflow management systems, instant messaging etc." (their opening words lost).
      indicativeContent: ['How to run virtual meetings using video technology'],
      guidance: [
        'Learners should analyse at least three types of technology that is used in the sales process.',
        'They should explain how digital technology:',
        'supports record keeping and reporting, giving at least two examples',
        'supports analysis and decision making.',
        'In their assessment learners should identify at least three ways that technology improves the productivity of a sales professional.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: 'types of technology used in the sales process', quote: 'at least three types of technology' },
        { criteria: ['1.2'], count: 2, what: 'examples of technology supporting record keeping and reporting', quote: 'giving at least two examples' },
        { criteria: ['1.4'], count: 3, what: 'ways technology improves a sales professional’s productivity', quote: 'at least three ways that technology improves' },
      ],
    },
    2: {
      // Line 942 ("…gy tools/apps that support the sales process at each stage, e.g., lead generation tools,
      // social media, customer demonstrations etc.") lost its opening words, so that bullet is left out.
      indicativeContent: [
        'The features of different Customer Relationship Management (CRM) systems, their purpose, how they operate, and the benefits of a well-managed system',
      ],
      guidance: [
        'Learners should evidence using a Customer Relationship Management system (CRM) and at least two other types of digital technologies over at least a six-week period.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 2, what: 'other types of digital technology used, besides a CRM system', quote: 'at least two other types of digital technologies' },
        { criteria: ['2.1', '2.2'], count: 6, what: 'weeks of evidenced use', quote: 'at least a six-week period' },
      ],
    },
    3: {
      indicativeContent: [
        'How to evaluate different technologies to understand their features and identify their potential for a sales team to use',
      ],
      guidance: [
        'The evaluation should cover both appropriateness and effectiveness of the tools used in LO2 and address both their own perspective and that of their organisation.',
      ],
      minimums: [],
    },
  },
  corrections: [
    { line: 905, reads: 'Inderstand how digital echnology supports the ales process', reading: 'Understand how digital technology supports the sales process' },
    { line: 907, reads: 'decision- making', reading: 'decision-making' },
    { line: 909, reads: 'Be e able', reading: 'Be able' },
    {
      line: 910,
      reads: 'Use Customer Relationship Management (CRM) systems to',
      reading: '(2.2: the table prints this second AC of LO2 without its code) Use Customer Relationship Management (CRM) systems to',
    },
    { line: 937, reads: 'How to run v irtual meetings', reading: 'How to run virtual meetings' },
    { line: 946, reads: 'How to evaluate ate different technologies', reading: 'How to evaluate different technologies' },
    { line: 950, reads: 'used in the sale', reading: 'used in the sales process.' },
  ],
};

export default L4B6;
