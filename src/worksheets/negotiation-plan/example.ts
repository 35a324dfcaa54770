import { newObserved, type Negotiation, type NegotiationPlanData } from './model';

const close = (id: string, said: string) => ({ id, said });

const oldMill: Negotiation = {
  id: 'neg-old-mill',
  customer: 'The Old Mill Hotel, Keswick',
  contact: 'Rachel Dunmore, general manager (decides); Owen Price, head chef (uses the kit)',
  date: '2026-10-13',
  offer: 'A 10-grid combination oven with installation, and our Gold service plan (two visits a year, next-day callout).',
  needs:
    'Their 20-year-old ovens fail at weekends, when the restaurant does 140 covers; the chef needs consistent results with a smaller team; the budget is fixed until April and they want monthly payments. Found out in a discovery call and from our service records (three callouts since June).',
  objective: 'Agree the oven and a three-year service plan, installed before the Christmas party season.',
  limitsOn: 'Price of the oven, installed (£)',
  direction: 'higher',
  ideal: '£14,500',
  target: '£13,800',
  walkAway: '£13,000',
  concessions: [
    { id: 'c-om-1', what: 'Free installation and removal of the old ovens', cost: '£350', value: '£900', inReturn: 'A three-year service plan rather than one year' },
    { id: 'c-om-2', what: 'A half-day training session for the kitchen team', cost: '£200', value: '£600', inReturn: 'A case study and review we can use' },
    { id: 'c-om-3', what: 'Payment over 12 months at no interest', cost: '£300', value: '£700', inReturn: 'An order signed this month' },
  ],
  opportunities: [
    { id: 'o-om-1', kind: 'cross-sell', product: 'Blast chiller', question: 'How do you cool the stocks and sauces you batch-cook for the weekend?' },
    { id: 'o-om-2', kind: 'up-sell', product: 'Gold rather than Silver service plan', question: 'What does it cost you when an oven is down on a Saturday night?' },
  ],
  strategy: 'value-proposition',
  strategyOther: '',
  strategyWhy:
    'Rachel is weighing us against a cheaper online supplier. Leading with the cost of weekend breakdowns and the service plan keeps the talk on value, not the list price, and the payment plan answers the fixed budget.',
  observed: {
    ...newObserved(),
    date: '2026-10-13',
    observerName: 'Helen Marsh',
    observerRole: 'line-manager',
    customerPermission: true,
    observerComments: 'Calm and well prepared; kept to the limits and traded rather than gave. Next time bring the chiller brochure.',
    winWin:
      'The hotel gets a reliable oven before Christmas and pays monthly; we keep our price above target (£13,900) and win a three-year service plan. I traded the free installation for the longer plan rather than cutting the price.',
    questionsAsked: '“How do you cool what you batch-cook for the weekend?” led to the blast chiller; “What does a Saturday breakdown cost you?” led Rachel to choose the Gold plan.',
    needsMatched: 'Weekend failures → the Gold plan’s next-day callout; a smaller team → the oven’s stored programmes (shown on the tablet); fixed budget → 12 monthly payments.',
    verbalSignals: 'Rachel asked “How soon could it be in?”; I confirmed the 3 November slot and summarised the benefits again.',
    nonVerbalSignals: 'Owen leaned in and picked up the programme guide; I handed him the tablet to try the steam setting himself.',
    microCloses: [close('mc-om-1', '“So reliability at weekends matters more than the lowest price — is that fair?” (yes)'), close('mc-om-2', '“Would monthly payments fit the budget better than one invoice?” (yes)')],
    objections: 'Price: “The online one is £2,000 cheaper.” I restated what was included (installation, training, next-day callout) and asked “Apart from price, is there anything stopping you?” to isolate it. Nothing else was raised.',
    trialCloses: [close('tc-om-1', '“If we include the training, would you be happy to go ahead for a November install?”'), close('tc-om-2', '“Shall I pencil in 3 November?”')],
    closeTechnique: 'dual',
    howClosed: 'Dual close: “Would you prefer the 3 or the 10 November install?” Rachel chose the 3rd and signed the order at £13,900 with the Gold plan for three years.',
    recordsUpdated: 'CRM opportunity closed as won (£13,900 + plan), order raised, install booked in the service diary, promise of the chiller brochure logged as a task.',
  },
};

