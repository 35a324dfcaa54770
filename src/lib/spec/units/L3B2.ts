import type { UnitOutline } from '../unit-spec';

/** L3B2 Understand Organisations: seed 003 lines 695–742 (table 701–711, guidance 733). */
const L3B2: UnitOutline = {
  code: 'L3B2',
  title: 'Understand Organisations',
  startLine: 695,
  guidanceLine: 733,
  outcomes: [
    {
      number: 1,
      text: 'Understand the UK legal forms for organisations and operational functions',
      lines: [702, 703, 704],
      criteria: [
        { code: '1.1', text: 'Describe the UK legal forms for organisations', lines: [702] },
        { code: '1.2', text: 'Explain the different operational functions within an organisation', lines: [703, 704] },
        { code: '1.3', text: 'Outline how the sales function relates to other organisational functions', lines: [705, 706] },
        { code: '1.4', text: 'Describe the roles and responsibilities of sales professionals at different levels of the organisation', lines: [707, 708] },
      ],
    },
    {
      number: 2,
      text: 'Understand the context in which an organisation operates',
      lines: [709, 710, 711],
      criteria: [
        { code: '2.1', text: 'Describe the internal forces that impact on an organisation', lines: [709] },
        { code: '2.2', text: 'Describe the external forces that impact on an organisation', lines: [710] },
        { code: '2.3', text: 'Conduct a PESTLE analysis for an organisation', lines: [711] },
      ],
    },
  ],
};

export default L3B2;
