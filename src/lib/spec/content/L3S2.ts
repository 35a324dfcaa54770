import type { UnitContent } from '../unit-spec';

/** L3S2 Stress Management: seed 003 lines 1994–2038 (table 2000–2010, guidance 2024).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3S2.ts.
 */
const L3S2: UnitContent = {
  outcomes: {
    1: {
      // Line 2017 holds the content twice: a whole copy with letters lost at the column edge, then a
      // partial copy of the right column. The corrections read the first copy with the help of the second.
      indicativeContent: [
        'The stress continuum model and key stages, e.g., ready, reacting, injured, ill',
        'The range of workplace stressors, e.g., salary, excessive workloads, poor management, limited opportunities for growth or advancement, lack of challenge in work tasks, lack of support, lack of control over job-related decisions, conflicting demands, unclear performance expectations etc.',
        'The range of personal life stressors, e.g., illness or injury, pregnancy, bereavement, becoming a parent, infertility, experiencing abuse, organising an event, everyday tasks, commuting, getting married/civil partnered, going through a break-up or divorce, family relationships, being a carer etc.',
        'The ways that stress impacts on organisations, e.g., reduced productivity and efficiency, increased absenteeism, increased staff turnover, increased health care costs, damage to relationship, increased safety risks, decreased innovation and creativity, negative organisational reputation etc.',
        'The ways that stress impacts on individuals, e.g., physical health problems, mental health illness, reduced performance, increased sick days, reduced job satisfaction, changes in personal lifestyle, etc.',
        'Derailment – how personal career, performance or wellbeing may suffer under the demands and pressure of a new working context or more senior role',
        "The range of simple stress management techniques that are available, e.g., breathing exercises, regular exercise, relaxation techniques, healthy eating, 'me' time, aromatherapy etc.",
      ],
      guidance: [
        'Learners should give at least two workplace examples to explain the difference between pressure and stress.',
        'They should summarise at least three workplace stressors and at least three personal life stressors.',
        'At least one example of how workplace stress impacts organisations should be described, and at least two examples of the impact of stress on individuals.',
        'At least three different stress management techniques should be outlined.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 2, what: 'workplace examples of the difference between pressure and stress', quote: 'at least two workplace examples' },
        { criteria: ['1.2'], count: 3, what: 'workplace stressors', quote: 'at least three workplace stressors' },
        { criteria: ['1.2'], count: 3, what: 'personal life stressors', quote: 'at least three personal life stressors' },
        { criteria: ['1.3'], count: 1, what: 'example of how workplace stress impacts organisations', quote: 'At least one example of how workplace stress impacts organisations' },
        { criteria: ['1.3'], count: 2, what: 'examples of the impact of stress on individuals', quote: 'at least two examples of the impact of stress on individuals' },
        { criteria: ['1.4'], count: 3, what: 'stress management techniques outlined', quote: 'At least three different stress management techniques' },
      ],
    },
    2: {
      indicativeContent: [
        'How to select a stress management technique for personal use',
        'How to plan to use a stress management technique and implement it',
        'How to establish personal stress level to create a baseline before implementing stress management techniques using online stress questionnaire(s)',
        'How to review the effectiveness of a simple stress management technique, e.g., retaking online test, keeping a diary, daily wellbeing check-in scores etc.',
        'The sources of support for managing personal stress, e.g., Mind, mobile apps etc.',
      ],
      guidance: [
        'Learners should select and use one stress management technique that they have described in AC1.4.',
        'They should provide evidence of how they implemented the technique in their daily activities over at least a one-month period, and review how effective it was for managing stress. The review should include a comparison of stress levels before using the stress management technique and afterwards.',
        'At least three sources of support for managing personal stress should be provided.',
      ],
      minimums: [
        { criteria: ['2.1', '2.2'], count: 1, what: 'stress management technique (from 1.4) selected and used', quote: 'select and use one stress management technique' },
        { criteria: ['2.2', '2.3'], count: 1, what: 'month, at least, of using the technique before the review', quote: 'at least a one-month period' },
        { criteria: ['2.4'], count: 3, what: 'sources of support for managing personal stress', quote: 'At least three sources of support' },
      ],
    },
  },
  corrections: [
    { line: 2017, reads: 'lack of challen, in work tasks', reading: 'lack of challenge in work tasks' },
    { line: 2017, reads: 'conflict demands', reading: 'conflicting demands' },
    { line: 2017, reads: 'bereavement becoming a parent', reading: 'bereavement, becoming a parent' },
    { line: 2017, reads: 'everydat tasks', reading: 'everyday tasks' },
    { line: 2017, reads: 'increased health ca costs', reading: 'increased health care costs' },
    { line: 2017, reads: 'mer health illness', reading: 'mental health illness' },
    { line: 2017, reads: 'reduced job satisfactio changes', reading: 'reduced job satisfaction, changes' },
  ],
};

export default L3S2;
