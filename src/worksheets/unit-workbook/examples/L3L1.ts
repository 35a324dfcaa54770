import type { WorkbookExample } from '../example';

/** L3L1 worked example, written for the toolkit: a fictional field sales executive at a print and packaging firm. */
const example: WorkbookExample = {
  name: 'L3L1 workbook: Castlegate Packaging (worked example)',
  answers: {
    '1.1':
      'At Castlegate Packaging (a fictional case study) the sales team has field sales executives, an inside sales coordinator and a sales manager. Each needs different things from me: the coordinator needs complete order details by 3 pm so production can schedule the job; the sales manager expects an accurate CRM forecast every Friday; fellow executives expect me to share leads in their territory and cover their accounts when they are on leave.',
    '1.2':
      'Stakeholders outside the sales team also have needs. The production manager needs realistic delivery promises and early warning of large orders. Customers expect honest lead times, a single point of contact and quick answers. The finance team expects credit checks before new accounts are opened and prices that keep the agreed margin.',
    '2.4':
      'When the coordinator and I disagreed about late order details, I arranged a short meeting, listened to how late information affected her day, and we agreed a shared checklist and a 2 pm cut-off for urgent orders.',
  },
  records: {
    '2.1': [{ what: 'Notes of a one-to-one with the inside sales coordinator and a call with the production manager, listing their needs and expectations', where: 'Portfolio section L3L1, pages 2–3', date: '2026-09-08', by: 'Priya Shah, sales manager (witness testimony)' }],
    '2.2': [{ what: 'Witness testimony: I covered two colleagues’ accounts during the September peak and hit the quarter-end deadline for 14 proposals', where: 'Portfolio section L3L1, page 4', date: '2026-09-30', by: 'Priya Shah, sales manager' }],
    '2.3': [
      { what: 'Email thread with the production manager agreeing delivery slots for the Harlow Foods order', where: 'Portfolio section L3L1, pages 5–6', date: '2026-10-06', by: 'Tom Reid, production manager (witness statement)' },
      { what: 'Joint sale with a fellow executive (Marlow Cosmetics), with the CRM record of the shared opportunity', where: 'Portfolio section L3L1, page 7', date: '2026-10-20', by: 'Priya Shah, sales manager' },
    ],
    '2.4': [{ what: 'Meeting note and agreed checklist after a disagreement with the inside sales coordinator about late order details', where: 'Portfolio section L3L1, page 8', date: '2026-10-13', by: 'Dana Okoro, inside sales coordinator (witness statement)' }],
  },
  lists: {
    'lo1: at least three different colleagues': [
      'Inside sales coordinator: complete order details by 3 pm, e.g. artwork and quantities for a carton order.',
      'Sales manager: an accurate forecast every Friday, e.g. updating stages after each visit.',
      'Fellow field executive: leads passed on and cover during leave, e.g. visiting their customer while they were away.',
    ],
    'lo1: At least two stakeholders': ['Production manager: realistic delivery promises and early warning of large orders.', 'Customers: honest lead times and one point of contact.'],
    'lo2: at least one colleague': ['Dana Okoro, inside sales coordinator: complete order details early; a clear cut-off for urgent orders.'],
    'lo2: one stakeholder that they are currently working with': ['Tom Reid, production manager: delivery dates agreed before I promise them to customers.'],
    'lo2: at least two relationships': ['With the production manager: delivery slots agreed by email for a large order.', 'With a fellow executive: a joint sale to Marlow Cosmetics.'],
    'lo2: at least one example of experiencing challenges': ['Late order details: resolved with a shared checklist and a 2 pm cut-off, confirmed by the coordinator’s statement.'],
  },
};

export default example;
