import type { MeetingPreparationData } from './model';

/**
 * A fictional worked example written for the toolkit: a learner at a workwear supplier in the
 * Midlands prepares meetings with a group of veterinary practices and a logistics firm opening a
 * new warehouse. It meets every completeness rule and every piece of good practice.
 */
export function createMeetingPreparationExample(): { name: string; data: MeetingPreparationData } {
  return {
    name: 'Worked example: Meeting preparation',
    data: {
      organisation: {
        name: 'Calder Workwear Ltd (fictional)',
        sector: 'Branded workwear and personal protective equipment for businesses',
        kind: 'own',
        description: 'A family-owned supplier in Nottingham with 45 staff, selling to employers across the Midlands and the South West. I am a trainee account manager in the new business team.',
      },
      offer:
        'Branded uniforms and scrubs embroidered in-house; hi-vis clothing and safety footwear certified to UK and EN standards; a managed uniform scheme with an online ordering portal, a staff allowance per person and stock held for each customer; a 12-month price hold on contract customers.',
      prospects: [
        {
          id: 'ex-prospect-vets',
          name: 'Penrose Veterinary Group',
          contact: 'Hannah Reid, group operations manager',
          leadSource: 'networking',
          identified:
            'Met Hannah at the Exeter Chamber of Commerce breakfast in September. Six practices after two acquisitions, about 60 clinical and front-of-house staff: a good fit for our ideal customer profile (multi-site, branded, 40+ staff). She has the budget for uniforms and is reviewing them this year.',
          interestMethod: 'email',
          interestDate: '2026-09-18',
          interest: 'Hannah emailed two days after the breakfast asking for samples and prices for 60 staff, and asked whether we could “make the six practices look like one group”.',
          dmu: 'Hannah Reid decides (up to £15,000 a year). Dr Amir Patel, clinical director, influences: his vets need scrubs that survive 60 °C washes. The finance manager raises purchase orders (buyer). Practice managers order and hand out uniforms (users). Hannah’s assistant keeps her diary (gatekeeper).',
          access: 'I met the decider in person at the breakfast, then agreed a time with her assistant, who books all her meetings. Hannah asked Dr Patel to join for the first 15 minutes.',
          meeting: {
            date: '2026-10-06',
            time: '10:00',
            format: 'in-person',
            place: 'Penrose head office, Exeter: Hannah Reid and Dr Amir Patel (first 15 minutes); I will bring sample scrubs and polo shirts in their colours.',
            confirmedHow: 'Calendar invitation accepted by Hannah’s assistant, then my email confirming the date, time, place, who will attend and a three-point agenda; Hannah replied “See you then”.',
            confirmedDate: '2026-09-22',
          },
          matches: [
            {
              id: 'ex-match-vets-brand',
              need: 'The six practices still wear three different uniforms from before the acquisitions, so clients do not see one group.',
              evidence: 'Hannah said so at the breakfast; their website shows three practice brands being merged into one.',
              offer: 'Managed uniform scheme: one range with the Penrose logo embroidered in-house, the same colours at every practice.',
              benefit: 'Every practice looks like part of one trusted group from the first day, which supports the new brand Hannah is launching.',
            },
            {
              id: 'ex-match-vets-wash',
              need: 'Scrubs fade and shrink at the 60 °C wash infection control requires, so they are replaced about twice a year.',
              evidence: 'Dr Patel’s comment, passed on in Hannah’s email of 18 September.',
              offer: 'Polycotton scrubs tested to 50 washes at 60 °C without fading or shrinking.',
              benefit: 'Fewer replacements: a lower cost per wear and staff who look smart all year.',
            },
            {
              id: 'ex-match-vets-admin',
              need: 'Practice managers order uniforms by phone and spreadsheet, which takes time away from running the practice.',
              evidence: 'Hannah, at the breakfast: “my managers hate uniform day”.',
              offer: 'The online ordering portal, with an allowance per person and stock held for Penrose.',
              benefit: 'About two hours a month back for each practice manager, and no over-ordering.',
            },
          ],
          framework: {
            preparedDate: '2026-10-02',
            preferences:
              'Hannah likes things short and led by figures, and wants to see and handle samples; she has set aside 45 minutes. Dr Patel can stay for 15 minutes only and cares about wash performance, not price.',
            tailoring:
              'I will lead with one look for the whole group (Hannah’s priority), bring samples in Penrose colours, ask Dr Patel’s questions first while he is there, and leave a one-page cost per wear summary rather than a long brochure.',
            opening:
              'Thank them for their time; agree the agenda (how uniforms work today, the samples, next steps) and that we finish by 10:45; check that Dr Patel needs to leave at 10:15.',
            questions: [
              { id: 'ex-q-vets-1', type: 'open', question: 'How do uniforms get ordered and handed out across the six practices today?', purpose: 'To understand the current process and who is involved.' },
              { id: 'ex-q-vets-2', type: 'probing', question: 'You mentioned the scrubs fade: how often are you replacing them, and what does that cost the group each year?', purpose: 'To size the problem in money.' },
              { id: 'ex-q-vets-3', type: 'closed', question: 'Is 60 °C the standard wash for scrubs at every practice?', purpose: 'To confirm the wash standard our samples must meet.' },
              { id: 'ex-q-vets-4', type: 'value', question: 'If every practice looked the same to clients, what would that mean for the new group brand?', purpose: 'To let Hannah state the value in her own words.' },
              { id: 'ex-q-vets-5', type: 'commitment', question: 'If the samples pass your own wash test, would you be happy to trial the scheme at two practices in November?', purpose: 'To gain a clear next step.' },
            ],
            presentation:
              'One range, one logo, six practices (brand benefit). Scrubs tested to 50 washes at 60 °C: hand Dr Patel the sample and the test report. The portal: show a practice manager ordering in two minutes. Cost per wear against their replacement twice a year.',
            objections:
              '“Our current supplier is cheaper per garment”: compare the cost per wear, not the price per garment. “Changing everyone at once is disruptive”: a phased roll-out, two practices at a time. Prepared in full in my Objection preparation worksheet.',
            close: 'Summarise the three needs and how the scheme meets each; ask whether anything would stop a two-practice trial; ask for the trial.',
            nextStep: 'Samples left for a two-week wash test; a written proposal by 13 October; a trial at two practices from 2 November if the test is passed.',
          },
        },
        {
          id: 'ex-prospect-logistics',
          name: 'Ashby & Cole Logistics Ltd',
          contact: 'Marcus Doyle, health and safety manager',
          leadSource: 'enquiry',
          identified:
            'Marcus filled in the enquiry form on our website in September. They are opening a new warehouse near Leicester in January with 90 new staff; a fit for our safety range and managed scheme. I checked their size and the opening date on their news page before calling.',
          interestMethod: 'call',
          interestDate: '2026-09-24',
          interest: 'On my follow-up call Marcus confirmed they need hi-vis and safety boots for 90 starters before 11 January, and asked for a meeting with their operations director.',
          dmu: 'Claire Holt, operations director, decides. Marcus Doyle specifies the safety standards (influencer). Sunita Rao in procurement needs three quotes and raises the order (buyer). Shift supervisors and warehouse staff wear it (users). Marcus’s team screens suppliers (gatekeeper).',
          access: 'I asked Marcus who else would sign off the choice; he offered to invite Claire once I sent a one-page summary he could forward to her.',
          meeting: {
            date: '2026-10-08',
            time: '14:00',
            format: 'video',
            place: 'Video call with Marcus Doyle and Claire Holt; the link is in the invitation.',
            confirmedHow: 'Email to Marcus with the date, time, agenda and the one-page summary; Claire accepted the calendar invitation the next day.',
            confirmedDate: '2026-09-26',
          },
          matches: [
            {
              id: 'ex-match-logistics-deadline',
              need: 'Ninety new starters must be fully kitted out before the warehouse opens on 11 January.',
              evidence: 'Marcus on the call of 24 September; the opening date is on their website.',
              offer: 'Stock held for them in our warehouse and a starter pack per person, packed and labelled by name.',
              benefit: 'Every starter is ready on day one, with no last-minute rush for the operations team.',
            },
            {
              id: 'ex-match-logistics-standards',
              need: 'Evidence that every item meets the hi-vis and safety footwear standards, for their safety audits.',
              evidence: 'Marcus’s enquiry form asked for “certificates for everything”.',
              offer: 'A certified range (EN ISO 20471 hi-vis, S3 safety boots) with every certificate downloadable in the portal.',
              benefit: 'Audit evidence in one place, and less risk of a finding against them.',
            },
          ],
          framework: {
            preparedDate: '2026-10-05',
            preferences:
              'Claire is short of time and likes a decision on one page with the numbers; 30 minutes on video. Marcus likes detail about standards and will want the certificates.',
            tailoring:
              'I will open with their opening date and the 90 starters (Claire’s deadline), keep standards detail for a follow-up document for Marcus, share one slide with the costs, and finish early if Claire has what she needs.',
            opening: 'Introductions; confirm the aim (kit for 90 starters by 11 January) and that we finish by 14:30.',
            questions: [
              { id: 'ex-q-logistics-1', type: 'open', question: 'What does a good first day look like for a new starter at the warehouse?', purpose: 'To hear what matters to Claire about the opening.' },
              { id: 'ex-q-logistics-2', type: 'probing', question: 'What happened with kit when you opened your last site?', purpose: 'To find any past problem we can avoid.' },
              { id: 'ex-q-logistics-3', type: 'closed', question: 'Will procurement need three quotes before an order?', purpose: 'To confirm the buying process and its timing.' },
              { id: 'ex-q-logistics-4', type: 'concerns', question: 'What would worry you about changing supplier three months before opening?', purpose: 'To bring any concern into the open early.' },
            ],
            presentation: 'Starter packs by name, held in stock for them; the certified range and the certificates in the portal; a 12-month price hold for budget certainty.',
            objections: '“It is too close to the opening to change supplier”: the timeline, working back from 11 January. Prepared in full in my Objection preparation worksheet.',
            close: 'Check the plan meets the deadline and the audit needs; ask Claire to approve a quote for procurement.',
            nextStep: 'A quote to Sunita Rao by 12 October; sample boots and a hi-vis vest sent to Marcus for a wear trial.',
          },
        },
      ],
    },
  };
}
