import type { UnitContent } from '../unit-spec';

/** L4S5 Contributing to an Inclusive Culture: seed 003 lines 2253–2292 (table 2259–2264, guidance 2281).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L4S5.ts.
 */
const L4S5: UnitContent = {
  outcomes: {
    1: {
      // Line 2271 runs the left column's fragments ("modelling inclusion", "supporting flex", "challenging
      // in a", "The role of equipartication", …) before the right column's runs ("usivity, living …",
      // "xible working, …", "appropriate behaviour, …", "uality, diversity …"); the correction below joins
      // each fragment to its run ("role modelling inclusivity", "supporting flexible working", …).
      // - The first bullet's opening is missing from both columns: "The role and r" is taken from AC 1.1.
      //   The left-column scraps "inclusion in the" and "for" could not be placed and are not read.
      // - Left out, beyond reconstruction: "What is meant by unconditional positive regard, e.g., expressing
      //   empathy, acceptance … support, and a … to someone, regardless of what they say or do." (words lost
      //   at two places).
      // - The last bullet lost the start of a line: "recognising and […]s' strengths etc." keeps the gap.
      indicativeContent: [
        'The role and responsibilities that sales professional have towards others, e.g., role modelling inclusivity, living organisational values, mentoring diverse talent, supporting flexible working, preventing discrimination and harassment, challenging inappropriate behaviour, promoting equality, diversity and inclusion, implementing relevant policies and procedures, developing best practice etc.',
        'The role of equality, diversity and inclusion in workplace interactions in relation to organisational policy and legislation',
        'The language that supports inclusive relationships with others, e.g., use of relevant pronouns, addressing people by their preferred names, thanking people for contributions, etc.',
        "The behaviour that sales professionals should demonstrate to show regard for others, e.g., impartial and non-judgemental treatment of others, fair and consistent decision-making, respect and appreciation, valuing differences, questioning own biases, constructive challenge, being an ally for marginalised groups, conflict resolution techniques, discretion/confidentiality, recognising and […]s' strengths etc.",
      ],
      guidance: [
        'Learners should provide a broad analysis of the role and responsibilities of a sales professional in relation to respecting others. At least two specific workplace examples should support the points made.',
        'At least two examples of inclusive language should be provided with an explanation of the impact that this can have on individuals and their team.',
        'Learners should evaluate at least three inclusive behaviours and provide appropriate examples to support their points.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 2, what: 'specific workplace examples supporting the analysis', quote: 'At least two specific workplace examples' },
        { criteria: ['1.2'], count: 2, what: 'examples of inclusive language, with their impact', quote: 'At least two examples of inclusive language' },
        { criteria: ['1.3'], count: 3, what: 'inclusive behaviours evaluated, with examples', quote: 'at least three inclusive behaviours' },
      ],
    },
    2: {
      indicativeContent: [
        'The approaches that can be used to promote an inclusive workplace, e.g., informal and formal communication, addressing individual beliefs and opinions, overcoming custom and practice issues, dealing with conscious and unconscious bias, challenging poor practice, promoting culture change training and awareness, using real life events, pro-actively supporting colleagues and employees etc.',
        'How teams in the workplace may differ from each other',
        'How personal values can affect teams',
        'Possible types of problem behaviour and causes of disagreement and conflict',
        'How to deal with individual team member differences',
      ],
      guidance: [
        'Learners should provide evidence of at least three ways that they promote an inclusive workplace culture in their day-to-day sales activities.',
        'Examples should provide at least two examples of responding positively to conflicts /challenges at work that are related to inclusion.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 3, what: 'ways of promoting an inclusive culture in day-to-day sales activities, evidenced', quote: 'at least three ways' },
        { criteria: ['2.2'], count: 2, what: 'examples of responding positively to inclusion-related conflicts/challenges', quote: 'at least two examples of responding positively' },
      ],
    },
  },
  corrections: [
    {
      line: 2271,
      reads:
        "modelling inclusion inclusion in the supporting flex challenging in a implementing The role of equipartication organisational The language for pronouns, add contributions, What is mean support, and a The behaviour others, e.g., im consistent dec questioning ov groups, conflict esponsibilities that sales professional have towards others, e.g., role usivity, living organisational values, mentoring diverse talent, xible working, preventing discrimination and harassment, appropriate behaviour, promoting equality, diversity and inclusion, relevant policies and procedures, developing best practice etc. uality, diversity and inclusion in workplace interactions in relation to policy and legislation that supports inclusive relationships with others, e.g., use of relevant lressing people by their preferred names, thanking people for etc. to by unconditional positive regard, e.g., expressing empathy, acceptance to someone, regardless of what they say or do. that sales professionals should demonstrate to show regard for npartial and non-judgemental treatment of others, fair and cision-making, respect and appreciation, valuing differences, wn biases, constructive challenge, being an ally for marginalised et resolution techniques, discretion/confidentiality, recognising and s' strengths etc.",
      reading:
        "The role and responsibilities that sales professional have towards others, e.g., role modelling inclusivity, living organisational values, mentoring diverse talent, supporting flexible working, preventing discrimination and harassment, challenging inappropriate behaviour, promoting equality, diversity and inclusion, implementing relevant policies and procedures, developing best practice etc. The role of equality, diversity and inclusion in workplace interactions in relation to organisational policy and legislation The language that supports inclusive relationships with others, e.g., use of relevant pronouns, addressing people by their preferred names, thanking people for contributions, etc. What is meant by unconditional positive regard, e.g., expressing empathy, acceptance […] support, and a […] to someone, regardless of what they say or do. The behaviour that sales professionals should demonstrate to show regard for others, e.g., impartial and non-judgemental treatment of others, fair and consistent decision-making, respect and appreciation, valuing differences, questioning own biases, constructive challenge, being an ally for marginalised groups, conflict resolution techniques, discretion/confidentiality, recognising and […]s' strengths etc.",
    },
  ],
};

export default L4S5;
