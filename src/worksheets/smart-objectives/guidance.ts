import { criteriaOf, unitRef } from '../../lib/spec/criteria';
import L3C4 from '../../lib/spec/units/L3C4';
import L3S1 from '../../lib/spec/units/L3S1';
import L3S3 from '../../lib/spec/units/L3S3';
import L4C2 from '../../lib/spec/units/L4C2';
import type { AssessmentCriterion } from '../../lib/evidence-types';
import type { ContextId, MotivationTheory } from './model';

/**
 * What each context asks for: the unit and AC it evidences, the guidance (from the unit's
 * indicative content and assessor guidance in the ISP spec), the fields shown, the minimum number
 * of objectives and how reviews are checked.
 */
export type ContextConfig = {
  id: ContextId;
  label: string;
  unit: { code: string; title: string };
  criteria: AssessmentCriterion[];
  /** What the assessor guidance asks for, in one paragraph. */
  assessorAsks: string;
  guidance: string[];
  minObjectives: number;
  /** How far ahead a deadline may sensibly be, in days; beyond this the T check asks why. */
  maxHorizonDays: number;
  relevantLabel: string;
  relevantHint: string;
  whatHint: string;
  showSelfAssessment: boolean;
  requireSelfAssessment: boolean;
  showDevelopmentParts: boolean;
  requireDevelopmentParts: boolean;
  /** 'weekly' = reviews at least every 7 days for 8 weeks (L3S3); 'achieved' = one objective reviewed and achieved (L3S1). */
  reviewRule: 'weekly' | 'achieved' | 'each-reviewed';
  /** Where the context's rules come from: the unit's assessor guidance, in its words. */
  source: string;
  /** Whether the unit asks for SMART objectives (L3S1 asks for "personal development objectives"): otherwise SMART is good practice. */
  isSmartRequired: boolean;
  /** Whether the unit asks for every objective to be reviewed (L3S3's weekly records); otherwise a review per objective is good practice. */
  isEachReviewRequired: boolean;
  /** The AC the PDF's plan, progress and update sections are labelled with, when the context claims them. */
  pdfCriteria: { objectives: string | null; progress: string | null; update: string | null };
  /** What the unit asks for that this document cannot evidence, and where that evidence comes from. */
  notEvidenced?: string;
};

