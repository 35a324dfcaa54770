import { goodPracticeRule, specRule } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/evidence-types';
import { customerLifetimeValue } from './calculations';
import { BASIS_LABELS } from './labels';
import {
  activeBases,
  BUSINESS_BASES,
  CONSUMER_BASES,
  customerLabel,
  hasText,
  isNamed,
  namedCustomers,
  type BasisExplanation,
  type Customer,
  type CustomerProfileData,
  type Profile,
} from './model';
import { listInWords } from '../../lib/text-list';

/**
 * The assessor's minimums for L3B3 1.1–2.3, each met or not yet, then seed 002's marking points
 * (an ISM unit's revision page, not part of this qualification) as good practice.
 */

/** Where the spec's rules come from: L3B3's assessor guidance (seed 003, lines 776–779). */
const LO1 = 'L3B3 assessor guidance, LO1: at least three consumer and three B2B segmentation methods with relevant examples; the motivations, attitudes and behaviours customers may have, with at least three examples';
const LO2 = 'L3B3 assessor guidance, LO2: the characteristics of at least two existing customers, using criteria based on your organisation’s requirements and its data sources';
const LO2_ANALYSIS = 'L3B3 assessor guidance, LO2: analyse the differences between at least two customers using appropriate organisational data sources, and use the findings to develop two customer profiles';
const SEED_002 = 'seed 002’s marking points (an ISM unit on segmentation and profiling, not part of this qualification)';

const isExplained = (entry: BasisExplanation) => hasText(entry.explanation) && hasText(entry.example);

/** Distinct bases from `allowed` that are explained with an example. */
export function explainedBases(entries: BasisExplanation[], allowed: readonly string[]): string[] {
  return [...new Set(entries.filter((e) => allowed.includes(e.basis) && isExplained(e)).map((e) => e.basis))];
}

/** A profile counts once it has a name or any written content. */
export const isStartedProfile = (profile: Profile) =>
  [profile.name, profile.narrative, profile.psychographic, profile.behavioural, profile.salesApproach, profile.marketingMessage].some(hasText);

export const profileLabel = (profile: Profile, index: number) => profile.name.trim() || `Profile ${index + 1}`;

const firstFew = (names: string[]) => listInWords(names, { limit: 4 });

/** A rule, placed in the section(s) where the learner meets it (the first is where an unmet rule links to). */
const rule = (label: string, isMet: boolean, detail: string, sections: string[]): ChecklistItem =>
  isMet ? { label, isMet, sections } : { label, isMet, detail, sections };

/** Each named customer (or started profile) that fails `describe`'s test, with what it is missing. */
function everyOne<T>(items: Array<{ item: T; label: string }>, missing: (item: T) => string[]): string[] {
  return items.flatMap(({ item, label }) => {
    const gaps = missing(item);
    return gaps.length ? [`${label}: ${listInWords(gaps)}`] : [];
  });
}

