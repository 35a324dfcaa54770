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

/** The assessor's minimums for L3B3 1.1–2.3 (and seed 002's marking points), each met or not yet. */

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
    data.market ? null : 'whether its customers are consumers (B2C) or businesses (B2B)',
  ].filter((x): x is string => x !== null);

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
    [
      hasText(p.name) ? null : 'a name',
      p.basedOn.some((id) => customerIds.has(id)) ? null : 'the customers it is drawn from',
      hasText(p.narrative) ? null : 'a persona narrative',
    ].filter((x): x is string => x !== null),
  );
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
    rule(
      'The organisation named, with B2C or B2B customers chosen',
      organisationMissing.length === 0,
      `Add ${listInWords(organisationMissing)}.`,
      ['organisation'],
    ),
    rule(
      'At least three consumer segmentation methods explained, each with an example (AC 1.1)',
      consumer.length >= 3,
      `${consumer.length} explained with an example (at least 3 needed).`,
      ['consumer-segmentation'],
    ),
    rule(
      'At least three B2B segmentation methods explained, each with an example (AC 1.1)',
      business.length >= 3,
      `${business.length} explained with an example (at least 3 needed).`,
      ['business-segmentation'],
    ),
    rule(
      'Motivations, attitudes and behaviours described, with at least three examples (AC 1.2)',
      mab.length >= 3 && mabKindsMissing.length === 0,
      mabKindsMissing.length ? `Still to describe: ${listInWords(mabKindsMissing.map((k) => (k === 'attitude' ? 'an attitude' : `a ${k}`)))}.` : `${mab.length} examples (at least 3 needed).`,
      ['motivations'],
    ),
    rule(
      'At least two existing customers defined (AC 2.1)',
      named.length >= 2,
      `${named.length} customer${named.length === 1 ? '' : 's'} named (at least 2 needed).`,
      ['customers'],
    ),
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
    rule(
      'Each customer’s motivations, attitudes, behaviours, customer type and data source (AC 1.2, 2.1)',
      named.length > 0 && describedGaps.length === 0,
      named.length === 0 ? noCustomers : `Still to do for ${firstFew(describedGaps)}.`,
      describedSections,
    ),
    rule(
      'Each customer’s figures complete, giving a customer lifetime value',
      named.length > 0 && figureGaps.length === 0,
      named.length === 0 ? noCustomers : `The figures for ${firstFew(figureGaps)} are missing or cannot be used.`,
      ['figures'],
    ),
    rule(
      'The differences between the customers analysed (AC 2.2)',
      named.length >= 2 && hasText(data.analysis.differences),
      named.length < 2 ? 'Define at least two customers to compare.' : 'Write your analysis of the differences under the comparison.',
      // Read in the comparison, written under the figures.
      ['analysis', 'comparison'],
    ),
    rule(
      'At least two customer profiles developed from the analysis, each with a persona narrative (AC 2.3)',
      profiles.length >= 2 && profileGaps.length === 0,
      profiles.length < 2 ? `${profiles.length} profile${profiles.length === 1 ? '' : 's'} started (at least 2 needed).` : `Still to do for ${firstFew(profileGaps)}.`,
      ['profiles'],
    ),
    rule(
      'At least one psychographic and one behavioural element in each profile',
      profiles.length > 0 && elementGaps.length === 0,
      profiles.length === 0 ? noProfiles : `Still to do for ${firstFew(elementGaps)}.`,
      ['profiles'],
    ),
    rule(
      'A sales approach and marketing message recommended for each profile',
      profiles.length > 0 && recommendationGaps.length === 0,
      profiles.length === 0 ? noProfiles : `Still to do for ${firstFew(recommendationGaps)}.`,
      ['recommendations'],
    ),
  ];
}
