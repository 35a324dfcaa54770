import type { UnitOutline } from '../unit-spec';

/** L3B1 Understand Sales Communication: seed 003 lines 619–694 (table 625–635, guidance 673). */
const L3B1: UnitOutline = {
  code: 'L3B1',
  title: 'Understand Sales Communication',
  startLine: 619,
  guidanceLine: 673,
  outcomes: [
    {
      number: 1,
      text: 'Understand effective communication in sales',
      lines: [626],
      criteria: [
        { code: '1.1', text: 'Explain the importance of effective communication in the sales process', lines: [626] },
        { code: '1.2', text: 'Explain communication channels used within sales', lines: [627] },
        { code: '1.3', text: 'Assess the strengths and weaknesses of different types of communication used within sales', lines: [628] },
        { code: '1.4', text: 'Summarise the factors that affect communication within sales', lines: [629] },
      ],
    },
    {
      number: 2,
      text: 'Understand a communication cycle and barriers',
      lines: [630],
      criteria: [
        { code: '2.1', text: 'Explain a communication cycle and its application in the workplace', lines: [630] },
        { code: '2.2', text: 'Explain barriers to effective communication', lines: [631] },
        { code: '2.3', text: 'Evaluate ways to overcome barriers to communication', lines: [632] },
      ],
    },
    {
      number: 3,
      text: 'Be able to plan communication for a target audience',
      lines: [633, 634],
      criteria: [
        { code: '3.1', text: 'Evaluate the factors that impact on the selection of communication types for different target audiences', lines: [633] },
        { code: '3.2', text: 'Create a plan to communicate with a target audience', lines: [634] },
        { code: '3.3', text: 'Analyse own communication preferences to identify improvement areas and actions', lines: [635] },
      ],
    },
  ],
};

export default L3B1;
