import { addDays, todayIso } from '../../lib/dates';
import { createEmptySmart, newObjective, type ContextId, type Objective, type Review, type SmartData } from './model';

/**
 * A worked example per context, with dates relative to "today" so deadlines stay in the future
 * and reviews in the recent past whenever a tutor opens one. All fictional.
 */

type ObjectiveParts = Omit<Objective, 'id' | 'sentence' | 'reviews' | 'development'> & {
  development?: Objective['development'];
  reviews: Array<Omit<Review, 'id'>>;
};

const objectives = (prefix: string, items: ObjectiveParts[]): Objective[] =>
  items.map((item, i) => ({
    ...newObjective(`${prefix}-objective-${i + 1}`),
    ...item,
    development: item.development ?? newObjective('x').development,
    reviews: item.reviews.map((review, r) => ({ ...review, id: `${prefix}-objective-${i + 1}-review-${r + 1}` })),
  }));

const ROLE = 'Inside sales executive, Brightwave Home Energy Ltd (fictional)';

function salesTargetsExample(today: string): SmartData {
  return {
    ...createEmptySmart(),
    context: 'sales-targets',
    role: 'Field sales executive, Brightwave Home Energy Ltd (fictional), Leeds territory',
    planStart: addDays(today, -21),
    salesTargets: {
      teamTargets:
        'The Yorkshire team must grow monthly new-business sales from £96,000 to £112,000 this quarter (+£16,000), and raise the share of solar quotes that include a battery from 25 % to 40 %.',
      howSet:
        'I started from the team targets my manager agreed with the sales director, then took a share in line with my territory’s potential (about a quarter of the team’s prospects). I checked my last six months in the CRM to set a baseline, and made each target Specific (what, which customers, where), Measurable (a number from the CRM), Achievable (compared with my best months and the leads I have), Realistic (each links to a team target, so it is realistic and relevant to the team) and Time-bound (the quarter end, with monthly milestones). My manager agreed both targets at my one-to-one.',
    },
    objectives: objectives('sales', [
      {
        specific: { what: 'win new residential solar customers', who: 'from homeowner leads', where: 'in the Leeds territory' },
        measurable: { metric: 'monthly new-business sales', baseline: '£18,000', target: '£22,000', unit: 'a month' },
        achievable: {
          resources: 'Warm leads from the spring marketing campaign; two more survey slots a week agreed with operations.',
          pastPerformance: 'I reached £21,400 in my best month last year, and my conversion rate from survey to order is 32 %.',
          constraints: 'Installer capacity: I will check install dates before promising them.',
        },
        relevant: { link: 'my £4,000 share of the team’s £16,000 monthly growth target' },
        timeBound: { deadline: addDays(today, 70), milestones: '£20,000 by the end of month one; £22,000 by the quarter end.' },
        reviews: [
          {
            date: addDays(today, -14),
            value: '19,200',
            progress: 'Three new orders from campaign leads; pipeline looks healthy.',
            evidence: 'CRM sales report for the month to date.',
            nextStep: 'Book the two extra survey slots for next week.',
          },
          {
            date: addDays(today, -7),
            value: '20,100',
            progress: 'Month-one milestone reached a week early.',
            evidence: 'CRM invoiced sales; manager’s weekly dashboard.',
            nextStep: 'Follow up the five proposals still open.',
          },
        ],
      },
      {
        specific: { what: 'offer a home battery with every solar quote', who: 'to new solar customers', where: 'at the survey visit' },
        measurable: { metric: 'the share of my solar quotes that include a battery', baseline: '20', target: '40', unit: '%' },
        achievable: {
          resources: 'The new battery price list and the savings calculator on my tablet.',
          pastPerformance: 'Colleagues who show the savings calculator reach 45 %; I reached 28 % in the weeks I used it.',
          constraints: 'Battery stock: I will check availability each Monday.',
        },
        relevant: { link: 'the team target of 40 % of solar quotes including a battery' },
        timeBound: { deadline: addDays(today, 70), milestones: '30 % by the end of month one.' },
        reviews: [
          {
            date: addDays(today, -7),
            value: '31',
            progress: 'Used the savings calculator on every survey; 5 of 16 quotes included a battery.',
            evidence: 'Quote log exported from the CRM.',
            nextStep: 'Ask my manager to observe one survey and give feedback on how I introduce the battery.',
          },
        ],
      },
    ]),
  };
}

