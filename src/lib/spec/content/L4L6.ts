import type { UnitContent } from '../unit-spec';

/** L4L6 Understanding Leadership Styles and Motivation: seed 003 lines 1847–1889 (table 1853–1859, guidance 1887).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L4L6.ts.
 */
const L4L6: UnitContent = {
  outcomes: {
    1: {
      // Lines 1873 and 1876 lost their left column: "rship styles" and "npact of" are read as
      // "Leadership styles" and "The impact of"; any further words that opened those bullets are lost.
      indicativeContent: [
        'The difference between leadership and management and how they contribute to effective organisational performance',
        'Characteristics of leaders',
        'Leadership styles, e.g., situational, visionary, transformational, autocratic, transactional, coaching, democratic, laissez-faire, charismatic, supportive, servant etc.',
        "How to adopt different leadership styles to suit the situation, e.g., Tannenbaum and Schmidt's model",
        'The impact of different leadership styles on individuals and performance',
      ],
      guidance: [
        'Learners should provide definitions of leadership and management from at least two sources and explain their understanding of the differences using relevant workplace examples. At least four different leadership styles should be analysed, with reference to relevant theories. Workplace examples should support the points made about the impact of leadership styles on performance.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 2, what: 'sources for the definitions of leadership and management', quote: 'from at least two sources' },
        { criteria: ['1.2'], count: 4, what: 'leadership styles analysed, with reference to theories', quote: 'At least four different leadership styles' },
      ],
    },
    2: {
      indicativeContent: [
        'The critical importance of teams and individuals being motivated and committed to their objectives',
        "Different theories related to employee motivation, e.g., Maslow's Hierarchy of Needs, MacGregor's Theory X Y, Herzberg's Two Factor Theory, Vroom's Expectancy Theory, McClelland's 3-Needs Theory",
        'The motivational factors that influence others, e.g., safety, security, material rewards sense of belonging, common team purpose, respect, empathy, recognition, involvement in decision making, opportunities for self-development, career progression etc.',
        'How to select and use appropriate motivational factors',
        'Giving feedback on performance to motivate individuals',
        'How motivators differ between colleagues how to meet their needs',
      ],
      guidance: [
        "Learners should explain at least two different motivation theories with sufficient detail and examples to demonstrate that they know how to apply each in practice. For 2.2, at least three motivational factors should be addressed, with examples related to at least two workplace situations. Both teams and individuals should be covered. In their analysis, learners should explore how leaders can motivate others to perform successfully, giving at least three examples of how this works in practice. 'Leaders' may be interpreted as line managers or colleagues leading a project/bid.",
      ],
      minimums: [
        { criteria: ['2.1'], count: 2, what: 'motivation theories, with how to apply each', quote: 'at least two different motivation theories' },
        { criteria: ['2.2'], count: 3, what: 'motivational factors', quote: 'at least three motivational factors' },
        { criteria: ['2.2'], count: 2, what: 'workplace situations the examples relate to', quote: 'at least two workplace situations' },
        { criteria: ['2.3'], count: 3, what: 'examples of how leaders motivate others in practice', quote: 'giving at least three examples' },
      ],
    },
  },
  corrections: [
    { line: 1870, reads: 'The difference bet ween leadership', reading: 'The difference between leadership' },
    { line: 1871, reads: 'effective organisat ional performance', reading: 'effective organisational performance' },
    { line: 1872, reads: 'Characteristics of I eaders', reading: 'Characteristics of leaders' },
    { line: 1873, reads: '- rship styles', reading: 'Leadership styles' },
    { line: 1874, reads: 'coac hing', reading: 'coaching' },
    { line: 1876, reads: 'npact of different leadership styles', reading: 'The impact of different leadership styles' },
    { line: 1878, reads: 'Hierarchy of Need MacGregor', reading: 'Hierarchy of Needs, MacGregor' },
    { line: 1880, reads: 'How to select and ι se appropriate', reading: 'How to select and use appropriate' },
  ],
};

export default L4L6;
