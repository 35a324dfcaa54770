import type { UnitOutline } from '../unit-spec';

/** L3S3 Plan Professional Development: seed 003 lines 2042–2091 (table 2049–2061, guidance 2088). */
const L3S3: UnitOutline = {
  code: 'L3S3',
  title: 'Plan Professional Development',
  startLine: 2042,
  guidanceLine: 2088,
  outcomes: [
    {
      number: 1,
      // As printed (the unit's aims at line 2064 say the same): "opportunities available for opportunities for".
      text: 'Understand the opportunities available for opportunities for professional development in the sales role',
      lines: [2050, 2051, 2052, 2053, 2054],
      criteria: [
        { code: '1.1', text: 'Explain why continuing professional development (CPD) is important for sales professionals', lines: [2050, 2051] },
        { code: '1.2', text: 'Explain the opportunities available for professional development in sales roles', lines: [2052, 2053] },
        { code: '1.3', text: 'Describe how to negotiate and agree personal development', lines: [2054] },
      ],
    },
    {
      number: 2,
      text: 'Be able to create a personal professional development plan',
      lines: [2055, 2056, 2057],
      criteria: [
        { code: '2.1', text: 'Assess personal strengths and development needs in relation to a sales role', lines: [2055, 2056] },
        { code: '2.2', text: 'Produce a personal development plan', lines: [2057] },
        { code: '2.3', text: 'Implement the personal development plan to meet personal development objectives', lines: [2058, 2059] },
        { code: '2.4', text: 'Review progress towards the achievement of personal development objectives', lines: [2060, 2061] },
      ],
    },
  ],
};

export default L3S3;