function developmentPlanExample(today: string): SmartData {
  const start = addDays(today, -56);
  const week = (n: number) => addDays(start, n * 7);
  const scores = ['2', '2', '3', '3', '3', '3', '4', '4'];
  const notes = [
    'Completed the first e-learning module on objection types.',
    'Shadowed a senior account manager on four calls; noted how she answers price objections.',
    'Used feel–felt–found on my own calls; manager scored a recorded call 3 of 5.',
    'Second shadowing session; practised with a colleague in role-play.',
    'Handled a difficult price objection and kept the sale.',
    'Finished the e-learning; quiz score 85 %.',
    'Manager scored two recorded calls 4 of 5.',
    'SCA retaken: objection handling now 4 of 5.',
  ];
  return {
    ...createEmptySmart(),
    context: 'development-plan',
    role: ROLE,
    planStart: start,
    selfAssessment: {
      source: 'My job description and the ISP Sales Competency Assessment (SCA)',
      tool: 'ISP Sales Competency Assessment and a gap analysis with my line manager',
      criteria: [
        { id: 'crit-1', criterion: 'Prospecting and generating leads', score: 4, evidence: 'Top three in the team for booked surveys last quarter.' },
        { id: 'crit-2', criterion: 'Questioning to identify customer needs', score: 4, evidence: 'Manager’s call reviews: “good open questions”.' },
        { id: 'crit-3', criterion: 'Presenting solutions and value', score: 3, evidence: 'Clear on products; sometimes lists features, not benefits.' },
        { id: 'crit-4', criterion: 'Handling objections', score: 2, evidence: 'SCA score 2; I lose sales at the price objection.' },
        { id: 'crit-5', criterion: 'Negotiating and closing', score: 3, evidence: 'Conversion 24 %, team average 27 %.' },
        { id: 'crit-6', criterion: 'Managing time and the pipeline in the CRM', score: 2, evidence: 'About 60 % of contacts logged on the same day.' },
        { id: 'crit-7', criterion: 'Product and market knowledge', score: 5, evidence: 'Passed all product certifications first time.' },
      ],
      strengths: 'Prospecting (4), questioning to find needs (4) and product knowledge (5): I get in front of customers and understand what they need.',
      needs: 'Handling objections (2) and keeping the CRM up to date (2): I lose sales at the price objection and my pipeline reports are unreliable.',
    },
    objectives: objectives('pdp', [
      {
        specific: { what: 'handle price objections using the feel–felt–found method', who: 'with homeowners', where: 'on my telephone sales calls' },
        measurable: { metric: 'my objection-handling score on the ISP SCA', baseline: '2', target: '4', unit: 'out of 5' },
        achievable: {
          resources: 'Internal e-learning module (3 hours), two shadowing sessions, my manager’s time for call reviews.',
          pastPerformance: 'I moved my questioning score from 2 to 4 last year with the same kind of coaching.',
          constraints: 'Busy season: I have booked the learning time in my calendar on Friday mornings.',
        },
        relevant: { link: 'my biggest development need: handling objections scored 2 of 5, and my job description requires converting 27 % of surveys' },
        timeBound: { deadline: addDays(today, 21), milestones: 'Score 3 on a recorded call by week 4; retake the SCA in week 8.' },
        development: {
          opportunity: 'Shadowing a senior account manager; internal coaching from my line manager',
          methods: 'Internal e-learning module, shadowing, role-play practice, on-the-job practice on live calls',
          support: 'Line manager (weekly call review), senior account manager (shadowing), e-learning platform licence',
          successMeasure: 'SCA objection-handling score of 4, and conversion up from 24 % towards the team’s 27 %',
        },
        reviews: scores.map((value, i) => ({
          date: week(i + 1),
          value,
          progress: notes[i]!,
          evidence: i % 2 === 0 ? 'E-learning record and my call notes.' : 'Manager’s call review form.',
          nextStep: i < 7 ? 'Keep practising on live calls; review again next week.' : 'Set a new objective on closing.',
        })),
      },
      {
        specific: { what: 'log every customer contact in the CRM', who: 'for all my leads and customers', where: 'on the same working day' },
        measurable: { metric: 'the share of contacts logged the same day', baseline: '60', target: '100', unit: '%' },
        achievable: {
          resources: 'Two CRM webinars; a 10-minute slot at the end of each day; weekly check with the sales administrator.',
          pastPerformance: 'In the weeks I blocked end-of-day time I logged over 90 % the same day.',
          constraints: 'Late survey visits: I will log from my phone before leaving the customer.',
        },
        relevant: { link: 'my second development need: pipeline management scored 2 of 5, which makes team forecasts unreliable' },
        timeBound: { deadline: addDays(today, 28), milestones: '80 % by week 4; 100 % by week 8.' },
        development: {
          opportunity: 'CRM vendor webinars; help from the sales administrator',
          methods: 'Webinars, self-directed practice, a daily routine',
          support: 'Sales administrator (weekly check of my records), CRM mobile app',
          successMeasure: '100 % of contacts logged the same day for two weeks running, shown in the CRM audit report',
        },
        reviews: [2, 4, 6, 8].map((n, i) => ({
          date: week(n),
          value: ['70', '82', '92', '97'][i]!,
          progress: ['Watched the first webinar; set a daily reminder.', 'Using the mobile app after visits.', 'Only missed two late visits.', 'Nearly there; one missed day.'][i]!,
          evidence: 'CRM audit report from the sales administrator.',
          nextStep: i < 3 ? 'Keep the end-of-day slot.' : 'Two more weeks at 100 % to meet the measure of success.',
        })),
      },
    ]),
    planUpdate:
      'Weekly reviews with my line manager showed objection handling improving steadily; I reached the SCA target in week 8, so I have added a new objective on closing. CRM logging is at 97 %: I moved the deadline two weeks later and added logging from my phone after late visits.',
  };
}

