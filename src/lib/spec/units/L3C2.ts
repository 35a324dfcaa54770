import type { UnitOutline } from '../unit-spec';

/** L3C2 Overcome Sales Objections: seed 003 lines 1110–1189 (table 1116–1126, guidance 1164). */
const L3C2: UnitOutline = {
  code: 'L3C2',
  title: 'Overcome Sales Objections',
  startLine: 1110,
  guidanceLine: 1164,
  outcomes: [
    {
      number: 1,
      text: 'Understand sales barriers and objections',
      lines: [1117],
      criteria: [
        { code: '1.1', text: 'Explain the typical barriers between customers and sales professionals', lines: [1117] },
        { code: '1.2', text: 'Describe standard and non-standard customer objections', lines: [1118] },
        { code: '1.3', text: 'Explain why it is important to prepare to respond to sales objections', lines: [1119] },
      ],
    },
    {
      number: 2,
      text: 'Be able to plan responses to a range of sales objections',
      lines: [1120, 1121],
      criteria: [
        { code: '2.1', text: 'Prepare to deal with potential customer objections', lines: [1120] },
        { code: '2.2', text: 'Review previous customer objections to prepare responses to common customer objections', lines: [1121] },
        { code: '2.3', text: 'Create a positive mindset before sales meetings with customers', lines: [1122] },
      ],
    },
    {
      number: 3,
      text: 'Be able to handle customer objections during sales meetings',
      lines: [1124, 1125],
      criteria: [
        { code: '3.1', text: 'Use open and probing questions to gain customer commitment at each stage of the sales meeting', lines: [1123] },
        { code: '3.2', text: 'Explore customer objections to identify and prioritise concerns', lines: [1124] },
        { code: '3.3', text: 'Respond to verbal and non-verbal signals during the sales meeting', lines: [1125] },
        { code: '3.4', text: 'Confirm how objections can be overcome with customers', lines: [1126] },
      ],
    },
  ],
};

export default L3C2;
