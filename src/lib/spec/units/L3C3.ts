import type { UnitOutline } from '../unit-spec';

/** L3C3 Negotiate and Close Sales: seed 003 lines 1190–1277 (table 1196–1211, guidance 1271). */
const L3C3: UnitOutline = {
  code: 'L3C3',
  title: 'Negotiate and Close Sales',
  startLine: 1190,
  guidanceLine: 1271,
  outcomes: [
    {
      number: 1,
      text: 'Understand the range of sales negotiation strategies available',
      lines: [1197],
      criteria: [
        { code: '1.1', text: 'Outline the range of sales negotiation strategies that are used by sales professionals', lines: [1197] },
        { code: '1.2', text: 'Explain how sales professional develop their product and service knowledge', lines: [1198] },
        { code: '1.3', text: 'Describe how to select sales negotiation strategies for products and services', lines: [1199] },
      ],
    },
    {
      number: 2,
      text: 'Be able to plan and conduct sales negotiations with customers',
      lines: [1200, 1201, 1202],
      criteria: [
        { code: '2.1', text: 'Prepare for sales negotiations', lines: [1200] },
        { code: '2.2', text: 'Conduct sales negotiations with customers', lines: [1201] },
        { code: '2.3', text: 'Use questions to identify cross and upselling opportunities during sales negotiations', lines: [1202, 1203] },
        { code: '2.4', text: "Create a 'win-win' situation during negotiations", lines: [1204] },
        { code: '2.5', text: "Match products and service to customers' needs", lines: [1205] },
        { code: '2.6', text: 'Identify verbal and non-verbal buying signals', lines: [1206] },
        { code: '2.7', text: 'Use micro closes during sales negotiations', lines: [1207] },
      ],
    },
    {
      number: 3,
      text: 'Be able to close sales with customers',
      lines: [1209, 1210],
      criteria: [
        { code: '3.1', text: 'Respond to customers objections and concerns', lines: [1208] },
        { code: '3.2', text: 'Apply a trial close during negotiations', lines: [1209] },
        { code: '3.3', text: 'Close the sale with customers', lines: [1210] },
        { code: '3.4', text: 'Record the outcomes of customer negotiations', lines: [1211] },
      ],
    },
  ],
};

export default L3C3;
