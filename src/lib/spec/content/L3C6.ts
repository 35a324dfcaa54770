import type { UnitContent } from '../unit-spec';

/**
 * L3C6 Understand Customer Behaviours: seed 003 lines 1431–1467 (table 1437–1439, guidance 1462).
 * The table prints each LO's AC in one cell: "1.1" before two AC (the second, 1.2, has no code;
 * see the correction at 1438) and "2.1 2.2" before two. Indicative content 1445–1460: line 1445
 * interleaves a scrap of an older column ("negotiation, cl The factors the …") before the full
 * text, which is read from after it. After "How B2C and B2B customers behave at each stage of the
 * sales process" the scrap shows a second bullet beginning "How B2C and", whose only surviving
 * words are "interactions, people involved etc." at the start of 1446: beyond reconstruction, so
 * left out. The guidance is numbered "4." and "5."; it is about LO1 and LO2.
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3C6.ts.
 */
const L3C6: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'The sales cycle and stages, e.g., prospecting, qualifying, contact, presentation, negotiation, closing etc.',
        'The factors that influence individual consumer buying behaviours when selling directly to them (B2C), e.g., frequency of need, importance, logic, emotion, third party influences, buying environment, cognitive biases, past experiences, social influences etc.',
        'The complex nature of business to business (B2B) selling and the people involved, e.g., financier, user, influencer, buyer, Initiator, decider, gatekeeper etc.',
        'How B2C and B2B customers behave at each stage of the sales process',
      ],
      guidance: [
        "Learners should describe at least three factors that can influence an individual consumer's decision making process with supporting examples. They should outline the sales cycle, then explain how the organisational (B2B) decision making process affects it, including examples of behaviours that are encountered at each stage.",
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: "factors that influence an individual consumer's decision, with examples", quote: 'at least three factors' },
      ],
    },
    2: {
      indicativeContent: [
        'The stages of the decision-making process, e.g., identify the problem, gather information, generate alternatives, evaluate alternatives, make a decision',
        'The typical behaviours that individual consumers display when they are making a buying decision, e.g., asking questions verbally and in writing, comparison with competitors, discussing options with trusted people etc.',
        'The behaviours, actions and language that different members of an organisational buying unit use and how to reflect this in own communication with them',
        'How to adapt the sales methods to meet the needs of different people within an organisation and help them to reach consensus to buy',
        'How to present solutions to show that all members of the decision-making unit wants and needs have been met',
      ],
      guidance: [
        'Learners should describe at least three ways that sales professionals can respond to differing individual buyer customer needs. Examples of at least three types of organisational buyers and their different needs should be provided, with an explanation of how a sales professional should respond to each to progress the sale.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 3, what: "ways to respond to individual buyers' differing needs", quote: 'at least three ways' },
        { criteria: ['2.2'], count: 3, what: 'types of organisational buyer, each with their needs and how to respond', quote: 'at least three types of organisational buyers' },
      ],
    },
  },
  corrections: [
    {
      line: 1438,
      reads: 'decision making process Explain how',
      reading: 'decision making process [1.2: its code is not printed; the cell runs this second AC on from 1.1] Explain how',
    },
  ],
};

export default L3C6;
