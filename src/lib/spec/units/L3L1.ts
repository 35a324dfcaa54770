import type { UnitOutline } from '../unit-spec';

/** L3L1 Developing Relationships: seed 003 lines 1639–1682 (table 1645–1653, guidance 1677). */
const L3L1: UnitOutline = {
  code: 'L3L1',
  title: 'Developing Relationships',
  startLine: 1639,
  guidanceLine: 1677,
  outcomes: [
    {
      number: 1,
      text: 'Understand the needs and expectations of colleagues and stakeholders',
      lines: [1646, 1647, 1648],
      criteria: [
        { code: '1.1', text: 'Describe the needs and expectations of colleagues in a sales team', lines: [1646, 1647] },
        { code: '1.2', text: 'Explain the needs and expectations of other stakeholders', lines: [1648] },
      ],
    },
    {
      number: 2,
      text: 'Be able to develop and maintain effective working relationships with a range of colleagues and stakeholders',
      lines: [1649, 1650, 1651, 1652, 1653],
      criteria: [
        { code: '2.1', text: 'Identify the needs and expectations of colleagues and stakeholders', lines: [1649, 1650] },
        { code: '2.2', text: 'Perform under pressure as part of a team to progress sales', lines: [1651] },
        { code: '2.3', text: 'Maintain productive and professional relationships', lines: [1652] },
        { code: '2.4', text: 'Resolve relationship challenges in a professional manner', lines: [1653] },
      ],
    },
  ],
};

export default L3L1;
