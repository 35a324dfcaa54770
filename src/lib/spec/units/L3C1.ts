import type { UnitOutline } from '../unit-spec';

/** L3C1 Prospect for New Business: seed 003 lines 1023–1109 (table 1029–1044, guidance 1095; the guidance is numbered 4. and 5. for LO1 and LO2). */
const L3C1: UnitOutline = {
  code: 'L3C1',
  title: 'Prospect for New Business',
  startLine: 1023,
  guidanceLine: 1095,
  outcomes: [
    {
      number: 1,
      text: 'Understand how to prospect for new business',
      lines: [1030, 1031],
      criteria: [
        { code: '1.1', text: 'Describe how to identify potential sales leads', lines: [1030] },
        { code: '1.2', text: 'Explain how to assess information against criteria to qualify sales leads', lines: [1031, 1032] },
        { code: '1.3', text: 'Describe how conversation rates are used when prospecting for new business', lines: [1033, 1034] },
        { code: '1.4', text: 'Explain how to convert cold prospects to warm prospects', lines: [1035] },
        { code: '1.5', text: 'Describe how to obtain access to the people making buying decisions', lines: [1036, 1037] },
      ],
    },
    {
      number: 2,
      text: 'Be able to agree and prepare for meetings with prospects',
      lines: [1040, 1041, 1042],
      criteria: [
        { code: '2.1', text: "Identify and confirm prospects interest in the organisation's products/services", lines: [1038, 1039] },
        { code: '2.2', text: 'Arrange sales meetings with prospects', lines: [1040] },
        { code: '2.3', text: "Match the organisation's products and services to prospects business needs", lines: [1041, 1042] },
        { code: '2.4', text: 'Prepare a dialogue framework for sales meetings with prospects', lines: [1043, 1044] },
      ],
    },
  ],
};

export default L3C1;
