import type { UnitSpec } from '../unit-spec';

/** L3C5 Sales Pipeline Management: seed 003 lines 1361–1430 (table 1367–1376, guidance 1420). */
const L3C5: UnitSpec = {
  code: 'L3C5',
  title: 'Sales Pipeline Management',
  startLine: 1361,
  guidanceLine: 1420,
  outcomes: [
    {
      number: 1,
      text: 'Understand sales pipeline management',
      lines: [1368],
      criteria: [
        { code: '1.1', text: 'Describe the importance of a sales pipeline management process for a sales professional', lines: [1368] },
        { code: '1.2', text: 'Explain the requirements of the sales pipeline process from different perspectives', lines: [1369] },
        { code: '1.3', text: 'Describe the challenges related to sales pipeline management', lines: [1370] },
        { code: '1.4', text: 'Explain how to resolve challenges related to sales pipeline management', lines: [1371] },
      ],
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
    {
      number: 2,
      text: 'Be able to prioritise time spent on prospects by analysing sales conversion ratios',
      lines: [1372, 1373],
      criteria: [
        { code: '2.1', text: 'Calculate current conversion ratios for different stages of the sales pipeline process', lines: [1372] },
        { code: '2.2', text: 'Evaluate prospects at regular intervals against criteria for each step of the sales process', lines: [1373] },
        { code: '2.3', text: 'Prioritise time and effort for each prospect based on the likelihood of conversion to customer', lines: [1374] },
      ],
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
    {
      number: 3,
      text: 'Be able to use sales tools to move prospects through the sales pipeline',
      lines: [1375],
      criteria: [
        { code: '3.1', text: 'Demonstrate the sales activities used to manage a sales pipeline', lines: [1375] },
        { code: '3.2', text: 'Use organisational systems and procedures to manage prospects', lines: [1376] },
      ],
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
  ],
  corrections: [
    // The extraction interleaves a cut-off copy of the content column ("The importance", "volume is at ev", …) at the start of these lines.
    { line: 1395, reads: 'volume is at ev \tvolume', reading: 'volume' },
  ],
};

export default L3C5;
