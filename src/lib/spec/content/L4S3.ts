import type { UnitContent } from '../unit-spec';

/** L4S3 Continuing Professional Development (CPD): seed 003 lines 2095–2177 (table 2101–2115, guidance 2160).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L4S3.ts.
 */
const L4S3: UnitContent = {
  outcomes: {
    1: {
      // Line 2127 lost the opening of its bullet in the left column ("…ties available"); it is read as
      // "The opportunities available", which fits the width that column keeps on the lines around it.
      // Line 2128 lost letters at its right edge: "sel-" is read as "self-", "job a" as "job aids,".
      indicativeContent: [
        'Why continuing professional development is important',
        'The current formal and informal development activities available and how to access them',
        'The opportunities available to improve skills and behaviours as part of sales activities, e.g., coaching, mentoring, observing peers, meetings, projects, reading product/service resources etc.',
        'The learning and development opportunities available in-house for self-learning, e.g., induction resources, e-learning, discussion forums, job aids, magazines, podcasts, TED talks, YouTube videos, LinkedIn, free courses',
        'The financial considerations related to selecting development opportunities, e.g., allocated training budget, price constraints per employee, budget year and spending etc.',
        'The importance of selecting learning and development activities that suit individual preferences and working patterns',
      ],
      guidance: [
        'Learners should address at least two formal and at least two informal development activities in their evaluation.',
        'At least two workplace examples should be provided to explain why CPD is important for sales professionals.',
        'Learners should explain at least three ways that their own learning needs can be identified.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 2, what: 'formal development activities evaluated', quote: 'at least two formal' },
        { criteria: ['1.1'], count: 2, what: 'informal development activities evaluated', quote: 'at least two informal development activities' },
        { criteria: ['1.2'], count: 2, what: 'workplace examples of why CPD is important', quote: 'At least two workplace examples' },
        { criteria: ['1.3'], count: 3, what: 'ways own learning needs can be identified', quote: 'at least three ways' },
      ],
    },
    2: {
      indicativeContent: [
        'How to assess own strengths and development needs in relation to personal performance',
        'How and who to seek feedback from related to sales performance, e.g., line manager, peers, colleagues, direct reports, customers etc.',
        'The tools that are used to identify training needs, e.g., Training Needs Analysis (TNA); Developmental Needs Analysis (DNA), Skill Scans based on role competencies and job specifications, psychometric tests, quizzes etc.',
        'How to match development opportunities against the desired competencies of the role',
        'How behaviour, attitudes and mind-set can have a positive or negative impact on own sales performance',
        'The tools that can be used to assess own development needs, e.g., skills audits; ISP Competency Framework, agreed targets, existing action plans etc.',
        'How organisational and personal values can be used in the assessment of professional development needs',
        'How to include career and wider personal aspirations when assessing develop needs',
        'Why it is important to assess knowledge, skills, and behaviours',
        'How to identify learning experiences that are mutually beneficial to self and organisation',
        'How to specify own strengths/development areas in relation to a professional sales role',
        'How to write SMART objectives linked to short, medium, and long-term goals',
        'Linking own personal objectives to organisational objectives',
        'The components of a development plan, e.g., objectives, priorities, target dates, review dates, resources required, costs, people involved, evaluation method etc.',
        'How to ensure that professional development objectives are relevant to personal needs, the job role and organisation',
      ],
      // The last paragraph is on the next page of the PDF (line 2177), after the running header.
      guidance: [
        'Learners should self-assess and use at least two sources of data, and feedback from at least one other person to assess their own performance.',
        'They should then use the results of their assessment to specify and prioritise at least four learning objectives using the SMART model.',
        'Their CPD plan must be based on the objectives and include both formal and informal development activities.',
        'Their development plan should also include target dates, formal and informal development methods, support and resources required, measures of success etc. Learners should implement their plan and carry out development activities/tracking over at least a six-week period, updating records weekly. Their review should cover at least two impacts that are based on data and recommendations for next steps should be summarised.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 2, what: 'sources of data used in the self-assessment', quote: 'at least two sources of data' },
        { criteria: ['2.1'], count: 1, what: 'other person giving feedback on performance', quote: 'at least one other person' },
        { criteria: ['2.2'], count: 4, what: 'SMART learning objectives, prioritised', quote: 'at least four learning objectives' },
        { criteria: ['2.4'], count: 6, what: 'weeks, at least, of development activities and tracking, records updated weekly', quote: 'at least a six-week period' },
        { criteria: ['2.5'], count: 2, what: 'impacts based on data in the review', quote: 'at least two impacts' },
      ],
    },
  },
  corrections: [
    { line: 2103, reads: 'professional developme nt', reading: 'professional development' },
    { line: 2125, reads: 'Why continuin g professional', reading: 'Why continuing professional' },
    {
      line: 2126,
      reads: 'The current fo access them rmal and informal development activities available and how to',
      reading: 'The current formal and informal development activities available and how to access them',
    },
    {
      line: 2127,
      reads: 'activities, e.g., ties available to improve skills and behaviours as part of sales coaching,',
      reading: 'The opportunities available to improve skills and behaviours as part of sales activities, e.g., coaching,',
    },
    { line: 2128, reads: 'in-house for sel- learning', reading: 'in-house for self-learning' },
    { line: 2128, reads: 'job a magazines', reading: 'job aids, magazines' },
    { line: 2145, reads: 'development needs, e., skills audits', reading: 'development needs, e.g., skills audits' },
  ],
};

export default L4S3;
