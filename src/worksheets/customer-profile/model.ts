import * as z from 'zod/mini';
import { blankOrganisation, organisationSchema } from '../../lib/organisation';
import { choiceSchema } from '../../lib/choices';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The customer profile builder's data: schema, defaults and the unit's fixed lists. No React. */
export const CUSTOMER_PROFILE_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { id: 100, short: 200, number: 40, answer: 3000, long: 10000 } as const;

/** Consumer (B2C) segmentation bases named in the unit's indicative content (L3B3, LO1). */
export const CONSUMER_BASES = [
  'demographic',
  'geographic',
  'psychographic',
  'technographic',
  'behavioural',
  'generational',
  'occupation',
  'income',
] as const;
/** Business (B2B) segmentation bases from the unit's indicative content (L3B3, LO1). */
export const BUSINESS_BASES = ['industry', 'size', 'location', 'structure', 'buying-process', 'purchasing-criteria'] as const;
export const ALL_BASES = [...CONSUMER_BASES, ...BUSINESS_BASES] as const;
export type Basis = (typeof ALL_BASES)[number];

/** Roles in a B2B decision-making unit (DMU). */
export const DMU_ROLES = ['initiator', 'user', 'influencer', 'decider', 'buyer', 'gatekeeper'] as const;
export type DmuRole = (typeof DMU_ROLES)[number];

/** Customer types from the unit's indicative content. */
export const CUSTOMER_TYPES = [
  'price-conscious',
  'quality-conscious',
  'impulse',
  'loyal',
  'need-based',
  'discount',
  'wandering',
  'friendly',
  'consultative',
  'other',
] as const;
export type CustomerType = (typeof CUSTOMER_TYPES)[number];

