import type { UnitOutline } from '../unit-spec';

/** L4S5 Contributing to an Inclusive Culture: seed 003 lines 2253–2292 (table 2259–2264, guidance 2281). */
const L4S5: UnitOutline = {
  code: 'L4S5',
  title: 'Contributing to an Inclusive Culture',
  startLine: 2253,
  guidanceLine: 2281,
  outcomes: [
    {
      number: 1,
      text: 'Understand how to demonstrate inclusive workplace behaviours',
      lines: [2260, 2261],
      criteria: [
        { code: '1.1', text: 'Analyse the role and responsibilities of a sales professional towards others', lines: [2260] },
        { code: '1.2', text: 'Explain language that supports inclusive relationships in the workplace', lines: [2261] },
        { code: '1.3', text: 'Evaluate inclusive workplace behaviours that sales professionals use', lines: [2262] },
      ],
    },
    {
      number: 2,
      text: 'Be able to contribute to an inclusive organisational culture',
      lines: [2263, 2264],
      criteria: [
        { code: '2.1', text: 'Promote an inclusive workplace culture in sales activities', lines: [2263] },
        { code: '2.2', text: 'Respond to team conflict and challenges demonstrating positive regard for others', lines: [2264] },
      ],
    },
  ],
};

export default L4S5;
