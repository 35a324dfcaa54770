import type { UnitOutline } from '../unit-spec';

/** L3B4 Understand the Sales and Marketing Relationship: seed 003 lines 783–816 (table 789–796, guidance 811). */
const L3B4: UnitOutline = {
  code: 'L3B4',
  title: 'Understand the Sales and Marketing Relationship',
  startLine: 783,
  guidanceLine: 811,
  outcomes: [
    {
      number: 1,
      text: 'Understand the roles of sales and marketing teams',
      lines: [790],
      criteria: [
        { code: '1.1', text: 'Describe how sales and marketing activities take place in different organisational structures', lines: [790] },
        { code: '1.2', text: 'Explain the key roles and activities of sales professionals', lines: [791] },
        { code: '1.3', text: 'Explain the key roles and activities of marketing professionals', lines: [792] },
      ],
    },
    {
      number: 2,
      text: 'Understand sales and marketing team collaboration',
      lines: [793, 794],
      criteria: [
        { code: '2.1', text: 'Evaluate the benefits of sales and marketing team collaboration', lines: [793] },
        { code: '2.2', text: 'Describe how sales and marketing teams can support each other', lines: [794] },
        { code: '2.3', text: 'Explain the factors that can cause conflict between sales and marketing teams and how to overcome them', lines: [795] },
        { code: '2.4', text: 'Describe the organisational consequences of poor sales and marketing staff collaboration', lines: [796] },
      ],
    },
  ],
};

export default L3B4;
