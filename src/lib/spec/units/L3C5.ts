import type { UnitOutline } from '../unit-spec';

/** L3C5 Sales Pipeline Management: seed 003 lines 1361–1430 (table 1367–1376, guidance 1420). */
const L3C5: UnitOutline = {
  code: 'L3C5',
  title: 'Sales Pipeline Management',
  startLine: 1361,
  guidanceLine: 1420,
  outcomes: [
    {
      number: 1,
      text: 'Understand sales pipeline management',
      lines: [1368],
      criteria: [
        { code: '1.1', text: 'Describe the importance of a sales pipeline management process for a sales professional', lines: [1368] },
        { code: '1.2', text: 'Explain the requirements of the sales pipeline process from different perspectives', lines: [1369] },
        { code: '1.3', text: 'Describe the challenges related to sales pipeline management', lines: [1370] },
        { code: '1.4', text: 'Explain how to resolve challenges related to sales pipeline management', lines: [1371] },
      ],
    },
    {
      number: 2,
      text: 'Be able to prioritise time spent on prospects by analysing sales conversion ratios',
      lines: [1372, 1373],
      criteria: [
        { code: '2.1', text: 'Calculate current conversion ratios for different stages of the sales pipeline process', lines: [1372] },
        { code: '2.2', text: 'Evaluate prospects at regular intervals against criteria for each step of the sales process', lines: [1373] },
        { code: '2.3', text: 'Prioritise time and effort for each prospect based on the likelihood of conversion to customer', lines: [1374] },
      ],
    },
    {
      number: 3,
      text: 'Be able to use sales tools to move prospects through the sales pipeline',
      lines: [1375],
      criteria: [
        { code: '3.1', text: 'Demonstrate the sales activities used to manage a sales pipeline', lines: [1375] },
        { code: '3.2', text: 'Use organisational systems and procedures to manage prospects', lines: [1376] },
      ],
    },
  ],
};

export default L3C5;
