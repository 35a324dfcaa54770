/**
 * Prompts for each step, drawn from the indicative content and assessor guidance of unit L3L3
 * (Solving Problems) in the ISP Level 3 specification.
 */
export const GUIDANCE = {
  problem:
    'Choose a current problem in your organisation’s sales function. Typical ones: poor customer service, an inefficient sales process, poor lead generation, poor communication between teams, unrealistic targets, delays in delivering products or services, customer dissatisfaction.',
  nature:
    'The nature of a problem is what lies underneath it. Systemic factors: software problems, organisational processes or procedures. Human factors: problems caused by the actions and decisions of people. Environmental factors: conditions around the team or the business.',
  scope:
    'Scope and impact: how far the problem reaches. How many people it affects, how long it has lasted and whether it is new or keeps coming back, how severe it is, and what it costs in money and in reputation.',
  data:
    'Gather data and information from at least three sources. Quantitative data is numbers you can count or measure (CRM reports, conversion rates, response times). Qualitative data is what people think and say (interviews, customer feedback, observation). You need both kinds.',
  whys: 'Ask “Why?” about the problem, then about each answer in turn, until you reach a cause you can act on. Five is a guide: stop when the answer is the root.',
  fishbone:
    'A fishbone (Ishikawa) diagram sorts possible causes into categories such as people, process, technology, environment and management, so that none is overlooked.',
  options:
    'Generate at least three options from your data and root cause. Ways to generate them: team brainstorming, mind mapping, seeking feedback from the people affected.',
  criteria:
    'Criteria are what a good solution must do (e.g. cost, time to put in place, effect on the root cause, ease for the team, customer impact). Give each a weight for how much it matters: any numbers will do (e.g. 1–5 or percentages), they are turned into shares of 100 %.',
  matrix:
    'Score every option against every criterion on the scale you chose, and, as good practice, write a short note saying why (the unit asks for the matrix; the notes show the assessor your reasons). Each option’s weighted score is the sum of (weight share × score).',
  sensitivity:
    'How far each weight could move, with the others unchanged, before another option would draw level with the winner. A weight that only has to move a little means the decision is fragile: check that weight with your manager.',
  approval:
    'Seek sign-off from the manager responsible for this area. Say who you approached, when and how (meeting, email, proposal), what they answered and any conditions.',
  implementation:
    'Plan the actions: gaining sign-off from the people involved, communicating the change, taking action, supporting others and reviewing progress. Involve at least one other person, and track each action’s status.',
  evaluation:
    'Measure the problem before and after, using the same measures as your data where you can. Say whether the problem is fully or partly resolved, and note any further actions it needs.',
} as const;
