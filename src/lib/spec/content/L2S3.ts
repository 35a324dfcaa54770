import type { UnitContent } from '../unit-spec';

/** L2S3 Understand Legal, Regulatory and Ethical Frameworks: seed 003 lines 1895–1952 (table 1901–1911, guidance 1950).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L2S3.ts.
 */
const L2S3: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'The main Uk laws that relate to selling, e.g., Data Protection Act (2018), Consumer Rights Act (2015), health and safety, sector/product specific requirements etc.',
        'The organisational responsibilities for ensuring that legal requirements are met with the products and services offered',
        'How to ensure that sales professionals are aware of their responsibilities related to the law and comply with the requirements in all their sales activities',
        'The regulatory frameworks related to selling',
        "The consequences for organisations who do not comply with the law, e.g., industry watchdogs' investigations, fines, loss of reputation, loss of business etc.",
        'The consequences for individual sales professionals who do not comply with the law, e.g., dismissal, loss of reputation, imprisonment etc.',
      ],
      guidance: [
        'Learners should list at least one UK law, and one regulatory framework, that affect selling and describe how these affect organisational responsibilities for each. When outlining the consequences of non-compliance with the law, learners should cover at least one consequence for the organisation and at least one consequence for a sales professional.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 1, what: 'UK law that affects selling, with the organisational responsibilities it brings', quote: 'at least one UK law' },
        { criteria: ['1.2'], count: 1, what: 'regulatory framework that affects selling, with the organisational responsibilities it brings', quote: 'and one regulatory framework' },
        { criteria: ['1.3'], count: 1, what: 'consequence of non-compliance for the organisation', quote: 'at least one consequence for the organisation' },
        { criteria: ['1.3'], count: 1, what: 'consequence of non-compliance for a sales professional', quote: 'at least one consequence for a sales professional' },
      ],
    },
    2: {
      indicativeContent: [
        'The organisational benefits of ethical selling, e.g., builds customer trust, loyalty, attracts investment, increased sales via customer loyalty, creates high employee pride and morale etc.',
        'The ethical behaviours that sales professionals should demonstrate, e.g., honesty, build trust, fairness, clear communication etc.',
        "Relevant codes of ethical conduct that define expected standards of professionalism, e.g., ISP's Code of Conduct",
        'The consequences for organisations of unethical practices, e.g., loss of sales, reputational damage, high employee turnover, unable to recruit new employees etc.',
        'The consequences for individual sales professionals who behave unethically',
      ],
      guidance: [
        'Learners should describe at least three organisational benefits of ethical selling. They should explain at least three behaviours that ethical sales professionals should demonstrate. When outlining the consequences of unethical practices, learners should cover at least one consequence for the organisation and at least one consequence for a sales professional.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 3, what: 'organisational benefits of ethical selling', quote: 'at least three organisational benefits' },
        { criteria: ['2.2'], count: 3, what: 'behaviours of ethical sales professionals', quote: 'at least three behaviours' },
        { criteria: ['2.3'], count: 1, what: 'consequence of unethical practice for the organisation', quote: 'at least one consequence for the organisation' },
        { criteria: ['2.3'], count: 1, what: 'consequence of unethical practice for a sales professional', quote: 'at least one consequence for a sales professional' },
      ],
    },
  },
  corrections: [
    { line: 1932, reads: 'Rights Act (2 015)', reading: 'Rights Act (2015)' },
    { line: 1933, reads: 'The organisa tional responsibilities', reading: 'The organisational responsibilities' },
    { line: 1934, reads: 'with the pro ducts', reading: 'with the products' },
    { line: 1935, reads: 'How to ensu re that', reading: 'How to ensure that' },
    { line: 1937, reads: 'The regulator ry frameworks', reading: 'The regulatory frameworks' },
    { line: 1938, reads: 'The consequ ences for organisations', reading: 'The consequences for organisations' },
    { line: 1939, reads: "watchdogs' nvestigations", reading: "watchdogs' investigations" },
  ],
};

export default L2S3;
