import type { CommunicationPlanData } from './model';

/**
 * A fictional worked example a tutor can open in one click; it meets every completeness rule and
 * every good-practice suggestion. Written for the toolkit: the company, people and figures are made up.
 */
export function createCommunicationPlanExample(): { name: string; data: CommunicationPlanData } {
  return {
    name: 'Worked example: Tamar Print & Signs',
    data: {
      organisation: {
        name: 'Tamar Print & Signs Ltd (fictional case study)',
        sector: 'Printing, signs and patient leaflets for dental and medical practices and conference venues in the South West',
        kind: 'case-study',
        description:
          'A family-owned printer with 28 staff in Plymouth. Four account managers (I am one) look after about 180 business customers; a customer service team of three takes orders by phone and email, and a dispatch team delivers twice a week. A new online reordering portal launches in January.',
      },
      audiences: [
        {
          id: 'aud-dental',
          name: 'Existing customers: practice managers at dental surgeries',
          who: 'About 60 practice managers at independent dental surgeries in Devon and Cornwall who reorder appointment cards, leaflets and signs every few months. Most have bought from us for years; many practices are partnerships.',
          needs: 'Reordering that takes minutes, the same price as last time, delivery before stock runs out, and proofs they can check quickly. They worry about mistakes on patient-facing material.',
          channels: 'Email they can read between patients, and a phone call at lunchtime (12:30–13:30). They do not want unplanned visits in clinic hours. Short video calls work for training.',
          legal: 'Data Protection Act 2018 and UK GDPR: we hold their names and contact details, so use them only for the account and keep the CRM accurate. PECR: many practices are partnerships, which count as individual subscribers, so marketing emails need consent or the soft opt-in for existing customers, with an unsubscribe link each time. Equality Act 2010: some managers need large-print or accessible documents.',
          organisational: 'Brand guidelines and house style for every email and letter; standard responses for price questions; prices over the list price need the sales manager’s approval; customer data only in the CRM.',
          approach: 'Personal and practical: emails from their own account manager with one clear action, followed by a lunchtime call; show the portal on their own past orders so it feels familiar and safe.',
        },
        {
          id: 'aud-venues',
          name: 'New prospects: events managers at conference venues',
          who: 'Events and marketing managers at about 25 hotels and conference centres in the South West who buy large-format signs and banners for events at short notice. None buys from us yet.',
          needs: 'Fast turnaround (often under a week), proof approval on the move, consistent colour with their brand, and someone who answers out of hours before an event.',
          channels: 'LinkedIn and email for a first contact, a video call or a site visit to quote, instant messaging near an event. They rarely answer unknown phone numbers.',
          legal: 'UK GDPR: we rely on legitimate interests to contact business prospects, so we record that assessment and offer an opt-out in every message. PECR: their work email addresses are corporate subscribers, so B2B marketing email is allowed with the sender identified and an opt-out. Communications Act 2003: messages must not be menacing or sent persistently to cause annoyance.',
          organisational: 'Digital communication policy: LinkedIn messages from our company page or our own profiles in line with the brand; quotes over £5,000 signed off by the sales manager; case studies only with the customer’s written permission.',
          approach: 'Professional and quick: a short LinkedIn message showing venue work we have done, then a video call to quote, with a named contact and a mobile number for event days.',
        },
      ],
      differences:
        'The dental practices already trust us, so I would build on the relationship: personal emails and calls at times that suit clinics, with plenty of reassurance that nothing changes except the way they order. The venues do not know us, so I would start digitally on LinkedIn with proof of what we can do, move to a video call to quote and stress speed and availability. The legal position differs too: many practices are partnerships, so marketing emails to them need consent or the soft opt-in, while venue managers’ work addresses are corporate subscribers and can be emailed with an opt-out.',
      plan: {
        audienceId: 'aud-dental',
        aim: 'Move 30 of our 60 dental practice customers onto the new online reordering portal by 31 March 2027, with no fall in repeat orders.',
      },
      activities: [
        {
          id: 'act-email',
          date: '2027-01-11',
          channel: 'Email from each practice’s own account manager',
          message: 'Reorder in two minutes with the new portal: your usual items and prices are already there. A 90-second video shows how.',
          owner: 'Account managers (me for my 15 practices)',
          measure: 'At least half of the emails opened and 15 video views in the first week (email report).',
        },
        {
          id: 'act-call',
          date: '2027-01-18',
          channel: 'Telephone call at lunchtime',
          message: 'Did you see the portal? Can I book 15 minutes to set it up with you on your own past orders?',
          owner: 'Account managers',
          measure: 'At least 20 demos booked (CRM).',
        },
        {
          id: 'act-demo',
          date: '2027-01-25',
          channel: 'Video conference (15 minutes)',
          message: 'Live set-up: log in, find last order, reorder, check the proof. Answer questions.',
          owner: 'Me, with the customer service lead',
          measure: 'Practices registered on the portal by the end of each demo.',
        },
        {
          id: 'act-letter',
          date: '2027-02-15',
          channel: 'Printed letter with a login card, in the next delivery',
          message: 'Your login and three steps to reorder, for practices not registered yet, with large-print copies on request.',
          owner: 'Customer service team, packed by dispatch',
          measure: 'Registrations in the two weeks after the delivery.',
        },
        {
          id: 'act-newsletter',
          date: '2027-03-01',
          channel: 'Customer newsletter (email)',
          message: 'How Harbour View Dental (fictional) saves an hour a month with the portal: a short case study, with the practice’s permission.',
          owner: 'Marketing coordinator',
          measure: '30 practices registered and portal orders at least 40 % of dental orders in March.',
        },
      ],
      preferences: {
        ratings: [1, 2, 4, 2, 2, 4, 2, 5],
        analysis:
          'I lean strongly towards writing things down and I prefer to get to the point with a plan. I am more of a talker than a listener, and I avoid disagreeing. With customers this means I send long emails when a call would settle things faster, and I sometimes start explaining before I have found out what they need. With colleagues I go along with decisions in meetings and raise problems afterwards, which slows the team down.',
        improvementAreas: 'Using the phone for anything sensitive or complicated; listening before explaining on customer calls; raising concerns early in team meetings.',
      },
      actions: [
        {
          id: 'action-calls',
          action: 'Call, not email, when a customer has a complaint or a question that needs more than two lines, and follow up with a short written summary.',
          audience: 'customers',
          byWhen: '2027-02-26',
          measure: 'Complaints closed within two days (CRM), and fewer emails back and forth on the same issue.',
        },
        {
          id: 'action-listen',
          action: 'On every customer call, ask at least two open questions and summarise what I heard before I explain or recommend.',
          audience: 'customers',
          byWhen: '2027-01-29',
          measure: 'My manager listens to two calls and gives feedback; I note what I learnt from each customer in the CRM.',
        },
        {
          id: 'action-meetings',
          action: 'Raise one concern or suggestion in each weekly sales meeting, calmly and with a proposed fix, instead of afterwards.',
          audience: 'colleagues',
          byWhen: '2027-03-31',
          measure: 'Ask two colleagues for feedback at the end of March; issues raised appear in the meeting notes.',
        },
      ],
      barriers: [
        {
          id: 'barrier-individual',
          level: 'individual',
          barrier: 'Emotional: impatience when a customer repeats a complaint',
          explanation: 'When a practice manager rings about the same late delivery again, I feel defensive and start explaining our side. The customer feels unheard, and the conversation becomes an argument about whose fault it is.',
          overcome: 'Pause, let them finish, repeat their concern back and agree the next step before explaining. It works well for most calls and costs only a minute; it does not fix the delivery problem itself, so I also log each repeat in the CRM for dispatch.',
        },
        {
          id: 'barrier-team',
          level: 'team',
          barrier: 'Team dynamics: sales and dispatch work different hours',
          explanation: 'Dispatch starts at 6:00 and leaves at 14:00; sales works 9:00–17:30. Messages about urgent orders are left on sticky notes or in personal emails and get lost at the handover, so customers are promised deliveries that dispatch knows nothing about.',
          overcome: 'A shared handover log in the CRM for every promise made, and a ten-minute stand-up at 9:00 with the dispatch supervisor. Both are cheap; the stand-up depends on people attending, so the sales manager reviews the log each Friday.',
        },
        {
          id: 'barrier-organisational',
          level: 'organisational',
          barrier: 'Management style: every customer letter signed off by the managing director',
          explanation: 'Any letter outside the standard templates waits for the managing director’s approval, which can take a week. Customers wait for answers, and account managers phone instead, so what is said is not recorded.',
          overcome: 'Agree a set of pre-approved standard responses for the ten most common situations, reviewed each quarter, so most letters need no sign-off. This speeds up most replies; unusual cases still need approval, so the MD agreed to a two-day turnaround for those.',
        },
      ],
    },
  };
}
