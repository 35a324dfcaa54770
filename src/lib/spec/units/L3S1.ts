import type { UnitOutline } from '../unit-spec';

/** L3S1 Personal Motivation and Sales Performance: seed 003 lines 1956–1990 (table 1962–1969, guidance 1983). */
const L3S1: UnitOutline = {
  code: 'L3S1',
  title: 'Personal Motivation and Sales Performance',
  startLine: 1956,
  guidanceLine: 1983,
  outcomes: [
    {
      number: 1,
      text: 'Understand how personal motivation affects sales performance',
      lines: [1963, 1964, 1965],
      criteria: [
        { code: '1.1', text: 'Evaluate the factors that affect personal motivation', lines: [1963] },
        { code: '1.2', text: 'Explain the link between personal motivation and sales performance', lines: [1964, 1965] },
      ],
    },
    {
      number: 2,
      text: 'Be able to improve personal motivation and sales performance',
      lines: [1966, 1967, 1968],
      criteria: [
        { code: '2.1', text: 'Create a personal development plan to improve sales performance using a motivation theory', lines: [1966, 1967] },
        { code: '2.2', text: 'Implement the personal development plan', lines: [1968] },
        { code: '2.3', text: 'Review and update the personal development plan', lines: [1969] },
      ],
    },
  ],
};

export default L3S1;
