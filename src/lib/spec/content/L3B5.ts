import type { UnitContent } from '../unit-spec';

/** L3B5 Access and Analyse Sales Information: seed 003 lines 817–897 (table 823–842, guidance 889).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3B5.ts.
 */
const L3B5: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'The reasons why organisations need up-to date information, e.g., to understand and guide sales strategy, to enforce sales objectives, to identify where sales team time and activities should be focused etc.',
        'The importance of information to help the sales professional understand the markets they are selling into and the volume, mix and value of products/services they sell, etc.',
        'Data veracity – how to check the quality of data for accuracy and currency, e.g., where the data has been collected from, how it was collected, and how it will be analysed',
        'The importance of data storage against data protection, legal, ethical, and organisational considerations',
        'Organisational policies on data storage and security',
        'How sales related information is protected, stored, and managed',
        'The legal and ethical issues around the use of sales-related information',
      ],
      // One paragraph, split by a page break (lines 890 and 894).
      guidance: [
        'Learners should provide at least three reasons why organisations require up-to-date sales information with supporting examples. They should describe how to access at least one internal source of information and one external with details of the types of information that each of the sources can provide. Learners should explain the importance of checking data for accuracy and currency, giving two examples of what may happen if inaccurate information is used during the sales process. Their explanation of how to store sales information should cover the process involved and address why this is safe and secure.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: 'reasons organisations need up-to-date sales information, with examples', quote: 'at least three reasons' },
        { criteria: ['1.2'], count: 1, what: 'internal source of information, how to access it', quote: 'at least one internal source of information' },
        { criteria: ['1.2'], count: 1, what: 'external source of information, how to access it', quote: 'and one external' },
        { criteria: ['1.3'], count: 2, what: 'examples of what may happen if inaccurate information is used', quote: 'giving two examples' },
      ],
    },
    2: {
      // Line 866 ("2 How to establish and manage information systems") carries a stray "2" before LO2's
      // "2." on line 867; it is taken as LO2's first bullet.
      indicativeContent: [
        'How to establish and manage information systems',
        'How to identify relevant information, on sector, competitors, own organisation policies, customers and product knowledge',
        'Sources of information, e.g., sector bodies, industry bodies, sector magazines, internet, companies house, networking events, colleagues, competitor websites, competitor sales brochures etc.',
        'The importance of review and verification of information to check data veracity',
        "How to add relevant information to an organisation's database/CRM",
        'How to check the reliability of information, e.g., trustworthiness, sufficiency, relevance, validity etc.',
        'How to identify the benefits and risks of using each source',
        'The limitations of sales related information',
      ],
      guidance: [
        'Learners should define at least three pieces of information that are required for their analysis of markets, customers and competitors for their organisation. They should use their definition of requirements to identify at least five potential sources of information that could be used. These should be assessed for reliability to assess the best three sources. Learners should gather information about markets, customers and competitors for their organisation from these three sources. This should be documented in a structured manner to present as evidence.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 3, what: 'pieces of information required for the analysis', quote: 'at least three pieces of information' },
        { criteria: ['2.2'], count: 5, what: 'potential sources of information', quote: 'at least five potential sources' },
        { criteria: ['2.3'], count: 3, what: 'best sources, chosen by reliability', quote: 'the best three sources' },
        { criteria: ['2.4'], count: 3, what: 'sources the information is gathered from', quote: 'from these three sources' },
      ],
    },
    3: {
      indicativeContent: [
        'The external and internal tools and methods that can be used to understand sales related information',
        'How to ensure the accuracy of information, e.g., by cross examining the value of information provided',
        'How to use relevant software packages for analysing and communicating sales-related information',
        'How to identify trends in sales related data',
        'How to assess the value of the information against the sales strategy',
        'How to identify the target audience level for each category of sales-related information and communicate it effectively to meet their needs',
        'The methods that can be used to communicate data as coherent sales intelligence',
      ],
      guidance: [
        'Learners should use at least two tools and methods to analyse the information that they have gathered for LO2. At least six trends and patterns should be identified, two related to markets, two related to customers and two related to competitors. Learners should communicate their findings to two different target audiences at different levels, e.g., a summary for their manager, an email to their peers.',
      ],
      minimums: [
        { criteria: ['3.1'], count: 2, what: 'tools and methods used to analyse the information', quote: 'at least two tools and methods' },
        { criteria: ['3.2'], count: 6, what: 'trends and patterns identified', quote: 'At least six trends and patterns' },
        { criteria: ['3.2'], count: 2, what: 'trends or patterns related to markets', quote: 'two related to markets' },
        { criteria: ['3.2'], count: 2, what: 'trends or patterns related to customers', quote: 'two related to customers' },
        { criteria: ['3.2'], count: 2, what: 'trends or patterns related to competitors', quote: 'two related to competitors' },
        { criteria: ['3.3'], count: 2, what: 'target audiences at different levels the findings are communicated to', quote: 'two different target audiences' },
      ],
    },
  },
  corrections: [
    // "sales-" ends line 881 and "related information" is line 882: joined on 881, 882 emptied.
    { line: 881, reads: 'communicating sales-', reading: 'communicating sales-related information' },
    { line: 882, reads: 'related information', reading: '' },
  ],
};

export default L3B5;
