import type { UnitOutline } from '../unit-spec';

/** L4B6 Use Digital Technologies: seed 003 lines 898–962 (table 904–915, guidance 949). */
const L4B6: UnitOutline = {
  code: 'L4B6',
  title: 'Use Digital Technologies',
  startLine: 898,
  guidanceLine: 949,
  outcomes: [
    {
      number: 1,
      // Line 905 reads "Inderstand how digital echnology supports the ales process" (letters lost); lines
      // 906–907 repeat it more garbled still ("Inderstand how echnology supports the", "ales process").
      text: 'Understand how digital technology supports the sales process',
      lines: [905],
      criteria: [
        { code: '1.1', text: 'Analyse how digital technology is used in the sales process', lines: [905] },
        { code: '1.2', text: 'Explain how digital technology supports record keeping and reporting', lines: [906] },
        { code: '1.3', text: 'Explain how technology supports analysis and decision-making', lines: [907] },
        { code: '1.4', text: 'Analyse how technology improves productivity', lines: [908] },
      ],
    },
    {
      number: 2,
      // Line 911 ("cusic Sinces and concegues") is a garbled repeat of the end of this LO; not used.
      text: 'Be able to use digital technology to interact with customers and colleagues',
      lines: [909, 910],
      criteria: [
        { code: '2.1', text: 'Use technology to support sales activities', lines: [909] },
        { code: '2.2', text: 'Use Customer Relationship Management (CRM) systems to support the sales process', lines: [910, 911] },
      ],
    },
    {
      number: 3,
      text: 'Be able to review the effectiveness of digital technologies',
      lines: [912, 913],
      criteria: [
        { code: '3.1', text: 'Evaluate the appropriateness and effectiveness of digital tools and technologies currently in use', lines: [912, 913] },
        { code: '3.2', text: 'Make recommendations for implementing digital technologies to improve sales effectiveness', lines: [914, 915] },
      ],
    },
  ],
};

export default L4B6;
