import type { UnitContent } from '../unit-spec';

/** L4S4 Self-Management (spelt "Self Management" at line 2187): seed 003 lines 2187–2249 (table 2194–2207, guidance 2228).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L4S4.ts.
 */
const L4S4: UnitContent = {
  outcomes: {
    1: {
      // Kept as printed (line 2214), not guessed at: "motivate-see balance sales efforts".
      indicativeContent: [
        'The reasons why self-management is important for sales professionals, e.g., to plan activities, define goals, recognise progress and achievements, motivate-see balance sales efforts, create sales records, to inform future activities, evaluate performance, build career progression opportunities etc.',
        'The range of self-management techniques that can be used, e.g., self-motivation goal alignment, prioritisation techniques, stress management, adaptability, decision making tools, continuing personal development etc.',
        'The links between self-management techniques and personal/organisational performance',
      ],
      guidance: [
        'Learners should explain what is meant by self-management and give at least three examples of why this is important for sales professionals.',
        'An analysis of at least three self-management techniques should be completed with examples for each of how these can be used in day-to-day sales activities',
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: 'examples of why self-management is important for sales professionals', quote: 'at least three examples' },
        { criteria: ['1.2'], count: 3, what: 'self-management techniques analysed, each with day-to-day examples', quote: 'at least three self-management techniques' },
      ],
    },
    2: {
      indicativeContent: [
        'The benefits of time management, e.g., maximise personal productivity, accomplish tasks quicker, complete more tasks, prioritise tasks that have the most impact, enable tasks to be completed in a logical order, reduce stress, enable focused time, minimise procrastination, better work-life balance etc.',
        'The range of time management tools and techniques available, e.g., to-do lists, productivity apps, voice recognition software, Pareto model (80/20), Pomodoro, Eisenhower Matrix, time blocking, GTD method (Allen), Rapid Planning Method (RPM) etc.',
        'How to identify personal barriers to working productively to achieve tasks, e.g., procrastinating, feeling overwhelmed, lack of interest, leave to last minute, conflicting work and personal life priorities, easily distracted etc.',
        'How to select a time management technique to match personal working style and barriers',
      ],
      guidance: [
        'The evaluation of time management benefits should address at least two benefits for an individual sales professional and two benefits for organisations.',
        'At least three time management tools/techniques should be analysed.',
        'The assessment for 2.3 should focus on the three time management tools/techniques that have been analysed in 2.2. Learners should measure how these match their own style of working and personal preferences to determine the most suitable personal approach to use.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 2, what: 'benefits of time management for an individual sales professional', quote: 'at least two benefits for an individual sales professional' },
        { criteria: ['2.1'], count: 2, what: 'benefits of time management for organisations', quote: 'two benefits for organisations' },
        { criteria: ['2.2'], count: 3, what: 'time management tools/techniques analysed', quote: 'At least three time management tools/techniques' },
        { criteria: ['2.3'], count: 3, what: 'tools/techniques from 2.2 assessed against own working style', quote: 'the three time management tools/techniques that have been analysed in 2.2' },
      ],
    },
    3: {
      indicativeContent: [
        'How to put a time management technique into practice to manage own tasks',
        'How to create criteria to measure the effectiveness of own time management before and after trying out a new time management technique',
        'How to draw relevant conclusions from the experience of trying out a new time management technique',
      ],
      // The learning log's three points (lines 2245–2249) are one entry each, after the sentence that lists them.
      guidance: [
        'Learners should practise using the preferred management tool/technique identified in 2.3 in their work/activities. Ideally this will be a sales role, however other job roles may be used if they are agreed with the centre/training provider.',
        'To demonstrate how they have used the time management tool/technique, learners should create a learning log/portfolio that:',
        'documents at least three occasions when they used the tool/technique',
        'Summarises how well the technique worked (in terms of organising and prioritising activities), giving examples of what happened in practice',
        'Outlines what they would do differently in the future when using the tool/technique.',
      ],
      minimums: [
        { criteria: ['3.1'], count: 3, what: 'occasions of using the tool/technique, documented in a learning log', quote: 'at least three occasions' },
      ],
    },
  },
  corrections: [
    {
      line: 2202,
      reads: 'Assess time management techniques to select an approach',
      reading:
        '[2.3: the spec prints no code for this criterion; it is the next after 2.2, and the guidance assesses it as 2.3 (line 2236)] Assess time management techniques to select an approach',
    },
  ],
};

export default L4S4;