function motivationPlanExample(today: string): SmartData {
  const start = addDays(today, -42);
  return {
    ...createEmptySmart(),
    context: 'motivation-plan',
    role: ROLE,
    planStart: start,
    motivation: {
      theory: 'mcclelland',
      otherTheory: '',
      mainMotivator: 'Need for achievement',
      whyChosen:
        'McClelland’s theory fits me best: I am driven most by beating my own standards and seeing clear results (achievement), more than by being liked (affiliation) or by influence (power). So each objective sets a challenging, measurable standard with regular feedback, which is what keeps me motivated and so improves my sales performance.',
    },
    objectives: objectives('motivation', [
      {
        specific: { what: 'book qualified survey appointments', who: 'with homeowners who enquire online', where: 'on my inbound calls' },
        measurable: { metric: 'qualified surveys booked a week', baseline: '8', target: '12', unit: 'a week' },
        achievable: {
          resources: 'Inbound lead list, the qualifying script, a visible weekly chart on my desk.',
          pastPerformance: 'I booked 11 in my best week last quarter.',
          constraints: 'Lead volume dips in school holidays; I will use the nurture list then.',
        },
        relevant: { link: 'my need for achievement: a clear weekly standard with feedback each Friday, which feeds more sales' },
        timeBound: { deadline: addDays(today, 20), milestones: '10 a week by week 3.' },
        reviews: [
          { date: addDays(start, 14), value: '10', progress: 'Up to 10 a week using the chart.', evidence: 'CRM bookings report.', nextStep: 'Try calling back within 5 minutes of enquiry.' },
          { date: addDays(start, 35), value: '12', progress: 'Reached 12 for two weeks running: objective achieved.', evidence: 'CRM bookings report; manager confirmed.', nextStep: 'Raise the standard to 13 and keep the chart.' },
        ],
      },
      {
        specific: { what: 'complete the premium heat-pump certification modules', who: 'with the manufacturer’s trainer', where: 'on the online academy' },
        measurable: { metric: 'certification modules passed', baseline: '0', target: '3', unit: 'modules' },
        achievable: {
          resources: 'Two hours a week of learning time agreed with my manager; the manufacturer’s online academy.',
          pastPerformance: 'I passed the solar certification modules in four weeks last year.',
          constraints: 'Fit study around peak call times (Tuesday and Thursday afternoons are quiet).',
        },
        relevant: { link: 'achievement through mastery: certification lets me sell the premium range, which raises my average order value' },
        timeBound: { deadline: addDays(today, 35), milestones: 'One module every two weeks.' },
        reviews: [
          { date: addDays(start, 21), value: '1', progress: 'Module 1 passed (86 %).', evidence: 'Academy certificate.', nextStep: 'Start module 2 next Tuesday.' },
        ],
      },
      {
        specific: { what: 'beat my personal best for monthly conversion', who: 'on surveys with homeowners', where: 'in my territory' },
        measurable: { metric: 'survey-to-order conversion rate', baseline: '24', target: '28', unit: '%' },
        achievable: {
          resources: 'Call reviews with my manager; the objection-handling guide.',
          pastPerformance: 'My best month was 27 %.',
          constraints: 'Depends partly on install dates; I will check capacity before promising.',
        },
        relevant: { link: 'my need for achievement: a personal best gives me a standard to beat and lifts my sales performance' },
        timeBound: { deadline: addDays(today, 50), milestones: '26 % by the end of next month.' },
        reviews: [
          { date: addDays(start, 28), value: '25', progress: 'Conversion at 25 % this month.', evidence: 'CRM conversion report.', nextStep: 'Ask for two call reviews focused on closing.' },
        ],
      },
    ]),
    planUpdate:
      'Objective 1 was achieved in week 5, so I raised the weekly standard to 13 surveys. The certification objective is on track. For conversion I added call reviews focused on closing after my manager’s feedback.',
  };
}

