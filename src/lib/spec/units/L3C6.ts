import type { UnitOutline } from '../unit-spec';

/**
 * L3C6 Understand Customer Behaviours: seed 003 lines 1431–1467 (table 1437–1439, guidance 1462).
 * The table prints each LO's AC in one cell: "1.1" before two AC (the second, 1.2, has no code;
 * see the correction at 1438) and "2.1 2.2" before two. Indicative content 1445–1460: line 1445
 * interleaves a scrap of an older column ("negotiation, cl The factors the …") before the full
 * text, which is read from after it. After "How B2C and B2B customers behave at each stage of the
 * sales process" the scrap shows a second bullet beginning "How B2C and", whose only surviving
 * words are "interactions, people involved etc." at the start of 1446: beyond reconstruction, so
 * left out. The guidance is numbered "4." and "5."; it is about LO1 and LO2.
 */
const L3C6: UnitOutline = {
  code: 'L3C6',
  title: 'Understand Customer Behaviours',
  startLine: 1431,
  guidanceLine: 1462,
  outcomes: [
    {
      number: 1,
      text: 'Understand customer decision making processes in relation to the sales cycle',
      lines: [1438],
      criteria: [
        { code: '1.1', text: "Describe the factors that can influence an individual customer's decision making process", lines: [1438] },
        { code: '1.2', text: 'Explain how the organisational (B2B) decision making process affects the sales cycle', lines: [1438] },
      ],
    },
    {
      number: 2,
      text: 'Understand how to respond to customers at each stage of the decision making process',
      lines: [1439],
      criteria: [
        { code: '2.1', text: 'Describe how to respond to the differing needs of consumers', lines: [1439] },
        { code: '2.2', text: 'Explain how to respond to the differing needs of organisational buyers', lines: [1439] },
      ],
    },
  ],
};

export default L3C6;
