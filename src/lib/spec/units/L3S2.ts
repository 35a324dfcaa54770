import type { UnitOutline } from '../unit-spec';

/** L3S2 Stress Management: seed 003 lines 1994–2038 (table 2000–2010, guidance 2024). */
const L3S2: UnitOutline = {
  code: 'L3S2',
  title: 'Stress Management',
  startLine: 1994,
  guidanceLine: 2024,
  outcomes: [
    {
      number: 1,
      text: 'Understand stressors and the impacts of stress in the working environment',
      lines: [2001, 2002, 2003],
      criteria: [
        { code: '1.1', text: 'Explain the difference between pressure and stress', lines: [2001] },
        { code: '1.2', text: 'Summarise workplace and personal life stressors', lines: [2002] },
        { code: '1.3', text: 'Describe how workplace stress impacts organisations and individuals', lines: [2003, 2004] },
        { code: '1.4', text: 'Outline simple stress management techniques', lines: [2005] },
      ],
    },
    {
      number: 2,
      text: 'Be able to use a practical technique to manage personal stress',
      lines: [2006, 2007, 2008],
      criteria: [
        { code: '2.1', text: 'Select a simple stress management technique', lines: [2006] },
        { code: '2.2', text: 'Use a simple stress management technique', lines: [2007] },
        { code: '2.3', text: 'Review the effectiveness of a simple stress management technique to manage personal stress', lines: [2008, 2009] },
        { code: '2.4', text: 'State sources of support for managing personal stress', lines: [2010] },
      ],
    },
  ],
};

export default L3S2;