function presentationExample(today: string): SmartData {
  const date = addDays(today, -3);
  return {
    ...createEmptySmart(),
    context: 'presentation',
    role: 'Account manager, TrackWise Telematics Ltd (fictional)',
    presentation: {
      customer: 'Northern Fresh Deliveries Ltd (fictional): operations director and fleet manager',
      customerNeeds:
        'From discovery questions: fuel costs up 18 % this year; drivers idling at drops; needs proof of savings before committing the whole fleet of 60 vans; worried about training time.',
      date,
      howWritten:
        'I wrote the objectives from the customer’s answers to my discovery questions, so each one meets a stated need (fuel cost, proof before commitment, training). Each is SMART: a specific agreement I want, a number to measure it by, achievable with the decision-makers in the room, relevant to their needs, and timed to the meeting or a date soon after. Each ends in a call to action, so I can check afterwards whether the presentation met it.',
    },
    objectives: objectives('presentation', [
      {
        specific: { what: 'gain agreement to a 30-day paid pilot of our vehicle trackers', who: 'from the operations director', where: 'at the presentation meeting' },
        measurable: { metric: 'vans in the agreed pilot', baseline: '0', target: '10', unit: 'vans' },
        achievable: {
          resources: 'Fuel-saving calculator with their own mileage figures; two case studies from similar fleets.',
          pastPerformance: 'Four of my last six presentations to fleet customers ended in a pilot.',
          constraints: 'The finance director is absent; I will send a one-page cost summary for sign-off.',
        },
        relevant: { link: 'their need to prove fuel savings before committing the whole fleet' },
        timeBound: { deadline: date, milestones: '' },
        reviews: [
          { date, value: '10', progress: 'Pilot of 10 vans agreed at the meeting.', evidence: 'Signed pilot order form; meeting notes.', nextStep: 'Book installation for next Monday.' },
        ],
      },
      {
        specific: { what: 'answer the training-time concern with the 20-minute driver app demo', who: 'for the fleet manager', where: 'in the demonstration part of the meeting' },
        measurable: { metric: 'open concerns left at the end of the meeting', baseline: '3', target: '0', unit: 'concerns' },
        achievable: {
          resources: 'Demo tablet with the driver app; training plan one-pager.',
          pastPerformance: 'The demo has answered training concerns in every presentation this year.',
          constraints: 'Meeting room Wi-Fi: I will bring a mobile hotspot.',
        },
        relevant: { link: 'their worry about training time for 60 drivers' },
        timeBound: { deadline: date, milestones: '' },
        reviews: [
          { date, value: '0', progress: 'All three concerns answered; fleet manager said the app “looks easy”.', evidence: 'Meeting notes agreed by email.', nextStep: 'Send the training plan with the pilot confirmation.' },
        ],
      },
    ]),
  };
}

const BUILDERS: Record<ContextId, { name: string; build(today: string): SmartData }> = {
  'sales-targets': { name: 'Worked example: personal sales targets (L3C4)', build: salesTargetsExample },
  'development-plan': { name: 'Worked example: professional development plan (L3S3)', build: developmentPlanExample },
  'motivation-plan': { name: 'Worked example: motivation plan (L3S1)', build: motivationPlanExample },
  presentation: { name: 'Worked example: presentation objectives (L4C2)', build: presentationExample },
};

/** The worked example for one context, dated relative to `today`. */
export function createSmartExampleFor(context: ContextId, today: string = todayIso()): { name: string; data: SmartData } {
  const builder = BUILDERS[context];
  return { name: builder.name, data: builder.build(today) };
}

/** The home page's worked example: the professional development plan, the richest context. */
export const createSmartExample = () => createSmartExampleFor('development-plan');