export const CONTEXT_CONFIG: Record<ContextId, ContextConfig> = {
  'sales-targets': {
    id: 'sales-targets',
    label: 'Personal sales targets',
    unit: unitRef(L3C4),
    criteria: criteriaOf(L3C4, ['1.1']),
    assessorAsks:
      'Explain how to set personal sales targets, linked to team targets, using the SMART model, with at least two examples of SMART sales targets.',
    guidance: [
      'Start from the team target your manager has set, and work out your share of it.',
      'Prioritise customers and prospects by their potential value and the probability of a sale, and set targets you can plan daily activity around.',
      'Use agreed indicators to measure success: KPIs, growth targets, cost/profit or budget/target ratios, recorded in the CRM.',
    ],
    minObjectives: 2,
    maxHorizonDays: 366,
    relevantLabel: 'The team target it serves, and how',
    relevantHint: 'Name the team target and say how your target contributes to it, e.g. “my £6,000 is a quarter of the team’s £24,000 growth”.',
    whatHint: 'For example: win new business customers for the solar and battery range.',
    showSelfAssessment: false,
    requireSelfAssessment: false,
    showDevelopmentParts: false,
    requireDevelopmentParts: false,
    reviewRule: 'each-reviewed',
    source: 'L3C4 assessor guidance, LO1: explain how to set personal sales targets (linked to team targets) using the SMART model, with at least two examples of SMART sales targets',
    isSmartRequired: true,
    isEachReviewRequired: false,
    pdfCriteria: { objectives: '1.1', progress: null, update: null },
  },
  'development-plan': {
    id: 'development-plan',
    label: 'Professional development plan',
    unit: unitRef(L3S3),
    criteria: criteriaOf(L3S3, ['2.1', '2.2', '2.3', '2.4']),
    assessorAsks:
      'Use a relevant source of information to define at least six criteria to assess yourself against, scored on a scale. Base the plan on the findings, with at least two SMART objectives, target dates, relevant opportunities, learning/development methods, support and resources, and measures of success. Carry out the plan over at least eight weeks, reviewing and updating records at least weekly.',
    guidance: [
      'Sources for your criteria: job descriptions, job specifications, competence frameworks, standards of performance.',
      'Tools to assess yourself: a personal SWOT analysis, a gap analysis, ISP’s Sales Competency Assessment (SCA), 360 feedback.',
      'Development methods: open courses, internal e-learning, self-directed learning, webinars, podcasts, online videos, TED talks, MOOCs, on-the-job training; opportunities such as coaching, shadowing, mentoring, projects, professional bodies, volunteering, qualifications.',
      'Review progress regularly with the people who can help: your line manager, a mentor, peers.',
    ],
    minObjectives: 2,
    maxHorizonDays: 366,
    relevantLabel: 'The development need it meets',
    relevantHint: 'Name the need from your self-assessment (e.g. “Objection handling, scored 2 of 5”) and the role requirement behind it.',
    whatHint: 'For example: handle price objections using the feel–felt–found method.',
    showSelfAssessment: true,
    requireSelfAssessment: true,
    showDevelopmentParts: true,
    requireDevelopmentParts: true,
    reviewRule: 'weekly',
    source:
      'L3S3 assessor guidance, LO2: at least six criteria from a relevant source; a plan based on the findings with at least two SMART objectives, target dates, opportunities, methods, support and resources, and measures of success; implemented over at least eight weeks, with records reviewed and updated at least weekly',
    isSmartRequired: true,
    isEachReviewRequired: true,
    pdfCriteria: { objectives: '2.2', progress: '2.3', update: '2.4' },
  },
  'motivation-plan': {
    id: 'motivation-plan',
    label: 'Motivation development plan',
    unit: unitRef(L3S1),
    criteria: criteriaOf(L3S1, ['2.1', '2.2', '2.3']),
    assessorAsks:
      'Outline the motivation theory used to create the plan and briefly explain why you used it that way. The plan should include at least three personal development objectives, be implemented, and be updated when at least one objective is reviewed and achieved (allow at least a month to achieve an objective).',
    guidance: [
      'Pick the theory that best explains what drives you: Maslow’s Hierarchy of Needs, Herzberg’s Two-Factor Theory, Vroom’s Expectancy Theory, McClelland’s Three Needs (achievement, affiliation, power) or McGregor’s Theory X and Y.',
      'Draw on its key features: e.g. if McClelland’s need for achievement drives you, set objectives with clear, challenging standards and frequent feedback.',
      'Components of the plan: development goals, resources required, how progress will be measured, target dates.',
      'Review using evidence and feedback from others: peers, your line manager, customers.',
    ],
    minObjectives: 3,
    maxHorizonDays: 366,
    relevantLabel: 'The motivator and sales-performance need it serves',
    relevantHint: 'Link it to your theory: which motivator does it use, and which part of your sales performance does it improve?',
    whatHint: 'For example: lead the weekly pipeline huddle for the inside-sales team.',
    showSelfAssessment: true,
    requireSelfAssessment: false,
    showDevelopmentParts: true,
    requireDevelopmentParts: false,
    reviewRule: 'achieved',
    source:
      'L3S1 assessor guidance, LO2: outline the motivation theory used and why; at least three personal development objectives; the plan implemented and updated when at least one objective is reviewed and achieved (at least a month to achieve one)',
    isSmartRequired: false,
    isEachReviewRequired: false,
    pdfCriteria: { objectives: '2.1', progress: '2.2', update: '2.3' },
  },
  presentation: {
    id: 'presentation',
    label: 'Sales presentation objectives',
    unit: unitRef(L4C2),
    criteria: criteriaOf(L4C2, ['1.3']),
    assessorAsks:
      'Explain how to write objectives for presentations or demonstrations using the SMART model or similar, with at least two examples of objectives that show how they work in practice.',
    guidance: [
      'Set clear achievements for the presentation: SMART objectives, your unique selling points, tailored to this customer’s requirements.',
      'Base the objectives on the customer’s answers to your questions about their needs.',
      'End with an agreed call to action: the objective should say what the customer will agree to, and by when.',
    ],
    minObjectives: 2,
    maxHorizonDays: 183,
    relevantLabel: 'The customer need or interest it meets',
    relevantHint: 'Which of the customer’s needs or interests (from your questioning) does this objective answer?',
    whatHint: 'For example: gain agreement to a paid pilot of the fleet-tracking system.',
    showSelfAssessment: false,
    requireSelfAssessment: false,
    showDevelopmentParts: false,
    requireDevelopmentParts: false,
    reviewRule: 'each-reviewed',
    source:
      'L4C2 assessor guidance, LO1: explain how to write objectives for presentations or demonstrations using the SMART model or similar, with at least two examples of objectives',
    isSmartRequired: true,
    isEachReviewRequired: false,
    pdfCriteria: { objectives: '1.3', progress: null, update: null },
    notEvidenced:
      'Delivering the presentation (L4C2 2.3) is not evidenced by this document. The unit asks for evidence of delivering it such as a video recording, an observation record completed by a tutor or assessor, or a witness testimony from a manager: file that record with this document.',
  },
};