export const DATA_SOURCES = ['crm', 'sales-records', 'survey', 'interview', 'web-analytics', 'account-notes', 'other'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

export const MOTIVATION_THEORIES = ['maslow', 'herzberg', 'other', 'none'] as const;
export type MotivationTheory = (typeof MOTIVATION_THEORIES)[number];

/** The six figures behind a customer's lifetime value, kept as typed so nothing the learner enters is lost. */
export const NUMBER_FIELDS = [
  'averageOrderValue',
  'purchasesPerYear',
  'grossMarginPercent',
  'relationshipYears',
  'retentionPercent',
  'discountPercent',
] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

const text = (max: number = TEXT_LIMITS.answer) => z.string().check(z.maxLength(max));
const id = () => text(TEXT_LIMITS.id).check(z.minLength(1));

export const BasisExplanationSchema = z.object({
  id: id(),
  basis: z.enum(ALL_BASES),
  explanation: text(),
  example: text(),
});
export type BasisExplanation = z.infer<typeof BasisExplanationSchema>;

export const CustomerNumbersSchema = z.object(
  Object.fromEntries(NUMBER_FIELDS.map((field) => [field, text(TEXT_LIMITS.number)])) as Record<NumberField, z.ZodMiniString<string>>,
);
export type CustomerNumbers = z.infer<typeof CustomerNumbersSchema>;

export const CustomerSchema = z.object({
  id: id(),
  name: text(TEXT_LIMITS.short),
  description: text(),
  customerType: choiceSchema(CUSTOMER_TYPES, { blank: true }),
  dataSource: choiceSchema(DATA_SOURCES, { blank: true }),
  dataSourceDetail: text(TEXT_LIMITS.short),
  characteristics: z.partialRecord(z.enum(ALL_BASES), text()),
  dmu: z.object(Object.fromEntries(DMU_ROLES.map((role) => [role, text(TEXT_LIMITS.short)])) as Record<DmuRole, z.ZodMiniString<string>>),
  motivations: text(),
  motivationTheory: choiceSchema(MOTIVATION_THEORIES, { blank: true }),
  theoryLink: text(),
  attitudes: text(),
  behaviours: text(),
  numbers: CustomerNumbersSchema,
});
export type Customer = z.infer<typeof CustomerSchema>;

export const ProfileSchema = z.object({
  id: id(),
  name: text(TEXT_LIMITS.short),
  /** Ids of the customers the profile was drawn from. */
  basedOn: z.array(text(TEXT_LIMITS.id)).check(z.maxLength(50)),
  narrative: text(),
  keyMotivations: text(),
  psychographic: text(),
  behavioural: text(),
  preferredChannels: text(),
  salesApproach: text(),
  marketingMessage: text(),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const MARKETS = ['b2c', 'b2b'] as const;

export const CustomerProfileSchema = z.object({
  organisation: organisationSchema(TEXT_LIMITS.answer),
  market: choiceSchema(MARKETS, { blank: true }),
  segmentation: z.object({
    consumer: z.array(BasisExplanationSchema).check(z.maxLength(40)),
    business: z.array(BasisExplanationSchema).check(z.maxLength(40)),
  }),
  /** The bases (of the chosen market) the learner uses to define the customers. */
  customerBases: z.array(z.enum(ALL_BASES)).check(z.maxLength(ALL_BASES.length)),
  customers: z.array(CustomerSchema).check(z.maxLength(12)),
  analysis: z.object({ differences: text(TEXT_LIMITS.long), patterns: text(TEXT_LIMITS.long) }),
  profiles: z.array(ProfileSchema).check(z.maxLength(12)),
  idealCustomer: z.object({ profileId: text(TEXT_LIMITS.id), reason: text() }),
});
export type CustomerProfileData = z.infer<typeof CustomerProfileSchema>;
export type Market = CustomerProfileData['market'];

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const customerProfileMigrations: Record<number, MigrationStep> = {};

export function parseCustomerProfile(data: unknown, version: number): ParseResult<CustomerProfileData> {
  return parseVersioned(CustomerProfileSchema, CUSTOMER_PROFILE_SCHEMA_VERSION, customerProfileMigrations, data, version);
}

export function createEmptyCustomerProfile(): CustomerProfileData {
  return {
    organisation: blankOrganisation(),
    market: '',
    segmentation: { consumer: [], business: [] },
    customerBases: [],
    customers: [],
    analysis: { differences: '', patterns: '' },
    profiles: [],
    idealCustomer: { profileId: '', reason: '' },
  };
}

export function newBasisExplanation(id: string, basis: Basis): BasisExplanation {
  return { id, basis, explanation: '', example: '' };
}

export const emptyNumbers = (): CustomerNumbers =>
  Object.fromEntries(NUMBER_FIELDS.map((field) => [field, ''])) as CustomerNumbers;

export function newCustomer(id: string): Customer {
  return {
    id,
    name: '',
    description: '',
    customerType: '',
    dataSource: '',
    dataSourceDetail: '',
    characteristics: {},
    dmu: Object.fromEntries(DMU_ROLES.map((role) => [role, ''])) as Customer['dmu'],
    motivations: '',
    motivationTheory: '',
    theoryLink: '',
    attitudes: '',
    behaviours: '',
    numbers: emptyNumbers(),
  };
}

export function newProfile(id: string, basedOn: string[] = []): Profile {
  return {
    id,
    name: '',
    basedOn,
    narrative: '',
    keyMotivations: '',
    psychographic: '',
    behavioural: '',
    preferredChannels: '',
    salesApproach: '',
    marketingMessage: '',
  };
}

export const hasText = (value: string | undefined) => (value ?? '').trim().length > 0;

/** The bases offered for the document's market: consumer for B2C, business for B2B, none until chosen. */
export const basesForMarket = (market: Market): readonly Basis[] =>
  market === 'b2c' ? CONSUMER_BASES : market === 'b2b' ? BUSINESS_BASES : [];

/** The chosen bases that belong to the current market, in the unit's order. */
export const activeBases = (data: Pick<CustomerProfileData, 'market' | 'customerBases'>): Basis[] =>
  basesForMarket(data.market).filter((basis) => data.customerBases.includes(basis));

/** A customer counts once the learner has named it; blank rows are ignored. */
export const isNamed = (customer: Customer) => hasText(customer.name);

export const namedCustomers = (data: CustomerProfileData) => data.customers.filter(isNamed);

/** The customer's name as typed, or a stand-in that still tells customers apart. */
export const customerLabel = (customer: Customer, index: number) => customer.name.trim() || `Customer ${index + 1}`;
