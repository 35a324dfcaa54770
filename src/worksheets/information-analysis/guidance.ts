/**
 * Prompts drawn from the indicative content and assessor guidance of unit L3B5 Access and Analyse
 * Sales Information (seed 003, lines 817–897, guidance from 889). Quoted words are the
 * specification's; the rest is the toolkit's own plain English.
 */

export const NEEDS_PROMPT =
  'The assessor guidance asks you to “define at least three pieces of information that are required for their analysis of markets, customers and competitors for their organisation”. Start with your organisation and what the analysis is for, then say what you need to know about each area and why.';

export const PURPOSE_HINT = 'The decision or plan the analysis informs: next year’s territory plan, where to focus the team’s time, a new product’s launch …';
export const NEED_HINTS = {
  what: 'E.g. “The size and growth of the dental consumables market in the South West”, “Which customers buy most, and how often”, “Competitors’ prices for gloves”.',
  why: 'What you will decide or do with it.',
} as const;

export const SOURCES_PROMPT =
  'Use your list of what you need to “identify at least five potential sources of information that could be used”. The unit suggests “sector bodies, industry bodies, sector magazines, internet, companies house, networking events, colleagues, competitor websites, competitor sales brochures etc.”, and your own sales records and CRM are internal sources.';

export const PROVIDES_HINT = 'What it could tell you, and how you would get it (a report, a download, a conversation).';
export const BENEFITS_HINT = 'The unit asks “how to identify the benefits and risks of using each source”: cost, time, bias, how current it is.';

export const RELIABILITY_PROMPT =
  'The guidance says your sources “should be assessed for reliability to assess the best three sources”. Score each source from 1 (poor) to 5 (excellent) on five stated criteria, with a reason for each score: the unit names “trustworthiness, sufficiency, relevance, validity” and checking data “for accuracy and currency”. The three with the highest totals are chosen, with the working.';

export const GATHERED_PROMPT =
  'The guidance asks you to “gather information about markets, customers and competitors for their organisation from these three sources”, “documented in a structured manner to present as evidence”. Record what you found, area by area, from which of your best three sources and when.';

export const FIGURES_PROMPT =
  'Bring your own figures to analyse: a CSV file of sales by month, with the region, product and customer of each row if you have them (export it from your CRM or spreadsheet). The file is read in your browser and never leaves it.';

export const FIGURES_FORMAT = 'The first row names the columns: Month, Region, Product, Customer, Value. Months may be written 2025-03, Mar 2025 or 14/03/2025; values in pounds, e.g. 1250 or £1,250.50. Up to 3,000 rows and 1 MB.';
export const FIGURES_ABOUT_HINT = 'Where the figures come from (which report, which system), the period, and how you checked them for accuracy and currency.';

export const ANALYSIS_PROMPT =
  'The guidance asks you to “use at least two tools and methods to analyse the information that they have gathered for LO2”. Choose a tool: the page works it out from your figures and shows the working. Then write what it showed you. You can also record another tool or method you used, such as a competitor price comparison or a SWOT.';

export const ANALYSIS_NOTE_HINT = 'The figures that stand out, and what they mean for sales.';
export const OTHER_TOOL_HINT = 'E.g. “Competitor price comparison”, “SWOT analysis”, “Customer survey scores”.';

export const TRENDS_PROMPT =
  'The guidance asks that “at least six trends and patterns should be identified, two related to markets, two related to customers and two related to competitors”. For each, say what it is, which analysis or finding shows it, and the figures that show it.';

export const TREND_HINTS = {
  statement: 'E.g. “Sales in Cornwall have grown every quarter for a year”, “Two customers make 60 % of sales”.',
  figures: 'The numbers that show it: “Cornwall up 18 % (£42,100 against £35,700)”.',
} as const;

export const COMMUNICATION_PROMPT =
  'The guidance asks you to “communicate their findings to two different target audiences at different levels, e.g., a summary for their manager, an email to their peers”. The unit asks how to “identify the target audience level for each category of sales-related information and communicate it effectively to meet their needs”.';

export const MESSAGE_HINT = 'The summary, email or notes themselves, as you sent or gave them.';
export const SHAPING_HINT = 'How you shaped it for them: what you put first, how much detail, the words and figures you used, the format.';
export const STRATEGY_HINT = 'The unit asks “how to assess the value of the information against the sales strategy”: what your findings mean for the plan, and what you recommend.';
