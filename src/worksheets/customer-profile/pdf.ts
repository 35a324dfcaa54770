import { organisationRows } from '../../lib/organisation';
import type { PdfBlock } from '../../lib/evidence-types';
import { CLV_FORMULA, customerLifetimeValue, displayFigure, FIGURE_RULES, formatMoney, RETENTION_FORMULA } from './calculations';
import { comparisonCharts, niceMaximum } from './chart-data';
import { compareCustomers, STATUS_LABELS } from './comparison';
import { isStartedProfile, profileLabel } from './completeness';
import {
  BASIS_LABELS,
  CUSTOMER_TYPE_LABELS,
  DATA_SOURCE_LABELS,
  DMU_ROLE_LABELS,
  labelOr,
  MARKET_LABELS,
  MOTIVATION_THEORY_LABELS,
} from './labels';
import {
  activeBases,
  BUSINESS_BASES,
  CONSUMER_BASES,
  customerLabel,
  DMU_ROLES,
  hasText,
  isNamed,
  NUMBER_FIELDS,
  type BasisExplanation,
  type Customer,
  type CustomerProfileData,
} from './model';
import { listInWords, orNotGiven } from '../../lib/text-list';


function segmentationTable(caption: string, entries: BasisExplanation[], allowed: readonly string[]): PdfBlock {
  const rows = entries
    .filter((e) => allowed.includes(e.basis) && (hasText(e.explanation) || hasText(e.example)))
    .map((e) => [BASIS_LABELS[e.basis], orNotGiven(e.explanation), orNotGiven(e.example)]);
  return rows.length
    ? { kind: 'table', caption, columns: ['Basis', 'What it is and how it is used', 'Example'], columnWidths: [1.6, 3.4, 3], rows }
    : { kind: 'paragraph', text: `${caption}: none explained yet.` };
}

function customerBlocks(data: CustomerProfileData, customer: Customer, index: number): PdfBlock[] {
  const theory = customer.motivationTheory && customer.motivationTheory !== 'none'
    ? `\nTheory: ${MOTIVATION_THEORY_LABELS[customer.motivationTheory]}${hasText(customer.theoryLink) ? `: ${customer.theoryLink.trim()}` : ''}`
    : '';
  const source = `${labelOr(DATA_SOURCE_LABELS, customer.dataSource)}${hasText(customer.dataSourceDetail) ? `: ${customer.dataSourceDetail.trim()}` : ''}`;
  const rows = [
    { label: 'Who they are', value: orNotGiven(customer.description) },
    { label: 'Customer type', value: labelOr(CUSTOMER_TYPE_LABELS, customer.customerType) },
    { label: 'Data source', value: source },
    ...activeBases(data).map((basis) => ({ label: BASIS_LABELS[basis], value: orNotGiven(customer.characteristics[basis] ?? '') })),
    ...(data.market === 'b2b'
      ? DMU_ROLES.filter((role) => hasText(customer.dmu[role])).map((role) => ({ label: `DMU: ${DMU_ROLE_LABELS[role]}`, value: customer.dmu[role].trim() }))
      : []),
    { label: 'Motivations', value: `${orNotGiven(customer.motivations)}${theory}` },
    { label: 'Attitudes', value: orNotGiven(customer.attitudes) },
    { label: 'Behaviours', value: orNotGiven(customer.behaviours) },
  ];
  const clv = customerLifetimeValue(customer.numbers);
  const figures: PdfBlock = {
    kind: 'table',
    caption: `${customerLabel(customer, index)}: figures and customer lifetime value`,
    columns: ['Figure', 'Value'],
    columnWidths: [2, 3],
    rows: NUMBER_FIELDS.map((field) => [FIGURE_RULES[field].label, displayFigure(field, customer.numbers[field])]),
  };
  const working: string[] = clv.ok
    ? [
        ...clv.working,
        ...(clv.retention
          ? [
              ...clv.retention.working,
              // Two lifetime values: say which one the comparison and the profiles use.
              `The comparison and the profiles use the first figure, ${formatMoney(clv.clv)}; the retention-based ${formatMoney(clv.retention.clv)} is a cross-check.`,
            ]
          : []),
      ]
    : [clv.reason, ...clv.problems];
  return [
    { kind: 'heading', text: `Customer ${index + 1}: ${customerLabel(customer, index)}` },
    { kind: 'fields', rows },
    figures,
    { kind: 'fields', rows: [{ label: clv.ok ? 'How the lifetime value was worked out' : 'Lifetime value', value: working.join('\n') }] },
  ];
}