export const CONTEXT_SUMMARY: Record<ContextId, string> = {
  'sales-targets': 'At least two SMART personal sales targets linked to your team’s targets (L3C4 1.1).',
  'development-plan': 'A personal development plan from a self-assessment, with weekly reviews over eight weeks (L3S3 2.1–2.4).',
  'motivation-plan': 'A development plan built on a named motivation theory, with at least three objectives (L3S1 2.1–2.3).',
  presentation: 'Objectives for a sales presentation or demonstration, tailored to one customer (L4C2 1.3; delivering it needs an observation or witness record).',
};

/** The key features of each theory, shown when it is chosen, to draw objectives from. */
export const THEORY_FEATURES: Record<MotivationTheory, string> = {
  maslow: 'Needs in order: physiological, safety, belonging, esteem, self-actualisation. Say which level drives you now and set objectives that meet it (e.g. esteem: recognition for results).',
  herzberg: 'Hygiene factors (pay, conditions, policies) prevent dissatisfaction; motivators (achievement, recognition, responsibility, growth) create satisfaction. Aim objectives at motivators.',
  vroom: 'Motivation = expectancy (effort leads to performance) × instrumentality (performance leads to reward) × valence (the reward matters to you). Set objectives you believe you can reach, tied to rewards you value.',
  mcclelland: 'Three needs: achievement, affiliation and power. Say which dominates for you, then write objectives that use it (e.g. power: lead a team initiative).',
  mcgregor: 'Theory X assumes people need control; Theory Y that they seek responsibility. Say which describes how you work best and shape objectives around it (e.g. Y: self-directed goals).',
  other: 'Name the theory, outline its key features and say how your objectives draw on them.',
};

/** Criteria a learner can start from (L3S3 2.1: job description, competence frameworks such as ISP’s SCA). */
export const SUGGESTED_CRITERIA = [
  'Prospecting and generating leads',
  'Questioning to identify customer needs',
  'Presenting solutions and value',
  'Handling objections',
  'Negotiating and closing',
  'Managing time and the pipeline in the CRM',
  'Product and market knowledge',
  'Building long-term customer relationships',
];

export type ExampleRewrite = { weak: string; rewrite: string; why: string };

