import type { UnitContent } from '../unit-spec';

/** L3L1 Developing Relationships: seed 003 lines 1639–1682 (table 1645–1653, guidance 1677).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3L1.ts.
 */
const L3L1: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'The range of colleagues that affect and support sales professionals',
        'How to identify different stakeholders, internal and external colleagues',
        'How to conduct a stakeholder analysis to determine the best communication approaches to meet needs',
        'The importance of establishing trust and confidence with colleagues and stakeholders',
      ],
      guidance: [
        'Learners should describe the typical needs and expectations of at least three different colleagues who perform different roles in a sales team with supporting examples. At least two stakeholders should be covered when explaining the needs and expectations of others',
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: 'colleagues in different sales roles, with examples', quote: 'at least three different colleagues' },
        { criteria: ['1.2'], count: 2, what: 'stakeholders', quote: 'At least two stakeholders' },
      ],
    },
    2: {
      indicativeContent: [
        'How to identify the needs and expectations of colleagues and stakeholders',
        'Typical needs and expectations that colleagues and stakeholders may have',
        'How to balance others needs with personal needs and expectations',
        'How to explore and align mutual needs with a colleague',
        'Ways of meeting the needs and expectations of others, e.g., active listening, clear and accurate communication, understanding of their environment/situation etc.',
        "The principles and methods of effective communication and how to adapt approaches according to others' preferences",
        'Ways of checking that the needs and/or expectations of others have been met',
        'How to build trust and confidence when working with a range of different people as a professional sales person',
        'How to manage time, work flow, priorities and projects when working with other people',
        'How to work under pressure',
        'Ways of managing relationships where it is not possible to meet the needs and/or expectations of others, e.g., exploring possible alternative solutions, informing manager/others, providing a clear explanation etc.',
        'How to approach and resolve challenges that arise in relationship with others',
      ],
      guidance: [
        'Learners should identify the needs and expectations of at least one colleague and one stakeholder that they are currently working with. They should provide evidence that they perform under pressure as part of a team, e.g., project plans, meeting deadlines, witness testimony from colleagues, summaries of challenges faced and how they were overcome successfully etc. Evidence should be provided that demonstrates that at least two relationships are productive and professional, e.g., copies of email correspondence, successful sales because of joint working etc. Learners must give at least one example of experiencing challenges in a relationship with a colleague and detail the actions that they took to resolve the situation. Supporting evidence should confirm that the situation took place, e.g., a confirmation from their line manager, a supporting paragraph from the colleagues etc.',
      ],
      minimums: [
        { criteria: ['2.1'], count: 1, what: 'colleague they work with, needs and expectations identified', quote: 'at least one colleague' },
        { criteria: ['2.1'], count: 1, what: 'stakeholder they work with, needs and expectations identified', quote: 'one stakeholder that they are currently working with' },
        { criteria: ['2.3'], count: 2, what: 'relationships evidenced as productive and professional', quote: 'at least two relationships' },
        {
          criteria: ['2.4'],
          count: 1,
          what: 'relationship challenge with a colleague, with the actions taken and supporting evidence',
          quote: 'at least one example of experiencing challenges',
        },
      ],
    },
  },
  corrections: [],
};

export default L3L1;
