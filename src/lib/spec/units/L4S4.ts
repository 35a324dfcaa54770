import type { UnitOutline } from '../unit-spec';

/** L4S4 Self-Management (spelt "Self Management" at line 2187): seed 003 lines 2187–2249 (table 2194–2207, guidance 2228). */
const L4S4: UnitOutline = {
  code: 'L4S4',
  title: 'Self-Management',
  startLine: 2187,
  guidanceLine: 2228,
  outcomes: [
    {
      number: 1,
      text: 'Understand the impact of self-management on performance',
      lines: [2195, 2196, 2197],
      criteria: [
        { code: '1.1', text: 'Explain why self-management is important for sales professionals', lines: [2195, 2196] },
        { code: '1.2', text: 'Analyse a range of self-management techniques that can be used to improve performance', lines: [2197, 2198] },
      ],
    },
    {
      number: 2,
      text: 'Understand time management techniques and their benefits',
      lines: [2199, 2200, 2201],
      criteria: [
        { code: '2.1', text: 'Evaluate the benefits of time management for self and organisational performance', lines: [2199, 2200] },
        { code: '2.2', text: 'Analyse a range of time management techniques', lines: [2201] },
        { code: '2.3', text: 'Assess time management techniques to select an approach that aligns with personal work style', lines: [2202, 2203] },
      ],
    },
    {
      number: 3,
      text: 'Be able to implement a time management technique',
      lines: [2204, 2205, 2206],
      criteria: [
        { code: '3.1', text: 'Use a time management technique to organise and prioritise own workload', lines: [2204, 2205] },
        { code: '3.2', text: 'Evaluate the effectiveness of a time management technique to complete work tasks', lines: [2206, 2207] },
      ],
    },
  ],
};

export default L4S4;
