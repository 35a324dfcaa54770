import type { UnitOutline } from '../unit-spec';

/** L4S3 Continuing Professional Development (CPD): seed 003 lines 2095–2177 (table 2101–2115, guidance 2160). */
const L4S3: UnitOutline = {
  code: 'L4S3',
  title: 'Continuing Professional Development (CPD)',
  startLine: 2095,
  guidanceLine: 2160,
  outcomes: [
    {
      number: 1,
      text: 'Understand continuing professional development (CPD)',
      lines: [2102, 2103, 2104],
      criteria: [
        { code: '1.1', text: 'Evaluate the range of learning and development opportunities for sales professionals', lines: [2102, 2103] },
        { code: '1.2', text: 'Explain the importance of continuing professional development', lines: [2104, 2105] },
        { code: '1.3', text: 'Explain how to identify individual learning and development needs', lines: [2106, 2107] },
      ],
    },
    {
      number: 2,
      text: 'Be able to plan own continuing professional development (CPD)',
      lines: [2108, 2109, 2110],
      criteria: [
        { code: '2.1', text: 'Assess personal performance using data and feedback from others', lines: [2108, 2109] },
        { code: '2.2', text: 'Specify personal development objectives based on the assessment of performance', lines: [2110, 2111] },
        { code: '2.3', text: 'Create a CPD plan based on the specified learning objectives', lines: [2112] },
        { code: '2.4', text: 'Implement the CPD plan and track progress', lines: [2113] },
        { code: '2.5', text: 'Review the impact of the CPD implemented and confirm next steps', lines: [2114, 2115] },
      ],
    },
  ],
};

export default L4S3;