/** Weak objectives beside their SMART rewrites, with why, for learners to learn from and tutors to show. */
export const EXAMPLES_LIBRARY: Record<ContextId, ExampleRewrite[]> = {
  'sales-targets': [
    {
      weak: 'Increase my sales.',
      rewrite:
        'By 31 March, I will increase my monthly new-business sales in the Leeds territory from £18,000 to £22,000, measured in CRM invoiced sales, contributing £4,000 of the team’s £16,000 monthly growth target.',
      why: 'The weak version has no number, no deadline and no link to the team target. The rewrite says how much, by when, how it is measured and which team target it serves.',
    },
    {
      weak: 'Make more calls to prospects.',
      rewrite:
        'From 1 February to 30 April, I will make 15 qualified prospecting calls a day (up from 10), logged in the CRM, to build the pipeline the team needs for its 40-new-accounts target.',
      why: '“More” is vague. The rewrite sets a measured activity target from a known baseline, a period, and why it matters to the team.',
    },
    {
      weak: 'Double my sales by next week.',
      rewrite:
        'By the end of the quarter, I will raise my average order value from £420 to £480 by offering battery storage with every solar quote, based on 20 % of my customers already buying add-ons.',
      why: 'Doubling sales in a week is not achievable. The rewrite is a realistic stretch, justified by past performance, with enough time.',
    },
  ],
  'development-plan': [
    {
      weak: 'Get better at objection handling.',
      rewrite:
        'By 15 May, I will raise my objection-handling score on the ISP Sales Competency Assessment from 2 to 4, by completing the internal e-learning module and two shadowing sessions with a senior account manager, reviewed weekly with my line manager.',
      why: '“Get better” cannot be measured. The rewrite names the measure (SCA score), baseline and target, methods, support, and a date.',
    },
    {
      weak: 'Learn about the CRM.',
      rewrite:
        'Within eight weeks, I will log 100 % of my customer contacts in the CRM on the same day (currently about 60 %), using the two CRM webinars and a weekly check with the sales administrator.',
      why: '“Learn about” is an activity, not a result. The rewrite says what will be different, how it is checked and who helps.',
    },
    {
      weak: 'Become the top salesperson.',
      rewrite:
        'By the end of June, I will improve my proposal-to-customer conversion rate from 25 % to 32 %, by attending the consultative selling course and practising its questioning method on every proposal call.',
      why: '“Top salesperson” depends on others and has no measure. The rewrite is within the learner’s control, measured and dated.',
    },
  ],
  'motivation-plan': [
    {
      weak: 'Be more motivated at work.',
      rewrite:
        'Using McClelland’s need for achievement, by 30 April I will set and publish a weekly personal target of 12 qualified leads (currently 8), and track it on a visible chart each Friday.',
      why: 'Motivation itself is not measurable. The rewrite uses the theory’s key feature (clear, challenging standards with feedback) to set a measured target.',
    },
    {
      weak: 'Get more recognition.',
      rewrite:
        'Drawing on Herzberg’s motivators, by the end of March I will present 2 customer success stories at the monthly sales meeting, agreed with my manager in my one-to-one.',
      why: 'Recognition depends on others; the rewrite turns it into something the learner does, counts and dates.',
    },
    {
      weak: 'Work harder.',
      rewrite:
        'Using Vroom’s expectancy theory, by 31 May I will complete 3 product-certification modules (0 now) so I am confident enough to pitch the premium range, which pays double commission.',
      why: 'The rewrite links effort to performance and to a reward the learner values, with a count and a date.',
    },
  ],
  presentation: [
    {
      weak: 'Give a good presentation.',
      rewrite:
        'At the 12 March meeting, I will gain the operations director’s agreement to a 30-day paid pilot of 10 vehicle trackers, by showing the £1,800 monthly fuel saving she asked about.',
      why: '“Good” is not measurable. The rewrite names the call to action, the decision-maker, the number and the date, tied to the customer’s stated need.',
    },
    {
      weak: 'Tell them about our products.',
      rewrite:
        'In the 25-minute demonstration on 20 March, I will show how the booking app cuts no-shows (their top concern) and agree a follow-up meeting with the practice manager within 7 days.',
      why: 'The weak version is about the seller. The rewrite is about the customer’s need and ends with an agreed next step.',
    },
    {
      weak: 'Close the deal.',
      rewrite:
        'By the end of the 14 April presentation, I will answer all three objections raised at discovery (price, installation time, training) and gain a signed order for 40 licences, up from their current 25.',
      why: 'The rewrite says what must happen for the deal to close, how many and when, so success can be checked afterwards.',
    },
  ],
};
