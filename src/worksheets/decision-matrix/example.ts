import { todayIso } from '../../lib/dates';
import { cellKey, type DecisionData } from './model';

const DAY_MS = 24 * 60 * 60 * 1000;
/** A date a number of days from today, so the example's history always looks recent. */
const daysFromToday = (days: number, now: Date) => todayIso(new Date(now.getTime() + days * DAY_MS));

const OPTIONS = [
  {
    id: 'example-option-bands',
    name: 'Price bands in the CRM',
    description: 'Build agreed discount bands into the CRM quote template, so quotes up to 12 % discount are approved automatically and only larger ones go to the sales manager.',
  },
  {
    id: 'example-option-coordinator',
    name: 'Quotes coordinator',
    description: 'Recruit a full-time quotes coordinator to prepare every quote and chase approvals.',
  },
  {
    id: 'example-option-slots',
    name: 'Twice-daily approval slots',
    description: 'The sales manager approves every waiting quote at 11:00 and 16:00 each day.',
  },
  {
    id: 'example-option-cpq',
    name: 'New CPQ software',
    description: 'Buy a configure-price-quote package that builds and approves quotes from rules.',
  },
];

const CRITERIA = [
  { id: 'example-criterion-speed', name: 'Faster quotes', weight: '5', meaning: 'How much it cuts the time from request to quote.' },
  { id: 'example-criterion-cost', name: 'Cost', weight: '4', meaning: 'Set-up and running cost for the first year (5 = cheapest).' },
  { id: 'example-criterion-time', name: 'Time to put in place', weight: '3', meaning: 'How soon it can be working (5 = within a month).' },
  { id: 'example-criterion-root', name: 'Tackles the root cause', weight: '4', meaning: 'Whether it fixes the missing pricing rules rather than working around them.' },
  { id: 'example-criterion-ease', name: 'Ease for the sales team', weight: '2', meaning: 'How little extra work or training it asks of the reps.' },
];

/** Scores and notes per option, in CRITERIA order. */
const SCORES: Record<string, Array<[string, string]>> = {
  'example-option-bands': [
    ['5', 'Most quotes (86 %) fall inside 12 % discount, so they would go out the same day.'],
    ['4', 'About 3 days of the CRM administrator’s time; no new licences.'],
    ['4', 'CRM administrator estimates three weeks including testing.'],
    ['5', 'Writes the pricing rules down and puts them where reps work.'],
    ['4', 'Reps keep the same template; a short briefing is enough.'],
  ],
  'example-option-coordinator': [
    ['4', 'Quotes prepared faster, but approvals still wait for the manager.'],
    ['2', 'Salary and on-costs of about £31,000 a year.'],
    ['3', 'Recruitment and induction would take six to eight weeks.'],
    ['2', 'Adds a person to the process; the pricing rules stay unwritten.'],
    ['5', 'Takes admin away from reps entirely.'],
  ],
  'example-option-slots': [
    ['3', 'No quote would wait more than half a day for approval, but preparation time is unchanged.'],
    ['5', 'No cost beyond the manager’s time.'],
    ['5', 'Could start next Monday.'],
    ['2', 'Every discount still needs the manager; the bottleneck moves, it does not go.'],
    ['3', 'Reps must plan around two fixed times.'],
  ],
  'example-option-cpq': [
    ['5', 'Vendor demo showed quotes built and approved in minutes.'],
    ['1', 'Licences and set-up quoted at £18,500 in year one.'],
    ['1', 'Vendor’s lead time is four months.'],
    ['4', 'Rules would be written, but the project is larger than the problem.'],
    ['3', 'New system to learn; two days’ training per rep.'],
  ],
};

