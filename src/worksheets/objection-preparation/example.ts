import type { ObjectionPreparationData } from './model';

/**
 * A fictional worked example written for the toolkit: a learner at a managed IT services firm
 * prepares for meetings with a dental group and a food producer. It meets every completeness rule.
 */
export function createObjectionPreparationExample(): { name: string; data: ObjectionPreparationData } {
  return {
    name: 'Worked example: Objection preparation',
    data: {
      organisation: 'Kestrel Data Systems Ltd (fictional)',
      offer: 'Managed cloud backup and recovery for small and medium businesses, with a 24-hour support desk and a fixed monthly fee per user.',
      prospects: [
        {
          id: 'ex-prospect-dental',
          name: 'Harlow & Pike Dental Group',
          contact: 'Priya Shah, practice operations manager (decider); the senior partner signs off spend over £10,000',
          meetingDate: '2026-10-14',
          meetingPurpose: 'First sales meeting at their Harlow practice: understand how they back up patient records and present our managed backup.',
          known:
            'Four practices, 38 staff. Patient records are on a server in the Harlow practice, backed up to a USB drive each Friday by a receptionist. A ransomware scare at a neighbouring practice in the summer prompted the enquiry. They pay a local IT contractor by the hour and like him.',
          objections: [
            {
              id: 'ex-obj-dental-price',
              type: 'price',
              wording: '“£9 a user each month is a lot when the USB drive costs us nothing.”',
              concern: 'Cannot see the value of paying monthly for something that seems to work today; the partners watch every fixed cost.',
              response:
                'Ask what a day without patient records would cost (cancelled appointments at about £1,800 a practice a day). Show the monthly fee against one lost day, and offer the two-practice pilot price.',
            },
            {
              id: 'ex-obj-dental-trust',
              type: 'trust',
              wording: '“Our IT man looks after all that. We do not want to upset him.”',
              concern: 'Loyalty to a local contractor and fear of losing the personal service they value.',
              response: 'Position the service as working with their contractor, not replacing him: he keeps his role, we take over the nightly backup and the restores. Offer a three-way call.',
            },
            {
              id: 'ex-obj-dental-security',
              type: 'security',
              wording: '“Can patient records legally leave the building?”',
              concern: 'Fear of breaking data protection rules and of a breach being their fault.',
              response: 'Bring our data processing agreement, the UK data-centre certificate and the encryption summary; suggest they check it with their data protection lead before deciding.',
            },
          ],
        },
        {
          id: 'ex-prospect-foods',
          name: 'Brindle Valley Foods Ltd',
          contact: 'Tom Okafor, finance director (decider and budget holder)',
          meetingDate: '2026-10-21',
          meetingPurpose: 'Follow-up meeting after a webinar sign-up: present backup for their order system and agree a trial.',
          known:
            'Family-run food producer, 120 staff, two sites. Uses a competitor’s backup software bought three years ago; renewal is due in January. Their order system runs on an older database that the competitor does not fully support.',
          objections: [
            {
              id: 'ex-obj-foods-competitor',
              type: 'competitor',
              wording: '“We already have backup from Vaultline and it is cheaper.”',
              concern: 'Switching feels like admitting the first choice was wrong, and risks disruption for no clear gain.',
              response: 'Ask when they last tested a full restore and how long it took. Compare restore time, not licence price, and offer a free test restore of the order database.',
            },
            {
              id: 'ex-obj-foods-timing',
              type: 'timing',
              wording: '“Talk to us after Christmas, it is our busiest time.”',
              concern: 'No time or staff to manage a change during peak season.',
              response: 'Agree a start after peak but a decision before the January renewal, so they do not roll over for another year; we do the set-up out of hours.',
            },
            {
              id: 'ex-obj-foods-compat',
              type: 'compatibility',
              wording: '“Will it work with our old order system?”',
              concern: 'Worry that the system the business runs on will break or not be covered.',
              response: 'Confirm in advance with our technical team that the database version is supported, and bring the compatibility note and a reference from a customer on the same system.',
            },
          ],
        },
      ],
      sources: [
        {
          id: 'ex-source-colleague',
          kind: 'colleague',
          who: 'Dan Hughes, senior account manager (eight years selling our backup service)',
          date: '2026-10-05',
          learned: 'Price and “our IT person does it” come up in most first meetings with small practices; compliance questions come from anyone holding health or financial data.',
        },
        {
          id: 'ex-source-crm',
          kind: 'records',
          who: 'CRM notes of the 30 most recent first meetings (April to September 2026)',
          date: '2026-10-06',
          learned: 'I read the objection notes of each meeting and counted how often each came up.',
        },
      ],
      concerns: [
        {
          id: 'ex-concern-value',
          concern: 'Not convinced the cost is worth it',
          response: 'Put a price on downtime with their own numbers first, then show the fee against it; offer a pilot.',
        },
        {
          id: 'ex-concern-disruption',
          concern: 'Afraid the change will disrupt the business',
          response: 'Explain the out-of-hours set-up, the named engineer and the rollback plan; share a case study from a similar firm.',
        },
        {
          id: 'ex-concern-compliance',
          concern: 'Worried about data protection and compliance',
          response: 'Lead with the data processing agreement, the UK data centre and the encryption summary before they ask.',
        },
      ],
      previous: [
        { id: 'ex-prev-1', said: 'It is too expensive for what it is', sourceId: 'ex-source-crm', times: '9', concernId: 'ex-concern-value' },
        { id: 'ex-prev-2', said: 'Our current set-up works fine', sourceId: 'ex-source-colleague', times: '5', concernId: 'ex-concern-value' },
        { id: 'ex-prev-3', said: 'We cannot have the system down while you install it', sourceId: 'ex-source-crm', times: '6', concernId: 'ex-concern-disruption' },
        { id: 'ex-prev-4', said: 'Not now, maybe next quarter', sourceId: 'ex-source-crm', times: '4', concernId: 'ex-concern-disruption' },
        { id: 'ex-prev-5', said: 'Where is our data kept, and who can see it?', sourceId: 'ex-source-colleague', times: '4', concernId: 'ex-concern-compliance' },
      ],
      reviewFindings:
        'Most objections came down to value (14 times) and fear of disruption (10 times); compliance questions were fewer but came from every healthcare prospect, so I prepared that response for the dental group in advance.',
      mindset: [
        {
          id: 'ex-mindset-roleplay',
          technique: 'role-play',
          otherName: '',
          date: '2026-10-12',
          prospectId: 'ex-prospect-dental',
          whatIDid: 'Dan played the practice manager and raised the price and the “our IT man” objections for 20 minutes; we swapped roles once.',
          howItHelped: 'I had said my responses out loud before, so in the meeting I stayed calm and asked about downtime instead of defending the price.',
        },
        {
          id: 'ex-mindset-visualise',
          technique: 'visualisation',
          otherName: '',
          date: '2026-10-21',
          prospectId: 'ex-prospect-foods',
          whatIDid: 'Ten minutes in the car park before the meeting: pictured the meeting going well, from the greeting to agreeing the test restore.',
          howItHelped: 'I walked in focused on the outcome I wanted, and opened with the renewal date rather than small talk about price.',
        },
        {
          id: 'ex-mindset-breathing',
          technique: 'breathing',
          otherName: '',
          date: '2026-10-21',
          prospectId: 'ex-prospect-foods',
          whatIDid: 'Box breathing (four counts in, hold, out, hold) for two minutes in reception.',
          howItHelped: 'Slowed my speaking down; my observer noticed I paused after each objection instead of rushing in.',
        },
      ],
      observations: [
        {
          id: 'ex-obs-dental',
          prospectId: 'ex-prospect-dental',
          date: '2026-10-14',
          observerName: 'Sarah Whitcombe',
          observerRole: 'line-manager',
          customerPermission: true,
          questions: 'Open: “How do you back up patient records today?” Probing: “What would happen if the server failed on a Monday morning?” Closing the stage: “Would a pilot at two practices answer that for the partners?”',
          objectionsExplored: 'Asked Priya to rank her three worries; data protection came first, then cost. Dealt with compliance first with the processing agreement, then returned to price.',
          signals: 'Verbal: “How quickly could you start?” Non-verbal: she leaned in and took notes when the restore test was shown. I responded by moving to the pilot proposal.',
          overcome: 'Summarised: “So if the partners see the data agreement and the pilot costs, that covers your concerns?” Priya agreed and booked a call with the senior partner.',
          observerComments: 'Good use of questions to find the real concern; next time check the budget holder earlier.',
        },
        {
          id: 'ex-obs-foods',
          prospectId: 'ex-prospect-foods',
          date: '2026-10-21',
          observerName: 'Marcus Bell',
          observerRole: 'coach',
          customerPermission: true,
          questions: 'Open: “What happened the last time you needed to restore something?” Probing: “How long did the order system take to come back?” Commitment: “If the test restore is faster, would you consider switching before renewal?”',
          objectionsExplored: 'Tom raised price and timing; probing showed the real concern was disruption in peak season, so timing was prioritised over price.',
          signals: 'Non-verbal: arms folded when switching came up, relaxed when out-of-hours set-up was explained. Verbal: “What would the trial involve?” I responded by describing the trial step by step.',
          overcome: 'Agreed with Tom that an out-of-hours test restore in November answers both concerns; he confirmed the date by email.',
          observerComments: 'Calm and well prepared; handled the competitor comparison without criticising them.',
        },
      ],
    },
  };
}
