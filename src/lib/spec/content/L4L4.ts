import type { UnitContent } from '../unit-spec';

/**
 * L4L4 Participating in Coaching and Mentoring: seed 003 lines 1796–1846 (table 1802–1820,
 * guidance 1836). The table prints a fourth LO, "4. Be able to engage in personal coaching and
 * mentoring" (1818–1820), beside AC 3.3 and with no AC of its own ("5 5 5" in its cell is stray);
 * the unit's aims, indicative content and guidance know only three LO, so it reads as LO3's row
 * run over and is not listed: 3.3 stays under LO3, where its code puts it.
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L4L4.ts.
 */
const L4L4: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'Definitions of coaching and mentoring',
        'The similarities and differences between coaching and mentoring, e.g., duration of relationship, short/long term goals, training required, experience, formality, directive/non-directive, contractual arrangements, working relationship etc',
        'The benefits for individuals, e.g., individual development, improves performance, builds relationships, provides career development opportunities etc.',
        'The benefits for organisations, e.g., develops performance, increase revenue, improves organisational culture, demonstrates commitment to individuals, improves engagement, embeds solution culture, increases staff retention etc.',
        'Organisational expectations of the impact of coaching and mentoring',
        'How developing individuals using coaching and mentoring supports the achievement of sales objectives',
      ],
      guidance: [
        "Learners should analyse at least three differences between coaching and mentoring and provide workplace examples to support their points. When evaluating the benefits, learners should address individuals and organisations separately to demonstrate the differences. Learners should ideally use their own organisation's sales objectives to explain how coaching and mentoring could contribute to their achievement. If they are not currently in a sales role, a realistic set of organisational sale objectives should be provided for them to use.",
      ],
      minimums: [{ criteria: ['1.1'], count: 3, what: 'differences between coaching and mentoring, with workplace examples', quote: 'at least three differences' }],
    },
    2: {
      indicativeContent: [
        'The situations when a sales professional may find coaching and mentoring helpful, e.g., when new to a role, after a promotion, when offering a new product/service',
        'The activities that support effective coaching and mentoring, e.g., set goals, plan activities, monitor progress, review outcomes',
        'The knowledge that coachees and mentees require, e.g., coaching/mentoring processes and approaches – what is involved in the relationship, how to select/request a suitable coach/mentor, etc.',
        'The skills that coachees and mentees require, e.g., communication, record keeping, action planning, commitment etc.',
        'The characteristics that coachees and mentees require, e.g., openness, growth mindset, change readiness, listening',
        'The knowledge that coaches and mentors require, e.g., models, the tools they can access, the techniques that support effective sessions, records, legal requirements for confidentiality etc.',
        'The skills that coaches and mentors require, e.g., communication, questioning, active listening, ability to challenge, constructive feedback, record keeping etc.',
        'The characteristics that coaches and mentors require, e.g., empathetic, curious, inspirational, positive, persistent, open, innovative etc.',
      ],
      guidance: [
        'Learners should explain at least one situation where coaching should be sought, and at least one situation when mentoring is helpful for a sales professional.',
        'Learners should focus on either a coachee or a mentee for 2.2, then address the knowledge, skills and characteristics separately, and include at least two examples for each (six in total). Learners should focus on either a coach or a mentor for 2.3, then address the knowledge, skills and characteristics separately, and include at least two examples for each (six in total).',
      ],
      minimums: [
        { criteria: ['2.1'], count: 1, what: 'situation where coaching should be sought', quote: 'at least one situation where coaching should be sought' },
        { criteria: ['2.1'], count: 1, what: 'situation when mentoring is helpful', quote: 'at least one situation when mentoring is helpful' },
        {
          criteria: ['2.2'],
          count: 2,
          what: 'examples each of the knowledge, skills and characteristics a coachee or mentee needs',
          quote: 'include at least two examples for each',
        },
        { criteria: ['2.2'], count: 6, what: 'examples in total for a coachee or mentee', quote: 'six in total' },
        {
          criteria: ['2.3'],
          count: 2,
          what: 'examples each of the knowledge, skills and characteristics a coach or mentor needs',
          quote: 'include at least two examples for each',
        },
        { criteria: ['2.3'], count: 6, what: 'examples in total for a coach or mentor', quote: 'six in total' },
      ],
    },
    3: {
      indicativeContent: [
        "The importance of 'contracting' in the coaching/mentoring process and ways to do this formally and informally",
        'Why coaching and mentoring plans are important',
        'What should be included in a coaching and mentoring plan, e.g., initial conversations and contract, how development goals will be agreed, the resources and tools provided, how progress will be measured, the support provided, the dates and duration of sessions, who will be consulted, signatures etc.',
        'Other people that may be involved in planning and supporting coaching and mentoring and how to work with them',
      ],
      guidance: [
        'Learners need to participate in at least two coaching OR mentoring sessions to develop their sales knowledge and skills. These can take place in their workplace, or in the training environment as part of a realistic simulated activity. Sessions should last for at least 30 minutes each. A contract should be agreed at the start of the sessions and should be documented formally or informally. Learners should take notes during their coaching or mentoring sessions and agree actions that they implement between the sessions. Learners should use their completed actions and session notes to evaluate the knowledge and skills that they gained because of the coaching/mentoring. They should explore how the knowledge and skills gained will impact them as sales professional in the future. If learners are currently working as sales professionals, they may like to give examples of what they have done differently in their role following the coaching or mentoring sessions.',
      ],
      minimums: [
        { criteria: ['3.1', '3.2', '3.3'], count: 2, what: 'coaching or mentoring sessions taken part in', quote: 'at least two coaching OR mentoring sessions' },
        { criteria: ['3.1', '3.2', '3.3'], count: 30, what: 'minutes each session lasts', quote: 'at least 30 minutes each' },
      ],
    },
  },
  corrections: [],
};

export default L4L4;
