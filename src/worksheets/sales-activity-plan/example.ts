import type { Activity, SalesActivityPlanData } from './model';

const activity = (id: string, date: string, accountId: string, method: Activity['method'], objective: string, hours: string, outcome: Activity['outcome'], result: string): Activity => ({
  id,
  date,
  accountId,
  method,
  objective,
  hours,
  outcome,
  result,
});

/**
 * A fictional worked example a tutor can open in one click, written for the toolkit (any likeness
 * to a real business is chance): a field sales executive's March plan at a dental supplies firm in
 * Devon, at the month's end. It meets every completeness rule and every good-practice suggestion.
 */
export function createSalesActivityPlanExample(): { name: string; data: SalesActivityPlanData } {
  return {
    name: 'Worked example: March sales activity plan, Tamar Dental Supplies',
    data: {
      organisation: 'Tamar Dental Supplies Ltd (fictional), Plymouth: consumables and small equipment for dental practices in Devon and Cornwall',
      role: 'Field sales executive, Devon territory',
      target: 'Win £12,000 of new annual supply contracts from dental practices in Devon by 31 March 2027, my share of the team’s £60,000 first-quarter target.',
      targetValue: '12000',
      start: '2027-03-01',
      end: '2027-03-31',
      accounts: [
        { id: 'acc-harbour', name: 'Harbour Dental Care, Dartmouth', kind: 'prospect', value: '6000', probability: '60', notes: 'Unhappy with their current supplier’s delivery times; practice manager asked for a price list in February.' },
        { id: 'acc-exe', name: 'Exe Valley Smiles, Exeter', kind: 'prospect', value: '9000', probability: '30', notes: 'Four surgeries; contract with a national supplier ends in May.' },
        { id: 'acc-moor', name: 'Moorview Dental, Tavistock', kind: 'customer', value: '3000', probability: '80', notes: 'Existing customer for gloves and masks; could add impression materials.' },
        { id: 'acc-kings', name: 'Kingsbridge Family Dentistry', kind: 'prospect', value: '4000', probability: '40', notes: 'Met at the autumn trade evening; opening a second surgery in April.' },
        { id: 'acc-torquay', name: 'Torbay Orthodontics', kind: 'customer', value: '2500', probability: '50', notes: 'Buys from us twice a year; renewal due.' },
      ],
      activities: [
        activity('act-1', '2027-03-02', 'acc-harbour', 'in-person', 'Present the delivery guarantee and book a trial order', '3', 'done', 'Trial order of £600 agreed for w/c 15 March.'),
        activity('act-2', '2027-03-04', 'acc-moor', 'phone', 'Offer impression materials with the April order', '0.5', 'done', 'Samples requested.'),
        activity('act-3', '2027-03-09', 'acc-exe', 'video', 'Discovery call with the practice owner: needs before their May renewal', '1', 'done', 'Needs agreed; proposal asked for by 26 March.'),
        activity('act-4', '2027-03-11', 'acc-moor', 'in-person', 'Drop off impression material samples and show the ordering portal', '2', 'done', 'Added to the April order.'),
        activity('act-5', '2027-03-16', 'acc-kings', 'email', 'Send the new-surgery starter pack offer', '0.5', 'done', 'Meeting booked for 24 March.'),
        activity('act-6', '2027-03-18', 'acc-harbour', 'phone', 'Check the trial order went well and ask for the annual contract', '0.5', 'done', 'Contract for £6,000 signed 19 March.'),
        activity('act-7', '2027-03-18', 'acc-torquay', 'event', 'Meet at the Devon dental trade evening and agree the renewal date', '4', 'moved', 'Their manager could not attend: call moved to 30 March.'),
        activity('act-8', '2027-03-24', 'acc-kings', 'in-person', 'Walk through the starter pack for the new surgery', '3', 'done', 'Proposal for £4,000 sent 25 March.'),
        activity('act-9', '2027-03-26', 'acc-exe', 'in-person', 'Present the proposal to the owner and practice manager', '3', 'done', 'Proposal for £9,000 under review; decision due 9 April.'),
        activity('act-10', '2027-03-30', 'acc-torquay', 'phone', 'Agree the renewal of their twice-yearly order', '0.5', 'done', 'Renewal of £2,500 confirmed.'),
      ],
      weeklyHours: '37.5',
      obligations: [
        { id: 'obl-team', what: 'Monday team meeting and one-to-one', hoursPerWeek: '2' },
        { id: 'obl-admin', what: 'Admin, quotes and CRM updates', hoursPerWeek: '5' },
        { id: 'obl-training', what: 'Product training (online)', hoursPerWeek: '1.5' },
      ],
      costs: [
        { id: 'cost-miles', kind: 'travel', what: 'Mileage to visits (about 420 miles at 45p a mile)', quantity: '420', unitCost: '0.45' },
        { id: 'cost-parking', kind: 'travel', what: 'Parking in Exeter and Dartmouth', quantity: '3', unitCost: '6' },
        { id: 'cost-samples', kind: 'samples', what: 'Impression material sample kits', quantity: '6', unitCost: '18' },
        { id: 'cost-event', kind: 'events', what: 'Devon dental trade evening: table and ticket', quantity: '1', unitCost: '150' },
        { id: 'cost-brochures', kind: 'materials', what: 'Printed new-surgery starter pack brochures', quantity: '100', unitCost: '0.80' },
        { id: 'cost-lunch', kind: 'hospitality', what: 'Lunch-and-learn sandwiches for Exe Valley’s team', quantity: '1', unitCost: '45' },
      ],
      colleagues: [
        {
          id: 'col-priya',
          name: 'Priya Shah',
          role: 'Area sales manager (my line manager)',
          date: '2027-02-25',
          feedback: 'Said I had planned too little for existing customers and that the trade evening was a poor use of four hours unless a customer was going.',
          change: 'Added the Moorview sample visit and the Torbay renewal call; kept the trade evening only because Torbay’s manager had said they would attend.',
        },
      ],
      indicators: [
        {
          id: 'ind-demos',
          name: 'Sales meetings held with prospects (in person or video)',
          target: '5',
          agreedWith: 'Priya Shah, area sales manager, 25 February',
          recordedBy: 'Logged in the CRM; weekly report at the Monday one-to-one',
          actuals: [
            { id: 'a-1', date: '2027-03-05', value: '1', note: 'Harbour Dental' },
            { id: 'a-2', date: '2027-03-12', value: '1', note: 'Exe Valley (video)' },
            { id: 'a-3', date: '2027-03-26', value: '2', note: 'Kingsbridge, Exe Valley' },
          ],
        },
        {
          id: 'ind-value',
          name: 'New annual contract value won (£)',
          target: '12000',
          agreedWith: 'Priya Shah, area sales manager, 25 February',
          recordedBy: 'Signed contracts in the CRM; month-end sales report',
          actuals: [
            { id: 'a-4', date: '2027-03-19', value: '6000', note: 'Harbour Dental contract' },
            { id: 'a-5', date: '2027-03-31', value: '2500', note: 'Torbay Orthodontics renewal' },
          ],
        },
      ],
      issues: [
        {
          id: 'iss-cancel',
          issue: 'A practice cancels a visit at short notice because of emergency patients.',
          likelihood: 'high',
          effect: 'Lost travel time and a week’s delay in that prospect’s sale; the meetings indicator falls behind.',
          action: 'Confirm each visit the day before, offer a video call instead, and keep a nearby customer call in reserve for the same trip.',
        },
        {
          id: 'iss-stock',
          issue: 'Impression material samples are out of stock at the warehouse.',
          likelihood: 'medium',
          effect: 'The Moorview visit has nothing to show, and the upsell slips to next month.',
          action: 'Order the sample kits in the first week and ask the warehouse to hold six; tell my manager if they are not there by 8 March.',
        },
        {
          id: 'iss-renewal',
          issue: 'Exe Valley’s owner delays the decision beyond their May renewal.',
          likelihood: 'medium',
          effect: 'The largest prospect on the list is not won this quarter, leaving the target £3,500 short.',
          action: 'Agree a decision date at the proposal meeting and line up Kingsbridge’s second surgery as the next largest opportunity.',
        },
      ],
      requirements:
        'Tamar asks each field executive for a monthly activity plan signed off by the area sales manager before the month starts, every customer contact logged in the CRM within a day, a weekly report of meetings and proposals at the Monday one-to-one, and expenses within £700 a month. Success is measured by new contract value against the quarterly target and by cost of sales below 8 % of new business.',
      evaluation:
        'The plan met most of Tamar’s requirements: it was signed off on 25 February, every contact was logged, and the weekly report showed where I stood. I held four of the five planned sales meetings and won £8,500 of the £12,000 target (71 %). Prioritising by value × probability worked: Harbour Dental, first on the list, signed within three weeks. What did not work was the trade evening: four hours planned around one customer who did not come. My budget of £590 was 4.9 % of the target, under the 8 % limit, but I spent most of it on travel; video calls for first meetings would have cut that. Exe Valley’s decision is due on 9 April, so April’s plan starts with it.',
      offTrack:
        'When Torbay’s meeting fell through I moved it to a phone call the following week and told my manager at the Monday one-to-one. Next month I will plan first meetings as video calls, keep one morning a week free for moved activities, and check the indicators every Friday rather than at the one-to-one.',
    },
  };
}
