import type { UnitOutline } from '../unit-spec';

/** L4L6 Understanding Leadership Styles and Motivation: seed 003 lines 1847–1889 (table 1853–1859, guidance 1887). */
const L4L6: UnitOutline = {
  code: 'L4L6',
  title: 'Understanding Leadership Styles and Motivation',
  startLine: 1847,
  guidanceLine: 1887,
  outcomes: [
    {
      number: 1,
      text: 'Understand how leadership styles impact organisational performance',
      lines: [1854, 1855, 1856],
      criteria: [
        { code: '1.1', text: 'Explain the difference between leadership and management', lines: [1854] },
        { code: '1.2', text: 'Analyse a range of leadership styles', lines: [1855] },
        { code: '1.3', text: 'Evaluate the impact that leadership styles have on performance', lines: [1856] },
      ],
    },
    {
      number: 2,
      text: 'Understand how to motivate others to perform at their best',
      lines: [1857, 1858],
      criteria: [
        { code: '2.1', text: 'Explain how to apply a motivation theory in the sales environment', lines: [1857] },
        { code: '2.2', text: 'Evaluate how motivational factors apply to different situations, teams and individuals', lines: [1858] },
        { code: '2.3', text: 'Analyse the role that leaders play in motivating others', lines: [1859] },
      ],
    },
  ],
};

export default L4L6;
