import type { UnitOutline } from '../unit-spec';

/** L3C4 Plan Sales Activities: seed 003 lines 1278–1360 (table 1284–1300, guidance 1348). */
const L3C4: UnitOutline = {
  code: 'L3C4',
  title: 'Plan Sales Activities',
  startLine: 1278,
  guidanceLine: 1348,
  outcomes: [
    {
      number: 1,
      text: 'Understand how to organise sales activities to meet sales targets',
      lines: [1285, 1286, 1287],
      criteria: [
        { code: '1.1', text: 'Explain how to set personal sales targets', lines: [1285] },
        { code: '1.2', text: 'Describe techniques used to organise daily sales activities to achieve personal targets', lines: [1286, 1287] },
        { code: '1.3', text: 'Outline the importance of scheduling time for other obligations when organising sales activities', lines: [1288, 1289] },
        { code: '1.4', text: 'Explain the reasons for seeking support from others', lines: [1290] },
      ],
    },
    {
      number: 2,
      text: 'Be able to plan sales activities to manage personal sales targets',
      lines: [1291, 1292, 1293],
      criteria: [
        { code: '2.1', text: 'Plan sales activities based on prioritised customer and prospects lists', lines: [1291, 1292] },
        { code: '2.2', text: 'Estimate the resource and budget requirements of the planned sales activities', lines: [1293, 1294] },
        { code: '2.3', text: 'Consult colleagues when finalising sales activities planning', lines: [1295] },
      ],
    },
    {
      number: 3,
      text: 'Be able to monitor, control and evaluate sales activity plans',
      lines: [1296, 1297, 1298],
      criteria: [
        { code: '3.1', text: 'Use agreed indicators to monitor the success of sales activity planning', lines: [1296, 1297] },
        { code: '3.2', text: 'Analyse potential issues that may affect the achievement of planned activities', lines: [1298, 1299] },
        { code: '3.3', text: 'Evaluate the effectiveness of personal sales planning', lines: [1300] },
      ],
    },
  ],
};

export default L3C4;