export function customerProfileCompleteness(data: CustomerProfileData): ChecklistItem[] {
  const named = data.customers.map((customer, index) => ({ item: customer, label: customerLabel(customer, index) })).filter(({ item }) => isNamed(item));
  const profiles = data.profiles.map((profile, index) => ({ item: profile, label: profileLabel(profile, index) })).filter(({ item }) => isStartedProfile(item));
  const bases = activeBases(data);
  const consumer = explainedBases(data.segmentation.consumer, CONSUMER_BASES);
  const business = explainedBases(data.segmentation.business, BUSINESS_BASES);

  const organisationMissing = [
    hasText(data.organisation.name) ? null : 'the organisation’s name',
    data.organisation.kind === '' ? 'that it is your own organisation' : null,
    data.market ? null : 'whether its customers are consumers (B2C) or businesses (B2B)',
  ].filter((x): x is string => x !== null);
  const organisationDetail =
    data.organisation.kind === 'case-study'
      ? 'L3B3 asks for your own organisation’s existing customers and its data. Its assessor guidance does not permit simulation, and the specification allows a case study only where a unit’s guidance says so.'
      : `Add ${listInWords(organisationMissing)}.`;

  const mab = namedCustomers(data).flatMap((c) => [
    hasText(c.motivations) ? 'motivation' : null,
    hasText(c.attitudes) ? 'attitude' : null,
    hasText(c.behaviours) ? 'behaviour' : null,
  ]).filter((x): x is string => x !== null);
  const mabKindsMissing = ['motivation', 'attitude', 'behaviour'].filter((kind) => !mab.includes(kind));

  const characteristicGaps = everyOne(named, (c: Customer) => bases.filter((b) => !hasText(c.characteristics[b])).map((b) => BASIS_LABELS[b].toLowerCase()));
  const describedGaps = everyOne(named, (c: Customer) =>
    [
      hasText(c.motivations) ? null : 'motivations',
      hasText(c.attitudes) ? null : 'attitudes',
      hasText(c.behaviours) ? null : 'behaviours',
      c.customerType ? null : 'customer type',
      c.dataSource ? null : 'data source',
    ].filter((x): x is string => x !== null),
  );
  // Met in two sections (type and source with who the customer is, the rest with why they buy); an
  // unmet rule links to its first section, so the one with a gap comes first.
  const lacksTypeOrSource = named.length === 0 || named.some(({ item }) => !item.customerType || !item.dataSource);
  const describedSections = lacksTypeOrSource ? ['customers', 'motivations'] : ['motivations', 'customers'];
  const figureGaps = named.filter(({ item }) => !customerLifetimeValue(item.numbers).ok).map(({ label }) => label);
  const customerIds = new Set(data.customers.filter(isNamed).map((c) => c.id));
  const profileGaps = everyOne(profiles, (p: Profile) =>
    [hasText(p.name) ? null : 'a name', p.basedOn.some((id) => customerIds.has(id)) ? null : 'the customers it is drawn from'].filter(
      (x): x is string => x !== null,
    ),
  );
  const narrativeGaps = profiles.filter(({ item }) => !hasText(item.narrative)).map(({ label }) => label);
  const elementGaps = everyOne(profiles, (p: Profile) =>
    [hasText(p.psychographic) ? null : 'a psychographic element', hasText(p.behavioural) ? null : 'a behavioural element'].filter(
      (x): x is string => x !== null,
    ),
  );
  const recommendationGaps = everyOne(profiles, (p: Profile) =>
    [hasText(p.salesApproach) ? null : 'a sales approach', hasText(p.marketingMessage) ? null : 'a marketing message'].filter(
      (x): x is string => x !== null,
    ),
  );
  const noProfiles = 'No profiles started yet.';
  const noCustomers = 'No customers named yet.';

  return [
    specRule(
      rule('Your own organisation named, with B2C or B2B customers chosen', organisationMissing.length === 0 && data.organisation.kind === 'own', organisationDetail, ['organisation']),
      LO2,
    ),
    specRule(
      rule(
        'At least three consumer segmentation methods explained, each with an example (AC 1.1)',
        consumer.length >= 3,
        `${consumer.length} explained with an example (at least 3 needed).`,
        ['consumer-segmentation'],
      ),
      LO1,
    ),
    specRule(
      rule(
        'At least three B2B segmentation methods explained, each with an example (AC 1.1)',
        business.length >= 3,
        `${business.length} explained with an example (at least 3 needed).`,
        ['business-segmentation'],
      ),
      LO1,
    ),
    specRule(
      rule(
        'Motivations, attitudes and behaviours described, with at least three examples (AC 1.2)',
        mab.length >= 3 && mabKindsMissing.length === 0,
        mabKindsMissing.length ? `Still to describe: ${listInWords(mabKindsMissing.map((k) => (k === 'attitude' ? 'an attitude' : `a ${k}`)))}.` : `${mab.length} examples (at least 3 needed).`,
        ['motivations'],
      ),
      LO1,
    ),
    specRule(rule('At least two existing customers defined (AC 2.1)', named.length >= 2, `${named.length} customer${named.length === 1 ? '' : 's'} named (at least 2 needed).`, ['customers']), LO2),
    specRule(
      rule(
        'Each customer defined by characteristics under at least two chosen segmentation bases (AC 2.1)',
        named.length > 0 && bases.length >= 2 && characteristicGaps.length === 0,
        !data.market
          ? 'Choose B2C or B2B first.'
          : bases.length < 2
            ? `Choose at least two bases to define your customers by (${bases.length} chosen).`
            : named.length === 0
              ? noCustomers
              : `Still to fill in for ${firstFew(characteristicGaps)}.`,
        ['characteristics'],
      ),
      LO2,
    ),
    specRule(
      rule(
        'Each customer’s motivations, attitudes, behaviours, customer type and data source (AC 1.2, 2.1)',
        named.length > 0 && describedGaps.length === 0,
        named.length === 0 ? noCustomers : `Still to do for ${firstFew(describedGaps)}.`,
        describedSections,
      ),
      `${LO1}; ${LO2}`,
    ),
    specRule(
      rule(
        'The differences between the customers analysed (AC 2.2)',
        named.length >= 2 && hasText(data.analysis.differences),
        named.length < 2 ? 'Define at least two customers to compare.' : 'Write your analysis of the differences under the comparison.',
        // Read in the comparison, written under the figures.
        ['analysis', 'comparison'],
      ),
      LO2_ANALYSIS,
    ),
    specRule(
      rule(
        'At least two customer profiles developed from the analysis (AC 2.3)',
        profiles.length >= 2 && profileGaps.length === 0,
        profiles.length < 2 ? `${profiles.length} profile${profiles.length === 1 ? '' : 's'} started (at least 2 needed).` : `Still to do for ${firstFew(profileGaps)}.`,
        ['profiles'],
      ),
      LO2_ANALYSIS,
    ),
    goodPracticeRule(
      rule(
        'Each customer’s figures complete, giving a customer lifetime value',
        named.length > 0 && figureGaps.length === 0,
        named.length === 0 ? noCustomers : `The figures for ${firstFew(figureGaps)} are missing or cannot be used.`,
        ['figures'],
      ),
      `quantitative data such as purchase history and customer lifetime value, from ${SEED_002}`,
    ),
    goodPracticeRule(
      rule('A persona narrative in each profile', profiles.length > 0 && narrativeGaps.length === 0, profiles.length === 0 ? noProfiles : `Still to write for ${firstFew(narrativeGaps)}.`, ['profiles']),
      `qualitative insight such as a buyer persona narrative, from ${SEED_002}`,
    ),
    goodPracticeRule(
      rule(
        'At least one psychographic and one behavioural element in each profile',
        profiles.length > 0 && elementGaps.length === 0,
        profiles.length === 0 ? noProfiles : `Still to do for ${firstFew(elementGaps)}.`,
        ['profiles'],
      ),
      `profiles with depth, from ${SEED_002}`,
    ),
    goodPracticeRule(
      rule(
        'A sales approach and marketing message recommended for each profile',
        profiles.length > 0 && recommendationGaps.length === 0,
        profiles.length === 0 ? noProfiles : `Still to do for ${firstFew(recommendationGaps)}.`,
        ['recommendations'],
      ),
      `actionable sales or marketing recommendations, from ${SEED_002}`,
    ),
  ];
}