/** A fictional B2B sales team's quote delays, worked from problem to evaluation, that a tutor can open in one click. */
export function createDecisionExample(now: Date = new Date()): { name: string; data: DecisionData } {
  const cells: DecisionData['cells'] = {};
  for (const option of OPTIONS) {
    CRITERIA.forEach((criterion, j) => {
      const [score, note] = SCORES[option.id]![j]!;
      cells[cellKey(option.id, criterion.id)] = { score, note };
    });
  }
  return {
    name: 'Worked example: slow quotes at Northgate Office Supplies',
    data: {
      organisation: 'Northgate Office Supplies Ltd (fictional case study): B2B office supplies, 14-person sales team',
      problem: {
        statement:
          'Customers wait too long for quotes: the average time from request to quote is 4.2 working days, and we are losing deals to competitors who quote the same day.',
        systemicFactors: 'Every discount over 5 % needs the sales manager’s approval by email, and the CRM quote template has no price bands.',
        humanFactors: 'Reps are unsure what discount is reasonable, so they ask for approval even on routine quotes; the manager is out with customers two days a week.',
        environmentalFactors: 'Quote requests double in the back-to-school and year-end peaks, when the queue is longest.',
        peopleAffected: 'All 14 sales reps, the sales manager and about 320 active business customers.',
        duration: 'Since the commercial manager left 14 months ago',
        recurrence: 'recurring',
        cost: 'Win/loss review: 23 deals lost last quarter cited slow quotes, worth about £96,000 in revenue.',
        reputation: 'Two key accounts have complained in writing; our review score for responsiveness fell from 4.4 to 3.7.',
        severity: 'high',
      },
      dataSources: [
        {
          id: 'example-source-crm',
          source: 'CRM quote report (last 6 months)',
          dataType: 'quantitative',
          method: 'Exported all 1,180 quotes with request and sent dates',
          findings: 'Average 4.2 working days from request to quote; 78 % of quotes waited for manager approval.',
        },
        {
          id: 'example-source-winloss',
          source: 'Win/loss review for last quarter',
          dataType: 'quantitative',
          method: 'Coded the reason given for each of 61 lost deals',
          findings: '23 of 61 lost deals (38 %) named slow quoting as a reason.',
        },
        {
          id: 'example-source-interviews',
          source: 'Customer interviews',
          dataType: 'qualitative',
          method: 'Phone interviews with 8 buyers from key accounts',
          findings: 'Buyers expect a quote the same day for repeat orders; several said they now send requests to two suppliers.',
        },
        {
          id: 'example-source-team',
          source: 'Sales team discussion',
          dataType: 'qualitative',
          method: 'Team meeting with 10 reps, notes agreed afterwards',
          findings: 'Reps do not know the discount limits, so they send almost every quote for approval “to be safe”.',
        },
      ],
      rootCause: {
        problemForWhys: 'Quotes take 4.2 working days to reach customers.',
        whys: [
          'Most quotes wait for the sales manager to approve the discount.',
          'Any discount over 5 % needs approval, and most quotes include one.',
          'Reps have no guide to what discount is reasonable, so they ask to be safe.',
          'The pricing policy was written in 2019 and its bands were never put into the CRM.',
          'Nobody has owned the pricing process since the commercial manager left.',
        ],
        fishbone: [
          { id: 'example-fish-1', category: 'people', cause: 'Reps unsure of discount limits' },
          { id: 'example-fish-2', category: 'process', cause: 'All discounts over 5 % need manager sign-off by email' },
          { id: 'example-fish-3', category: 'technology', cause: 'CRM quote template has no price bands or approval rules' },
          { id: 'example-fish-4', category: 'management', cause: 'Pricing process has had no owner for 14 months' },
          { id: 'example-fish-5', category: 'environment', cause: 'Seasonal peaks double the number of quote requests' },
        ],
        statement:
          'The pricing rules are not written into the quoting tool and nobody owns them, so routine quotes queue for manual approval.',
      },
      optionsMethod: 'A 30-minute brainstorm with four reps and the CRM administrator, then feedback from two key-account buyers on the shortlist.',
      // Copies, so a change to one example never reaches the next.
      options: OPTIONS.map((o) => ({ ...o })),
      criteria: CRITERIA.map((c) => ({ ...c })),
      scale: '1-5',
      cells,
      decision: {
        chosenOptionId: 'example-option-bands',
        reason:
          'It scores highest by a clear margin, it is the only option that fixes the root cause at low cost, and no single weight can change the result without a large shift. It can be in place within a month.',
      },
      approval: {
        approver: 'Priya Shah',
        approverRole: 'Head of Sales',
        dateSought: daysFromToday(-56, now),
        how: 'Presented the data, root cause and decision matrix at the monthly sales meeting, then sent a one-page proposal by email.',
        answer: 'approved-with-conditions',
        dateAnswered: daysFromToday(-53, now),
        conditions: 'Finance to check the discount bands before go-live; results reviewed after six weeks.',
      },
      actions: [
        { id: 'example-action-1', action: 'Draft discount bands from last year’s margins', owner: 'Me', ownerKind: 'me', dueDate: daysFromToday(-49, now), status: 'done', progress: 'Bands drafted for 6 product groups.' },
        { id: 'example-action-2', action: 'Finance check of the bands', owner: 'Daniel Okafor (Finance Business Partner)', ownerKind: 'other', dueDate: daysFromToday(-45, now), status: 'done', progress: 'Approved with one band lowered from 15 % to 12 %.' },
        { id: 'example-action-3', action: 'Build bands and auto-approval into the CRM quote template', owner: 'Tom Reid (CRM Administrator)', ownerKind: 'other', dueDate: daysFromToday(-35, now), status: 'done', progress: 'Live from the start of the month after testing with two reps.' },
        { id: 'example-action-4', action: 'Brief the sales team and share a one-page guide', owner: 'Me', ownerKind: 'me', dueDate: daysFromToday(-33, now), status: 'done', progress: 'Briefed at the team meeting; guide pinned in the team channel.' },
        { id: 'example-action-5', action: 'Six-week review of turnaround and margins', owner: 'Priya Shah (Head of Sales)', ownerKind: 'other', dueDate: daysFromToday(7, now), status: 'in-progress', progress: 'Data pulled; review meeting booked.' },
      ],
      evaluation: {
        measures: [
          { id: 'example-measure-1', measure: 'Average time from request to quote', before: '4.2 working days', after: '1.1 working days' },
          { id: 'example-measure-2', measure: 'Quotes waiting for manager approval', before: '78 %', after: '14 %' },
          { id: 'example-measure-3', measure: 'Deals lost citing slow quotes (per month)', before: '7.7', after: '2' },
        ],
        outcome: 'partly',
        evidence:
          'Turnaround is down by three quarters and approvals by four fifths. Quotes with non-standard products still wait, because those are outside the bands.',
        furtherActions: 'Add bands for non-standard products; include the pricing guide in new starters’ induction; name a permanent owner for the pricing process.',
      },
    },
  };
}
