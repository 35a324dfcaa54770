import type { UnitContent } from '../unit-spec';

/** L3S3 Plan Professional Development: seed 003 lines 2042–2091 (table 2049–2061, guidance 2088).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3S3.ts.
 */
const L3S3: UnitContent = {
  outcomes: {
    1: {
      // Left out, beyond reconstruction: the first bullet of line 2068, whose opening is lost in the
      // interleaved left column; only its end survives ("professionals and the benefits that it has for
      // individuals, teams and organisations"). The rest of that left column is a jumble ("The types of
      // operation of the types of …") that may have held further bullets (on 1.3, say); none can be read.
      indicativeContent: [
        'The range of development opportunities that are available to sales professionals at all levels of competence',
        'The types of opportunities that sales professionals can access, e.g., in-house and external training, coaching, shadowing, self-study, mentoring, projects, professional bodies, volunteering, qualifications etc.',
      ],
      guidance: [
        'Learners should provide at least three examples to explain why CPD is important for sales professionals. They should explain at least three different opportunities that are available to support professional development. These may be linked to any level of sales role, and learners may choose to identify one entry level development activity, one development activity for experienced sales professionals and one development opportunity for sales managers. Learners should describe at least two ways that personal development can be negotiated.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: 'examples of why CPD is important for sales professionals', quote: 'at least three examples' },
        { criteria: ['1.2'], count: 3, what: 'opportunities for professional development', quote: 'at least three different opportunities' },
        { criteria: ['1.3'], count: 2, what: 'ways personal development can be negotiated', quote: 'at least two ways that personal development can be negotiated' },
      ],
    },
    2: {
      indicativeContent: [
        'How to identify the sources of information that are available to understand sales role requirements, e.g., job descriptions, job specifications, competence frameworks, standards of performance etc.',
        "The tools and techniques that can be used to assess personal strengths and development needs, e.g., personal SWOT analysis, gap analysis, online assessment tools such as ISP's Sales Competency Assessment (SCA), 360 feedback etc.",
        'How to write SMART objectives based on identified needs (specific, measurable, achievable, realistic and time-bound)',
        'The components of a professional development plan, e.g., objectives, target dates, activities, resources, people involved, progress tracking etc.',
        'The different methods that can be used for personal development, e.g., open courses, internal e-learning, self-directed learning, webinars, podcasts, online videos, TED talks, massive open online courses (MOOCs), on the job training etc.',
        'How to match learning needs and objectives with the opportunities available',
        'Why it is important to review progress towards the achievement of goals regularly',
        'How and when to review progress, and update development plans',
        'The people who can help with progress reviews',
      ],
      // The paragraph opens with the last sentence of LO1's (about 1.3), repeated as printed; its
      // number is counted under LO1 only.
      guidance: [
        'Learners should describe at least two ways that personal development can be negotiated. Learners should use a relevant source of information to define at least six criteria to assess themselves against. They might like to use a scoring system or scale when assessing their strengths and development areas. The personal development plan produced should be based on the findings of their assessment and include at least two SMART objectives, target dates, relevant opportunities selected, learning/development methods, support and resources required, measures of success etc. Learners should implement their plan and carry out development activities over at least a eight-week period, reviewing and updating records on at least a weekly basis.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 6, what: 'criteria to assess themselves against, from a relevant source', quote: 'at least six criteria' },
        { criteria: ['2.2'], count: 2, what: 'SMART objectives in the plan', quote: 'at least two SMART objectives' },
        { criteria: ['2.3', '2.4'], count: 8, what: 'weeks, at least, of development activities, with records reviewed and updated weekly', quote: 'at least a eight-week period' },
      ],
    },
  },
  corrections: [],
};

export default L3S3;
