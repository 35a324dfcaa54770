import type { UnitOutline } from '../unit-spec';

/** L3B3 Understand Customer Groups and Profiling: seed 003 lines 743–782 (table 749–755, guidance 776). */
const L3B3: UnitOutline = {
  code: 'L3B3',
  title: 'Understand Customer Groups and Profiling',
  startLine: 743,
  guidanceLine: 776,
  outcomes: [
    {
      number: 1,
      text: 'Understand different customer groups and their motivations',
      lines: [750, 751, 752],
      criteria: [
        { code: '1.1', text: 'Explain the methods used to segment customer groups', lines: [750] },
        { code: '1.2', text: 'Describe the motivations, attitudes and behaviours of customers', lines: [751, 752] },
      ],
    },
    {
      number: 2,
      text: 'Be able to develop profiles for different customer groups',
      lines: [753, 754, 755],
      criteria: [
        { code: '2.1', text: 'Define the characteristics of existing customers', lines: [753] },
        { code: '2.2', text: 'Analyse the differences between existing customers', lines: [754] },
        { code: '2.3', text: 'Develop customer profiles based on analysis', lines: [755] },
      ],
    },
  ],
};

export default L3B3;
