/** Prompts drawn from the indicative content of L3C5 (LO1, LO2) and L3C1 (1.3). */

export const BOTTLENECK_PROMPT =
  'The bottleneck is the step where the most prospects drop out. Typical causes from the unit: insufficient information collected, qualification criteria not met, slow follow-up, low-value prospects, too few prospects, or colleague support needed. Say what you will do, by when, and how you will check it worked.';

export const RATIO_USE_PROMPTS = [
  'lead generation: how many leads you need for your target',
  'outreach evaluation: which channels and messages convert best',
  'sales funnel analysis: where prospects drop out',
  'targeting and segmentation: which kinds of customer convert',
  'optimisation and experimentation: testing one change and measuring again',
  'return on investment (ROI) of your prospecting time and spend',
];

export const CRITERIA_PROMPT =
  'Evaluate each prospect against at least three criteria. BANT is the default: Budget (a budget is in place), Authority (a decision maker is identified), Need (a need for the product or service is confirmed) and Timeline. Rename them, add others such as lead score or fit with your ideal customer profile, and weight the ones that matter most to your organisation.';

export const SCORE_HELP = 'Score each criterion 0 (not met at all) to 5 (fully met).';

export const PRIORITY_PROMPT =
  'Use likelihood of success and sales volume to decide where your time goes: the most likely to convert first, with the deal value beside it. Plan more hours and more frequent contact for the top of the list, and decide whether to move low-scoring prospects out of the pipeline.';

/** How the priority order is worked out, said on the page and printed in the PDF (L3C5 2.3). */
export const PRIORITY_RULE =
  'Ranked by likelihood of conversion to customer, highest first (L3C5 2.3); where two are equally likely, the higher deal value comes first. The weighted value (deal value × likelihood) is shown beside it.';
