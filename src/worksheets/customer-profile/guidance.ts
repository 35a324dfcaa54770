import { customerProfileMeta } from './meta';
import type { Basis, DmuRole } from './model';

/**
 * A section's title in quotes, for a hint that sends the learner to another section: named, not
 * numbered, since the shell numbers the sections and a number written here would go stale.
 */
export function sectionTitle(id: string): string {
  const section = customerProfileMeta.sections.find((s) => s.id === id);
  if (!section) throw new Error(`The customer profile has no section "${id}".`);
  return `“${section.title}”`;
}

/**
 * Prompts drawn from the indicative content of unit L3B3 (LO1: consumer and B2B segmentation bases,
 * motivation theories, customer types; LO2: sources of information, CRM patterns and trends) and
 * from the ISM marking points on profiling (quantitative data beside persona insight).
 */
export const BASIS_PROMPTS: Record<Basis, string> = {
  demographic: 'Age, gender, household size, family, education.',
  geographic: 'Country, region, town, urban or rural, climate.',
  psychographic: 'Lifestyle, values, interests, personality and opinions.',
  technographic: 'Devices, apps and online channels they use; how confident they are with technology.',
  behavioural: 'Usage rate, loyalty, buying occasion, benefits sought, readiness to buy.',
  generational: 'Generation (baby boomer, Gen X, millennial, Gen Z) or life stage (student, young family, empty nester, retired).',
  occupation: 'Job, profession or employment status.',
  income: 'Household or disposable income band.',
  industry: 'The sector they work in and its SIC (Standard Industrial Classification) code.',
  size: 'Number of staff, annual turnover, number of sites.',
  location: 'Where the business and its buyers are: region, country, single or multi-site.',
  structure: 'Ownership and structure: sole trader, partnership, limited company, PLC, public sector, group; central or local purchasing.',
  'buying-process': 'How they buy (new buy, modified or straight re-buy, tender, framework) and who is in the decision-making unit.',
  'purchasing-criteria': 'What they judge suppliers on: price, quality, delivery, service, sustainability, payment terms.',
};

export const SEGMENTATION_INTRO =
  'Segmentation divides a market into groups of customers who share characteristics, so that sales and marketing can be matched to each group. Explain at least three bases used to segment consumers and three used to segment business (B2B) customers: what the basis is, how an organisation uses it, and a real example.';

export const DMU_PROMPTS: Record<DmuRole, string> = {
  initiator: 'Who first sees the need?',
  user: 'Who will use the product or service?',
  influencer: 'Who shapes the choice (e.g. technical staff, advisers)?',
  decider: 'Who makes the final decision?',
  buyer: 'Who places the order and agrees terms?',
  gatekeeper: 'Who controls access to the others (e.g. a PA or procurement)?',
};

export const MOTIVATION_HINT =
  'Why they buy. Link it to a theory where you can: Maslow’s hierarchy (physiological, safety, love and belonging, esteem, self-actualisation) or Herzberg’s two factors (hygiene factors that must be right, such as price and delivery, and motivators that create satisfaction, such as recognition).';
export const THEORY_LINK_HINT = 'For example: “Esteem: being seen with a premium brand” or “Hygiene factor: on-time delivery”.';
export const ATTITUDE_HINT = 'What they think and feel about your products, your brand, price, risk or change.';
export const BEHAVIOUR_HINT = 'What they actually do: how often and how they buy, channels, loyalty, response to offers.';
export const DATA_SOURCE_HINT =
  'Where your information comes from. Use real organisational data: CRM records, sales data, invoices, surveys.';
export const CUSTOMER_NAME_HINT =
  'A real existing customer. For a private individual use a first name or a code, not their full name (data protection, UK GDPR).';

export const FIGURES_INTRO =
  'Take these from sales records or the CRM for the last year or two. Retention and discount rates are optional: add them if your organisation knows them.';

export const ANALYSIS_PROMPT =
  `What are the important differences between the customers, and why do they matter? Use the comparison in ${sectionTitle('comparison')} and the figures and charts here: compare their value to the organisation, how and why they buy, and what each difference means for how you sell to them.`;
export const PATTERNS_PROMPT =
  'Optional: patterns and trends in your CRM or sales data that support the analysis (for example, how many other customers look like each one).';

export const PROFILES_INTRO =
  'Turn the analysis into a profile of each customer group: who they are (a persona) and what drives them. Each profile needs at least one psychographic element (lifestyle, values, interests) and one behavioural element (usage rate, loyalty, buying occasion). The next section recommends how to sell to each group.';

export const RECOMMENDATIONS_INTRO =
  'For each profile, say how the group likes to be reached, then recommend how sales should approach them and the message marketing should give them.';

export const IDEAL_CUSTOMER_PROMPT =
  'Optional (supports L3C1 Prospect for New Business): which profile describes your ideal customer, and how would you use it to find and qualify new prospects?';

/** Said where a section's checks come from seed 002 rather than L3B3: they are good practice, never needed to complete. */
export const SEED_002_NOTE =
  'Good practice: the checks here on figures and lifetime value, the persona narrative, the psychographic and behavioural elements and the recommendations come from an ISM unit on profiling, not from L3B3. They strengthen the profile but are never needed to complete it.';
