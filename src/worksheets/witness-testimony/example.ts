import type { WitnessTestimonyData } from './model';

/**
 * A fictional worked example written for the toolkit: a regional sales manager's testimony of a
 * learner's contract renewal negotiation and close (L3C3). It meets every completeness rule.
 */
export function createWitnessTestimonyExample(): { name: string; data: WitnessTestimonyData } {
  return {
    name: 'Worked example: negotiation and close at The Old Bakehouse',
    data: {
      unit: 'L3C3',
      observed: [
        {
          code: '2.2',
          account:
            'I sat in on Sam’s meeting with Helen Price, operations director of The Old Bakehouse, to renew the supply contract for their four cafés. Sam opened by recapping what Helen had told us in September (rising dairy costs, two sites short of storage) and agreed an agenda with her before talking price. Sam ran the meeting for about 50 minutes and kept it on the agenda without rushing her.',
        },
        {
          code: '2.4',
          account:
            'Helen asked for 8% off the list price. Sam did not simply give a discount: she offered 5% if The Old Bakehouse moved to a 12-month agreement and fortnightly deliveries, which suits our van routes. Helen said it was “fairer than last year’s deal”. Both sides came away with something they wanted.',
        },
        {
          code: '2.7',
          account:
            'Sam checked agreement as she went. After the delivery schedule she asked “So fortnightly on Tuesdays would work for all four sites?” and after the chiller offer “Is that the storage problem solved for Stroud and Nailsworth?”. Helen said yes to both, which made the final close easy.',
        },
        {
          code: '3.1',
          account:
            'Helen’s main concern was being tied in for a year if prices rose. Sam asked what worried her most, then explained the price-hold clause and that she could review volumes at six months. Helen’s finance manager raised the minimum order; Sam showed that their last three months were already above it.',
        },
        {
          code: '3.3',
          account:
            'Sam summarised the terms (12 months, 5% off list, fortnightly Tuesday deliveries, two loan chillers) and asked Helen if she was happy to go ahead. Helen agreed and signed the order form in the meeting. Back in the office Sam updated the account in our CRM the same afternoon; I checked it the next morning.',
        },
      ],
      witness: {
        name: 'Gareth Morgan',
        role: 'Regional Sales Manager, South West',
        relationship: 'line-manager',
        relationshipOther: '',
        knownFor: 'Two years, as her line manager',
        contact: 'gareth.morgan@severnvalleycatering.example, 0117 496 0732',
        assessorQualification: 'no',
        qualificationName: '',
      },
      observedFrom: '2026-10-14',
      observedTo: '',
      setting:
        'The customer’s head office in Stroud, Gloucestershire: a face-to-face meeting to renew a catering supplies contract worth about £38,000 a year. Helen Price agreed in advance that I could sit in and take notes.',
      declarationDate: '2026-10-16',
      assessor: { decision: '', comments: '', date: '' },
    },
  };
}
