import type { UnitContent } from '../unit-spec';

/** L3C5 Sales Pipeline Management: seed 003 lines 1361–1430 (table 1367–1376, guidance 1420).
 * What the spec says under each LO: indicative content, assessor guidance and its numbers, and
 * the corrections read into garbled lines. The LOs and AC are in ../units/L3C5.ts.
 */
const L3C5: UnitContent = {
  outcomes: {
    1: {
      indicativeContent: [
        'The importance of a sales pipeline management process',
        'The visibility of pipeline to self, manager and organisation to ensure that the right volume is at every stage to enable targets to be met',
        'How to identify bottlenecks in a sales pipeline and take appropriate action',
        'The challenges related to pipeline management, e.g., insufficient information collected, qualification criteria not met, slow follow up, bottlenecks in the sales cycle, low value prospects, insufficient prospects, colleague support required etc.',
        'How to identify when there are sales professional training needs related to pipeline management and identify solutions to meet requirements',
      ],
      guidance: [
        'Learners should provide at least three reasons why the sales pipeline management process is important for a sales professional. The must explain the pipeline management process from the perspective of the sales professional, their line manager and the organisation. At least three challenges that are encountered during sales pipeline management should be described with an explanation of how each can be resolved.',
      ],
      minimums: [
        { criteria: ['1.1'], count: 3, what: 'reasons why sales pipeline management is important for a sales professional', quote: 'at least three reasons' },
        { criteria: ['1.3', '1.4'], count: 3, what: 'challenges of sales pipeline management, each with how it can be resolved', quote: 'At least three challenges' },
      ],
    },
    2: {
      indicativeContent: [
        'How to use information from the pipeline to identify conversion ratios',
        'How to calculate conversion ratios for different stages of sales pipeline management, e.g., for prospect to customer, lead to customer and proposal to customer',
        'Ways to identify the stage of the pipeline where the greatest challenges are and plan to respond to these',
        'How to take action to resolve pipeline challenges',
        'The processes involved in moving prospects through the pipeline, e.g., meeting criteria such as lead score, the timeline, confirming that there is a need for the product/service, a decision maker has been identified and that there is a budget in place etc.',
        'How to use sales volume and likelihood of success to prioritise where time and effort is spent and decide on the frequency of contact with a prospect',
        'When and how to move a prospect from the sales pipeline',
      ],
      guidance: [
        'Learners should calculate conversion rates for prospect to customer, lead to customer and proposal to customer. They should use at least three criteria to evaluate prospects in their pipeline, and evidence that they have done this on at least three occasions in line with organisational procedures.',
        'Evidence should be provided of how their prospects have been prioritised based on the likelihood of conversion to customer, with plans for sales activities that align to maximise the time and effort that they have available.',
      ],
      minimums: [
        { criteria: ['2.2'], count: 3, what: 'criteria used to evaluate prospects', quote: 'at least three criteria' },
        { criteria: ['2.2'], count: 3, what: 'occasions on which prospects were evaluated', quote: 'at least three occasions' },
      ],
    },
    3: {
      indicativeContent: [
        'The organisational activities that are followed for pipeline management, e.g., lead generation, qualification criteria, gathering information, the sources information is gathered from, how sales meetings are conducted, demonstrations, presentations, needs identification, selling value, closing etc.',
        'The lead generation tools that can be used by sales professionals, e.g., Salesforce, LinkedIn Sales Navigator, Hubspot, Pipedrive, Zoho CRM, Leadpages, Mailchimp, ZoomInfo etc.',
        'How to use marketing materials',
        'How to use lead qualifying checklists',
        'The organisational systems and procedures that are used to manage prospects',
        'The people involved in the pipeline management and how their roles relate to the sales professional dealing with prospects',
      ],
      guidance: [
        'Learners should provide evidence that they have used their organisations required sales activities to manage their pipeline. They must provide evidence that they have used their organisations sales management database/CRM/system to track their prospects at all stages of the sales process. Examples for two prospects that have been progressed through the stages should be provided as examples.',
      ],
      minimums: [
        { criteria: ['3.1', '3.2'], count: 2, what: 'prospects progressed through the stages, as examples', quote: 'Examples for two prospects' },
      ],
    },
  },
  corrections: [
    // The extraction interleaves a cut-off copy of the content column ("The importance", "volume is at ev", …) at the start of these lines.
    { line: 1395, reads: 'volume is at ev \tvolume', reading: 'volume' },
  ],
};

export default L3C5;
