import type { PestleHeading } from './model';

/**
 * Prompts under each heading, drawn from the indicative content of unit L3B2 (LO2: internal and
 * external forces; what a PESTLE analysis is and how to conduct one).
 */
export const HEADING_PROMPTS: Record<PestleHeading, { question: string; prompts: string[] }> = {
  political: {
    question: 'How could government action or political change affect the organisation?',
    prompts: ['government policy and public spending', 'taxation and business rates', 'trade policy and global relations', 'elections and political stability'],
  },
  economic: {
    question: 'Which economic conditions affect what customers buy and what it costs to sell?',
    prompts: ['interest rates and inflation', 'consumer and business spending', 'competitors and their pricing', 'supplier and vendor costs', 'exchange rates and global markets'],
  },
  social: {
    question: 'How are customers, their culture and their habits changing?',
    prompts: ['demographics (age, household, location)', 'cultural trends and attitudes', 'lifestyle and buying habits', 'skills and the labour market'],
  },
  technological: {
    question: 'Which technology changes how the organisation sells or what customers expect?',
    prompts: ['digital and social selling channels', 'CRM, automation and AI', 'new products and substitutes', 'cyber security'],
  },
  legal: {
    question: 'Which laws and regulations shape how the organisation sells?',
    prompts: ['consumer protection and advertising rules', 'data protection (UK GDPR) for customer data', 'employment and health and safety law', 'competition law and industry regulation'],
  },
  environmental: {
    question: 'What environmental pressures and expectations affect the organisation and its customers?',
    prompts: ['climate and weather', 'sustainability expectations of customers', 'waste, emissions and energy rules', 'supply-chain and sourcing impacts'],
  },
};

export const INTERNAL_PROMPT =
  'Internal forces come from inside the organisation: leadership, structure, culture, employees and workforce dynamics, internal communication, policies and procedures, resources and infrastructure, strategy and change management. Describe at least three.';

export const RATING_HELP =
  'Impact: 1 = slight, 5 = severe or major. Likelihood: 1 = unlikely, 5 = almost certain. Priority = impact × likelihood (1–25).';
