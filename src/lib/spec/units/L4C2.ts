import type { UnitOutline } from '../unit-spec';

/**
 * L4C2 Prepare and Present Sales Solutions: seed 003 lines 1468–1574 (table 1474–1485, guidance
 * 1536). Line 1494 begins with a stray scrap of the other column ("organisation's value", from the
 * bullet's own "highlights organisation's value proposition"), left out. Line 1564 repeats the last
 * LO2 guidance bullet ("How the next steps were agreed with the customer.") before LO3's guidance.
 */
const L4C2: UnitOutline = {
  code: 'L4C2',
  title: 'Prepare and Present Sales Solutions',
  startLine: 1468,
  guidanceLine: 1536,
  outcomes: [
    {
      number: 1,
      text: 'Understand how to prepare for sales presentations/demonstrations',
      lines: [1475, 1476],
      criteria: [
        { code: '1.1', text: 'Explain the key characteristics of a sales presentation/demonstration', lines: [1475] },
        { code: '1.2', text: 'Evaluate the insights required to create a compelling sales presentation/demonstration for customers', lines: [1476] },
        { code: '1.3', text: 'Explain how to write objectives to meet the needs and interests of customers', lines: [1477] },
        { code: '1.4', text: 'Analyse potential issues and objections from customers', lines: [1478] },
      ],
    },
    {
      number: 2,
      text: 'Be able to deliver sales presentations/demonstrations',
      lines: [1479, 1480],
      criteria: [
        { code: '2.1', text: 'Use questioning to identify customer needs', lines: [1479] },
        { code: '2.2', text: 'Prepare resources for sales presentations/demonstrations', lines: [1480] },
        { code: '2.3', text: 'Deliver sales presentations/demonstrations to meet specified objectives', lines: [1481] },
        { code: '2.4', text: 'Use listening and questioning to guide the sales process', lines: [1482] },
        { code: '2.5', text: 'Respond to customers questions and objections', lines: [1483] },
        { code: '2.6', text: 'Agree the next steps (call-to-action) with customers', lines: [1484] },
      ],
    },
    {
      number: 3,
      text: 'Be able to evaluate sales presentations and/or demonstrations',
      lines: [1485],
      criteria: [{ code: '3.1', text: 'Evaluate presentations and/or demonstrations to identify areas for improvement', lines: [1485] }],
    },
  ],
};

export default L4C2;