const ridgeway: Negotiation = {
  id: 'neg-ridgeway',
  customer: 'Ridgeway Academy Trust',
  contact: 'Sam Achebe, estates and procurement lead',
  date: '2026-10-22',
  offer: 'Replacement dishwashers for the trust’s three school kitchens, with a five-year maintenance contract.',
  needs: 'Three schools, one buyer; value for public money and a fair, documented process; no work in term time; energy use down (trust’s net zero plan).',
  objective: 'Win all three kitchens on one order, with the maintenance contract.',
  limitsOn: 'Discount off list price (%)',
  direction: 'lower',
  ideal: '0',
  target: '5',
  walkAway: '8',
  concessions: [
    { id: 'c-rw-1', what: 'Installation in the February half-term', cost: '£450', value: '£1,500', inReturn: 'All three schools on one order' },
    { id: 'c-rw-2', what: 'Energy report for the trust’s net zero plan', cost: '£120', value: '£400', inReturn: 'A five-year rather than three-year contract' },
  ],
  opportunities: [{ id: 'o-rw-1', kind: 'add-on', product: 'Water softeners', question: 'How hard is the water at each school, and how often are the machines descaled?' }],
  strategy: 'win-win',
  strategyOther: '',
  strategyWhy: 'A trust buys again for years; a fair deal that meets their process and their net zero aim builds the relationship better than a hard bargain.',
  observed: {
    ...newObserved(),
    isObserverExternal: true,
    date: '2026-10-22',
    observerName: 'Marcus Bell',
    observerRole: 'coach',
    customerPermission: true,
    observerComments: 'Good listening and a clear summary before closing. Check the decision process earlier next time.',
    winWin: 'The trust gets half-term installation and the energy report at 5 % off; we win three sites and a five-year contract.',
    questionsAsked: '“How hard is the water at each school?” showed two sites with hard water: Sam added softeners to the order.',
    needsMatched: 'No term-time work → half-term install; net zero → energy-rated machines and the report; fair process → a written quote per school.',
    verbalSignals: 'Sam said “That would tick the net zero box”; I agreed and showed the energy figures per wash.',
    nonVerbalSignals: 'Sam began writing the site names on my quote; I went through each site with him.',
    microCloses: [close('mc-rw-1', '“Does half-term work for all three schools?” (yes)'), close('mc-rw-2', '“Is one order for the three sites simpler for you?” (yes)'), close('mc-rw-3', '“Shall I include the energy report?” (yes)')],
    objections: 'Concern about the trust’s process: “I need three quotes.” I asked what the other quotes compare and offered a line-by-line quote per school to make it easy.',
    trialCloses: [close('tc-rw-1', '“If the quotes come out as we discussed, are you in a position to order by December?”')],
    closeTechnique: 'organisation',
    howClosed: 'Organisation close: agreed the next step with Sam — the quote to go to the trust’s finance committee on 4 November; verbal agreement at 5 % subject to that meeting.',
    recordsUpdated: 'CRM updated with the quote, the agreed 5 % and the committee date; forecast moved to “commit”.',
    managerName: 'Helen Marsh',
    managerDate: '2026-10-24',
    isManagerConfirmed: true,
  },
};

/** A fictional worked example a tutor can open in one click; it meets every completeness rule. A fresh copy each time, so no caller can change another's. */
export function createNegotiationPlanExample(): { name: string; data: NegotiationPlanData } {
  return {
    name: 'Worked example: Negotiation plan (Fellside Catering Equipment, fictional)',
    data: { organisation: 'Fellside Catering Equipment Ltd (fictional): commercial kitchen equipment and service, Cumbria', negotiations: [structuredClone(oldMill), structuredClone(ridgeway)] },
  };
}
