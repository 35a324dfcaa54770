import type { RelationshipLogData } from './model';

/**
 * A fictional worked example a tutor can open in one click; it meets every completeness rule and
 * every good-practice suggestion. Written for the toolkit: a UK office furniture supplier.
 */
export function createRelationshipLogExample(): { name: string; data: RelationshipLogData } {
  return {
    name: 'Worked example: Relationship log',
    data: {
      organisation: 'Harbour Lane Office Furniture Ltd, Bristol (fictional)',
      myRole: 'Account executive selling to schools, colleges and offices in the South West',
      people: [
        {
          id: 'ex-priya',
          name: 'Priya Nair',
          kind: 'colleague',
          role: 'Sales operations coordinator',
          needs: 'Complete orders: delivery address, site contact, access times and the agreed price, before she books stock.',
          expectations: 'Orders entered by 3 pm for next-day booking, and a warning before I promise a delivery date.',
          example: 'In August I sent an order for 60 classroom chairs without the site contact; it sat in her queue for two days while she chased me.',
          isCurrent: true,
          influence: '3',
          interest: '4',
          relationship: 'strong',
          approach: 'A ten-minute call each Monday on the week’s orders; everything else by the order system, not email.',
        },
        {
          id: 'ex-gareth',
          name: 'Gareth Lewis',
          kind: 'colleague',
          role: 'Regional sales manager (my line manager)',
          needs: 'An accurate forecast every Friday and early warning of any deal over £10,000 that may slip.',
          expectations: 'CRM notes the same day as a meeting, and problems brought to him with a suggested answer.',
          example: 'When the Avon Vale College order moved to January, he asked why he heard it from the customer first.',
          isCurrent: true,
          influence: '5',
          interest: '5',
          relationship: 'good',
          approach: 'Weekly one-to-one with the forecast; a short message the same day when a large deal changes.',
        },
        {
          id: 'ex-aisha',
          name: 'Aisha Bello',
          kind: 'colleague',
          role: 'Workplace design consultant',
          needs: 'A clear brief (room sizes, numbers, budget) and enough time to draw layouts for a proposal.',
          expectations: 'Requests booked through the design form with five working days’ notice, not promised to customers first.',
          example: 'Her layouts won the Clifton Dental refit: the customer said the drawings made the decision easy.',
          isCurrent: true,
          influence: '3',
          interest: '3',
          relationship: 'good',
          approach: 'Book through the design form; a quick call before a tender to agree what is realistic.',
        },
        {
          id: 'ex-tom',
          name: 'Tom Hughes',
          kind: 'internal',
          role: 'Warehouse and delivery supervisor',
          needs: 'Delivery requests with access details (lifts, parking, times) so his two-person crews can plan routes.',
          expectations: 'No same-day changes unless the customer has an emergency, and thanks when the crew go beyond the job.',
          example: 'A college delivery failed in June because nobody knew the lift was out of service; the crew came back twice.',
          isCurrent: true,
          influence: '4',
          interest: '2',
          relationship: 'strong',
          approach: 'A site-access checklist with every delivery request; I pass on customers’ thanks to the crew.',
        },
        {
          id: 'ex-helen',
          name: 'Helen Carter',
          kind: 'external',
          role: 'Facilities manager, Avon Vale College (customer)',
          needs: 'Furniture installed in the summer holidays, within a budget fixed by the governors.',
          expectations: 'One contact who answers within a day, written quotes she can show the governors, and no surprises on price.',
          example: 'She asked for three priced options so the governors could choose; we won the order with the middle one.',
          isCurrent: true,
          influence: '5',
          interest: '4',
          relationship: 'good',
          approach: 'A written update every fortnight during a project; a call before any change to price or dates.',
        },
      ],
      mapSummary:
        'Gareth and Helen have the most influence and interest, so I keep them closely informed. Tom has a lot of influence over whether deliveries succeed but little interest in the sale itself, so I keep him satisfied with complete delivery requests. Priya and Aisha care about how I work day to day, so I keep them informed early.',
      relationships: [
        {
          id: 'ex-rel-priya',
          personId: 'ex-priya',
          mutualNeeds: 'Priya needs complete orders; I need reliable delivery dates to give customers. We agreed I check stock with her before I promise a date.',
          entries: [
            {
              id: 'ex-entry-1',
              date: '2026-09-07',
              whatIDid: 'Asked Priya what slowed my orders down, and made an order checklist with her from the answers.',
              kind: 'meeting-notes',
              evidence: 'Notes of our meeting and the checklist, portfolio item E1.',
              outcome: 'My next twelve orders went through with no queries.',
            },
            {
              id: 'ex-entry-2',
              date: '2026-10-05',
              whatIDid: 'Checked stock with Priya before quoting Clifton Dental, so the date I promised was real.',
              kind: 'email',
              evidence: 'Email thread with Priya, 5–6 October, portfolio item E2.',
              outcome: 'Delivered on the promised date; Priya thanked me for the complete order in the team chat.',
            },
          ],
        },
        {
          id: 'ex-rel-tom',
          personId: 'ex-tom',
          mutualNeeds: 'Tom needs access details to plan routes; I need deliveries that arrive first time. We share a site-access checklist.',
          entries: [
            {
              id: 'ex-entry-3',
              date: '2026-09-14',
              whatIDid: 'Visited Avon Vale College with Tom before the summer order to check lifts, parking and access times.',
              kind: 'joint-sale',
              evidence: 'Site visit record and the college’s order of £18,400, portfolio item E3.',
              outcome: 'The college ordered after seeing we had planned the installation; delivered in one visit.',
            },
            {
              id: 'ex-entry-4',
              date: '2026-10-19',
              whatIDid: 'Passed on Helen Carter’s thank-you to Tom’s crew and asked Tom what would make the next delivery easier.',
              kind: 'feedback',
              evidence: 'Helen’s email and my note to Tom, portfolio item E4.',
              outcome: 'Tom now adds a photo of each finished room, which customers like.',
            },
          ],
        },
      ],
      challenges: [
        {
          id: 'ex-challenge',
          personId: 'ex-aisha',
          date: '2026-09-22',
          situation:
            'I promised Clifton Dental layout drawings in two days without asking Aisha, who already had three tenders to draw. She told me in front of the team that I had no right to commit her time.',
          actions:
            'I asked to talk in private, apologised for promising her time, and listened to how her week was planned. I explained the customer’s deadline, and we agreed I would ask the customer for three more days. I told Gareth what had happened and what we had agreed, and I now book all drawings through the design form.',
          outcome: 'The customer accepted the new date, the drawings arrived in four days and we won the order. Aisha and I now talk before any tender.',
          learned: 'Check a colleague’s workload before promising anything that depends on them; raise a clash privately and early.',
          confirmerName: 'Gareth Lewis',
          confirmerRole: 'line-manager',
          confirmerStatement: 'I saw the disagreement at the team meeting on 22 September 2026 and met both of them afterwards. The learner handled it calmly and professionally.',
        },
      ],
    },
  };
}
