import type { UnitOutline } from '../unit-spec';

/** L2C5 Understanding Customer Service: seed 003 lines 965–1022 (table 971–979, guidance 1003). */
const L2C5: UnitOutline = {
  code: 'L2C5',
  title: 'Understanding Customer Service',
  startLine: 965,
  guidanceLine: 1003,
  outcomes: [
    {
      number: 1,
      text: 'Understand the organisational systems for delivering customer service',
      lines: [972, 973],
      criteria: [
        { code: '1.1', text: 'Describe the organisational systems and related processes for delivering customer service', lines: [972] },
        { code: '1.2', text: 'Outline the methods that organisations use to measure their customer service', lines: [973] },
      ],
    },
    {
      number: 2,
      text: 'Understand how to provide consistent customer service',
      lines: [974, 975],
      criteria: [
        { code: '2.1', text: 'State why it is important to make realistic promises to customers', lines: [974] },
        { code: '2.2', text: 'Describe the techniques used by sales professionals to provide consistent customer service', lines: [975] },
        { code: '2.3', text: 'Describe how to adapt the service/product provided when customer requirements change', lines: [976] },
      ],
    },
    {
      number: 3,
      text: 'Understand how to monitor the effectiveness of customer service delivery',
      lines: [977, 978, 979],
      criteria: [
        { code: '3.1', text: 'Describe methods used to check that customer expectations have been met', lines: [977] },
        { code: '3.2', text: 'Outline how to identify potential improvements to service delivery', lines: [978] },
        { code: '3.3', text: 'Specify how to share information with colleagues to maintain and improve service delivery standards', lines: [979] },
      ],
    },
  ],
};

export default L2C5;