/** The customer profile worksheet as PDF blocks, in the order an assessor reads the evidence. */
export function customerProfileEvidenceBlocks(data: CustomerProfileData): PdfBlock[] {
  const { organisation } = data;
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: 'The organisation and its customers' },
    {
      kind: 'fields',
      rows: [
        ...organisationRows(organisation),
        { label: 'Customers', value: MARKET_LABELS[data.market] },
      ],
    },
    { kind: 'heading', text: 'Methods used to segment customer groups (AC 1.1)' },
    segmentationTable('Consumer (B2C) segmentation bases', data.segmentation.consumer, CONSUMER_BASES),
    segmentationTable('Business (B2B) segmentation bases', data.segmentation.business, BUSINESS_BASES),
  ];

  const bases = activeBases(data);
  blocks.push({ kind: 'heading', text: 'Existing customers: characteristics, motivations, attitudes and behaviours (AC 1.2, 2.1)' });
  blocks.push({
    kind: 'paragraph',
    text: `Bases used to define the customers: ${bases.length ? listInWords(bases.map((b) => BASIS_LABELS[b])) : 'none chosen yet'}.\n${CLV_FORMULA}.\n${RETENTION_FORMULA}.`,
  });
  const named = data.customers.map((customer, index) => ({ customer, index })).filter(({ customer }) => isNamed(customer));
  if (named.length === 0) blocks.push({ kind: 'paragraph', text: 'No customers defined yet.' });
  for (const { customer, index } of named) blocks.push(...customerBlocks(data, customer, index));

  blocks.push({ kind: 'heading', text: 'Differences between the customers (AC 2.2)' });
  const comparison = compareCustomers(data);
  if (comparison.customers.length >= 2) {
    const width = comparison.customers.length <= 2 ? 2.6 : 2;
    blocks.push({
      kind: 'table',
      caption: 'Side-by-side comparison (≠ marks a difference, = the same, ? not all given)',
      columns: ['', ...comparison.customers.map((c) => c.label), 'Same or different'],
      columnWidths: [1.7, ...comparison.customers.map(() => width), 2.4],
      rows: comparison.rows.map((row) => [
        row.label,
        ...row.values,
        row.note ? `${STATUS_LABELS[row.status]}\n${row.note}` : STATUS_LABELS[row.status],
      ]),
    });
    for (const chart of comparisonCharts(data)) {
      const leftOut = chart.leftOut.length ? ` (not shown: ${listInWords(chart.leftOut)}, figures incomplete)` : '';
      // The renderer prints values as plain numbers, so money is rounded to whole pounds to read cleanly.
      const isMoney = chart.key !== 'purchasesPerYear';
      const rows = chart.rows.map((row) => ({ ...row, value: isMoney ? Math.round(row.value) : row.value }));
      blocks.push({
        kind: 'barChart',
        caption: `${chart.title} by customer${isMoney ? ', to the nearest pound' : ''}${leftOut}`,
        valueLabel: chart.valueLabel,
        maxValue: niceMaximum(rows.map((row) => row.value)),
        rows,
      });
    }
  } else {
    blocks.push({ kind: 'paragraph', text: 'At least two customers are needed for a comparison.' });
  }
  blocks.push(
    { kind: 'fields', rows: [{ label: 'Analysis of the differences', value: orNotGiven(data.analysis.differences) }] },
    { kind: 'fields', rows: [{ label: 'Patterns and trends in the data', value: orNotGiven(data.analysis.patterns) }] },
  );

  blocks.push({ kind: 'heading', text: 'Customer profiles developed from the analysis (AC 2.3)' });
  const customerById = new Map(comparison.customers.map((c) => [c.customer.id, c]));
  const profiles = data.profiles.map((profile, index) => ({ profile, index })).filter(({ profile }) => isStartedProfile(profile));
  if (profiles.length === 0) blocks.push({ kind: 'paragraph', text: 'No profiles developed yet.' });
  for (const { profile, index } of profiles) {
    const sources = profile.basedOn.flatMap((id) => {
      const found = customerById.get(id);
      if (!found) return [];
      return [`${found.label} (lifetime value ${found.clv.ok ? formatMoney(found.clv.clv) : 'cannot be worked out yet'})`];
    });
    blocks.push({
      kind: 'table',
      caption: `Profile ${index + 1}: ${profileLabel(profile, index)}`,
      columns: ['Part of the profile', 'Detail'],
      columnWidths: [2, 5],
      rows: [
        ['Drawn from', sources.length ? sources.join('\n') : 'Not given'],
        ['Persona', orNotGiven(profile.narrative)],
        ['Key motivations', orNotGiven(profile.keyMotivations)],
        ['Psychographic element', orNotGiven(profile.psychographic)],
        ['Behavioural element', orNotGiven(profile.behavioural)],
        ['Preferred channels', orNotGiven(profile.preferredChannels)],
        ['Recommended sales approach', orNotGiven(profile.salesApproach)],
        ['Marketing message', orNotGiven(profile.marketingMessage)],
      ],
    });
  }

  const ideal = data.profiles.find((p) => p.id === data.idealCustomer.profileId);
  if (ideal || hasText(data.idealCustomer.reason)) {
    blocks.push(
      { kind: 'heading', text: 'Ideal customer profile (supports L3C1)' },
      {
        kind: 'fields',
        rows: [
          { label: 'Ideal customer profile', value: ideal ? profileLabel(ideal, data.profiles.indexOf(ideal)) : 'Not chosen' },
          { label: 'Why, and how it will be used for prospecting', value: orNotGiven(data.idealCustomer.reason) },
        ],
      },
    );
  }
  return blocks;
}
