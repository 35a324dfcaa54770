import type { UnitContent } from '../unit-spec';

/** L3C3 Negotiate and Close Sales: seed 003 lines 1190–1277 (table 1196–1211, guidance 1271).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3C3.ts.
 */
const L3C3: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'Different negotiation strategies that can be adopted by sales professionals e.g., tailored preparation, setting objectives, active listening, open questions, win-win approach, building strong relationships, value proposition, anchoring and framing, concessions and trade-offs, problem-solving, time pressure, multiple offers, walkaway point, emotional intelligence, continuing professional reflection and learning etc.',
        'How sales professionals develop their product and service knowledge, e.g., study product/service materials, attend training programs, engage with internal experts, shadow experienced colleagues, use demo and trial opportunities, attend industry events and conferences, continuing professional development (CPD), role-playing and practice, customer feedback and insights, ongoing coaching and mentorship etc.',
      ],
      guidance: [
        'Learners should outline at least three different sales negotiation strategies that can be used by sales professionals, giving examples to support their points. They should explain how sales professionals develop their product and service knowledge They should describe how to select sales negotiation strategies for products and/or services by using customer examples to illustrate at least two different strategies that can be used.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: 'sales negotiation strategies, with examples', quote: 'at least three different sales negotiation strategies' },
        { criteria: ['1.3'], count: 2, what: 'strategies illustrated with customer examples', quote: 'at least two different strategies' },
      ],
    },
    2: {
      // The spec prints the first bullet (how to select strategies, the content of AC 1.3) at the head of LO2's content (line 1247); it is kept where it is printed.
      indicativeContent: [
        'How to select suitable sales negotiation strategies according to the situation',
        "How to prepare for sales negotiations, e.g., develop product/service knowledge, identify what is important to the customer, Kennedy's LIM-it model, plan for trade-offs, etc.",
        'How to illustrate product/service features and benefits',
        'The purpose of maintaining cross and up selling information and outcomes',
        'The rationale for establishing win-win solutions',
        'How to create win-win situations, e.g., balance the needs of the organisation and those of the buyer, use positive assertive behaviours',
        'How win-win negotiations protect the profitability and integrity of the organisation',
        'Why it is important to maintain the integrity of the brand and organisational image during negotiations',
        "Knowing when to say 'no' to a potential customer",
        'How to sensitively reject negotiations that are not in the best interest of the organisation',
        'How to use listening skills to help summarise and confirm agreement and understanding with the customer',
        'How to identify buying signals, e.g., the positive and negative signals in sales settings, different types of buying signals, reacting positively to reinforce the proposition etc.',
        "How to leverage 'ambassadors' in the room and seeking input from them to support a sales negotiation",
        'How to use micro closing techniques to guide the conversation, build rapport, and increase the likelihood of successfully closing the sale',
        'Why micro closes are important to keep the prospect engaged and involved in the decision-making process throughout the sales pitch',
      ],
      guidance: [
        'Learners should prepare and conduct at least two sales negotiations with customers. The negotiations should be observed by their line manager, or a trainer/tutor/coach/mentor and a record kept of what happened (with permission from the customer). The observation record should capture how the learner created a win-win negotiation, and the questions that they asked related to the cross and up-selling opportunities identified. They should evidence how products/services were matched to customer needs, and how both verbal and non-verbal buying signals were responded to. Learners should demonstrate the use at least two micro closes in each sales negotiation.',
      ],
      minimums: [
        { criteria: ['2.1', '2.2'], count: 2, what: 'sales negotiations with customers, prepared, conducted and observed', quote: 'at least two sales negotiations' },
        { criteria: ['2.7'], count: 2, what: 'micro closes in each sales negotiation', quote: 'at least two micro closes' },
      ],
    },
    3: {
      indicativeContent: [
        'How to respond to customer objections effectively, e.g., reinstate the benefits, use questions to isolate lingering objection(s), etc.',
        'How to propose further selling opportunities before closing, e.g., questions relating to add-ons, up-selling, cross-selling, understanding the potential available',
        'How to confirm that all questions/objections/concerns have been satisfactorily answered',
        'Ways to apply a trial close, e.g., ask the customer a confirmation question',
        'How to understand what a close is in the environment being operated in',
        'The sales/ buyer cycle and where you are in relation to this during negotiations with customers',
        'How to realistically predict when closing can take place with a customer',
        "Techniques that are used for closing sales, e.g., ask for the order (trial close, objection close, dual close, organisation close, etc.), seek commitment to move forward, know when to say 'no'; assertive versus aggressive behaviour in closing the sale; agree customer's next steps etc.",
        'How to ensure that relevant information is captured and recorded against company procedures',
        "How to accurately record any outcomes and promises; store such records appropriately; organisation's procedures for recording and storing negotiation's outcomes, etc.",
      ],
      guidance: [
        "The observation record (used for LO2) should also capture how the learner responded to customer objections and concerns, applied trial closes, closed the sales and updated relevant organisational records. The latter may require confirmation from the learner's line manager if the observation is completed by an external trainer/tutor/coach/mentor.",
      ],
      minimums: [],
    },
  },
  corrections: [
    { line: 1233, reads: 'nego \ttiation', reading: 'negotiation' },
    // The first LO1 bullet runs over a page break: the page footer (lines 1236–1242) falls inside it and is read as nothing.
    { line: 1236, reads: 'Specifications for Level 3 Qualifications in Executive Professional Sales', reading: '' },
    { line: 1237, reads: 'Published in Mar-24 / Next Review Mar-26', reading: '' },
    { line: 1239, reads: '©Institute of Professional Sales – this document cannot be reproduced without prior approval – please contact eqa@the-isp.org', reading: '' },
    { line: 1240, reads: 'V1.0', reading: '' },
    { line: 1242, reads: 'Page 44 of 88', reading: '' },
  ],
};

export default L3C3;
