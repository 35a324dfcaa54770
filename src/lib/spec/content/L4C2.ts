import type { UnitContent } from '../unit-spec';

/**
 * L4C2 Prepare and Present Sales Solutions: seed 003 lines 1468–1574 (table 1474–1485, guidance
 * 1536). Line 1494 begins with a stray scrap of the other column ("organisation's value", from the
 * bullet's own "highlights organisation's value proposition"), left out. Line 1564 repeats the last
 * LO2 guidance bullet ("How the next steps were agreed with the customer.") before LO3's guidance.
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L4C2.ts.
 */
const L4C2: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        "Why it is important to understand own organisation, the industry, the competition, organisation's products/services, qualifying criteria",
        'Why it is important to understand the potential customer and identify the main contact; money, authority, need',
        "The key characteristics of a sales presentation, e.g., tells a compelling story, highlights organisation's value proposition, aligns with customers' needs and interests, ends with a strong call-to-action, leads prospects to organisation's differentiators etc.",
        'How to conduct a market assessment using organisation criteria, external market information and sales forecasts',
        'How to undertake customer research to gain insights for sales presentations or demonstrations, e.g., techniques to evaluate sales territories, client base, competitor activity, cost of travel, business activity, take up etc.',
        'How to set clear achievements for presentations/demonstrations, e.g., SMART objectives (Specific, Measurable, Achievable, Realistic and Timed), unique selling points (USPs), tailored to the specific customer requirements etc.',
        "How to select appropriate presentation styles and techniques to meet customers' needs",
        'The types of questions that customers ask and how to respond to them',
        'Types of customer objections and how to handle them',
      ],
      guidance: [
        'Learners should explain at least four characteristics of sales presentations/demonstrations in order.',
        'They should evaluate at least three insights and reach a conclusion about how these help to create a compelling presentation/demonstration.',
        'Learners should explain how to write objectives for presentations/demonstrations using the SMART model or similar. They must provide at least two examples of objectives to show their understanding of how these work in practice.',
        'At least three customer issues/objections should be analysed, and brief recommendations should be made about how each could be overcome.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 4, what: 'characteristics of sales presentations/demonstrations', quote: 'at least four characteristics' },
        { criteria: ['1.2'], count: 3, what: 'insights evaluated, with a conclusion', quote: 'at least three insights' },
        { criteria: ['1.3'], count: 2, what: 'example objectives (SMART or similar)', quote: 'at least two examples of objectives' },
        { criteria: ['1.4'], count: 3, what: 'customer issues/objections analysed, each with how to overcome it', quote: 'At least three customer issues/objections' },
      ],
    },
    2: {
      indicativeContent: [
        'How to identify appropriate resources based on the presentation/demonstration method and location, e.g., PowerPoint, video, brochures, price lists, physical product for demonstration',
        "How to structure presentation to follow a clear logical order that will deliver sales objectives, e.g., clarify the customer's situation, check/probe for agreement, outline the likely impact of challenges, benefits to be achieved, gain commitment",
        'The benefits of using existing nomenclature during presentations/demonstrations',
        'How to adapt presentation style to meet audience and situational requirements, e.g., use of technology versus face-to-face meetings etc.',
        'The importance of personal presentation, body language, and building rapport during presentations/demonstrations',
        'How to ensure customer engagement and commitment by using active listening and questioning skills',
        'How to proactively encourage customers to ask questions to discuss and overcome their concerns',
        'How to actively listen to what the customer is saying (facts and feelings), provide answers and confirm satisfaction',
        'Ways to gain a mutual understanding with customers',
        'How to actively question, listen and respond to customers',
        'How to ensure that the presentation/demonstration conclusion is a natural agreed resolution and call-to-action',
        'How to ensure and document the agreements made with customers',
      ],
      guidance: [
        'Learners should prepare at least two sales presentations OR two demonstrations. (One of each is also acceptable). These should be based on the customers response to questions to identify their needs.',
        'These can take place in their workplace, or in the training environment as part of a realistic simulated activity. The presentations/demonstrations (with questions) should last for at least 20 minutes each.',
        'Learners should prepare at least two resources to support each presentation/demonstration.',
        'Evidence of delivering the two sales presentations and/or demonstrations should be provided such as a video recording, or an observation record completed by a tutor, assessor, or a witness testimony from a manager. The observation/witness testimony should include comments related to how effectively:',
        'Listened and questioned the customer to guide the sales process',
        'The learner responded to questions and objections',
        'How the next steps were agreed with the customer.',
      ],
      minimums: [
        {
          criteria: ['2.1', '2.3', '2.4', '2.5', '2.6'],
          count: 2,
          what: 'sales presentations or demonstrations delivered (one of each is acceptable)',
          quote: 'at least two sales presentations OR two demonstrations',
        },
        { criteria: ['2.3'], count: 20, what: 'minutes each presentation/demonstration lasts, with questions', quote: 'at least 20 minutes each' },
        { criteria: ['2.2'], count: 2, what: 'resources to support each presentation/demonstration', quote: 'at least two resources' },
      ],
    },
    3: {
      indicativeContent: [
        'How to assess personal performance in preparing and delivering the presentation/demonstration',
        'How to learn about relevant nomenclature from sales conversations',
        "Understanding the reasons why some parts of the presentation went to plan and any aspects that didn't",
        'How to identify clear actions related to what to change for future presentations/demonstrations',
      ],
      guidance: [
        'Learners should provide a reflective account to evaluate all aspects of their performance in preparing and delivering their two presentations and/or demonstrations, e.g., the use of active questioning, listening, responding to queries and objections, ensure agreement etc.',
        'Their evaluation should highlight aspects that were effective and how this will be reinforced and built on in future. Aspects that can be improved should be explored and relevant actions should be included.',
      ],
      minimums: [
        { criteria: ['3.1'], count: 2, what: 'presentations/demonstrations evaluated in a reflective account', quote: 'their two presentations and/or demonstrations' },
      ],
    },
  },
  corrections: [],
};

export default L4C2;
