import type { UnitOutline } from '../unit-spec';

/** L3B5 Access and Analyse Sales Information: seed 003 lines 817–897 (table 823–842, guidance 889). */
const L3B5: UnitOutline = {
  code: 'L3B5',
  title: 'Access and Analyse Sales Information',
  startLine: 817,
  guidanceLine: 889,
  outcomes: [
    {
      number: 1,
      text: 'Understand how to access and store sales information',
      lines: [824, 825, 826],
      criteria: [
        { code: '1.1', text: 'Explain why up-to-date sales related information is required by organisations', lines: [824, 825] },
        { code: '1.2', text: 'Describe how to access internal and external sales related information', lines: [826, 827] },
        { code: '1.3', text: 'Explain the importance of checking data for accuracy and currency', lines: [828, 829] },
        { code: '1.4', text: 'Explain how to store sales related information safely and securely', lines: [830, 831] },
      ],
    },
    {
      number: 2,
      text: 'Be able to identify and gather sales information about customers, markets and competitors',
      lines: [832, 833, 834, 835],
      criteria: [
        { code: '2.1', text: 'Define the information required to analyse organisational markets, customers and competitors', lines: [832, 833] },
        { code: '2.2', text: 'Identify sources of information about the organisational markets, customers and competitors', lines: [834, 835] },
        { code: '2.3', text: 'Assess the reliability of information sources', lines: [836] },
        { code: '2.4', text: "Gather information about the organisation's markets, customers and competitors", lines: [837, 838] },
      ],
    },
    {
      number: 3,
      text: 'Be able to use a range of methods and tools to analyse and communicate sales information',
      lines: [839, 840, 841, 842],
      criteria: [
        { code: '3.1', text: 'Use tools and methods to analyse sales related information', lines: [839] },
        { code: '3.2', text: 'Identify patterns and trends in the sales related information', lines: [840] },
        { code: '3.3', text: 'Communicate findings from analyses to different colleague audiences', lines: [841, 842] },
      ],
    },
  ],
};

export default L3B5;
