import { tableOr } from '../../lib/pdf-blocks';
import { organisationRows } from '../../lib/organisation';
import { orNotGiven } from '../../lib/text-list';
import type { PdfBlock } from '../../lib/evidence-types';
import { MAX_PRIORITY, priorityChartRows } from './chart-data';
import { directionLabel, HEADING_LABELS, headingLabel, INTERNAL_AREA_LABELS, TIME_FRAME_LABELS } from './labels';
import { isDescribed, PESTLE_HEADINGS, type Force, type PestleData } from './model';
import { priorityScore, rankForces } from './calculations';


const rating = (force: Force) => {
  const score = priorityScore(force);
  const parts = [
    directionLabel(force),
    `Impact ${force.impactRating ?? '–'} × likelihood ${force.likelihood ?? '–'} = ${score ?? 'not rated'}`,
  ];
  if (force.timeFrame) parts.push(TIME_FRAME_LABELS[force.timeFrame]);
  return parts.join('\n');
};

const forceRow = (force: Force): string[] => [
  force.evidence.trim() ? `${force.factor.trim()}\nSource: ${force.evidence.trim()}` : force.factor.trim(),
  orNotGiven(force.impact),
  rating(force),
  orNotGiven(force.salesImplication),
];

const FORCE_COLUMNS = ['Force and its source', 'Impact on the organisation', 'Opportunity or threat; rating', 'What it means for sales'];
const FORCE_WIDTHS = [3, 3, 2.2, 3];

/** The PESTLE worksheet as PDF blocks, in the order an assessor reads the evidence. */
export function pestleEvidenceBlocks(data: PestleData): PdfBlock[] {
  const { organisation } = data;
  const blocks: PdfBlock[] = [
    { kind: 'heading', text: 'The organisation' },
    {
      kind: 'fields',
      rows: [
        ...organisationRows(organisation),
        { label: 'Time frame of the analysis', value: orNotGiven(data.timeFrame) },
      ],
    },
    { kind: 'heading', text: 'Internal forces (AC 2.1)' },
  ];

  const internal = data.internal.filter(isDescribed);
  blocks.push(
    tableOr('', {
      columns: ['Area', ...FORCE_COLUMNS],
      columnWidths: [1.6, ...FORCE_WIDTHS],
      rows: internal.map((force) => [INTERNAL_AREA_LABELS[force.heading], ...forceRow(force)]),
    }),
  );

  blocks.push({ kind: 'heading', text: 'External forces: PESTLE analysis (AC 2.2, 2.3)' });
  for (const heading of PESTLE_HEADINGS) {
    const factors = data.external.filter((f) => f.heading === heading && isDescribed(f));
    blocks.push(
      factors.length
        ? { kind: 'table', caption: HEADING_LABELS[heading], columns: FORCE_COLUMNS, columnWidths: FORCE_WIDTHS, rows: factors.map(forceRow) }
        : { kind: 'paragraph', text: `${HEADING_LABELS[heading]}: no factor entered.` },
    );
  }

  const ranked = rankForces(data);
  blocks.push({ kind: 'heading', text: 'Priorities: impact × likelihood' });
  if (ranked.length) {
    blocks.push({
      kind: 'table',
      columns: ['Rank', 'Force', 'Heading', 'Opportunity or threat', 'Impact', 'Likelihood', 'Priority'],
      columnWidths: [0.8, 3.4, 1.8, 1.6, 1, 1.2, 1],
      rows: ranked.map(({ force, score, rank, kind }) => [
        String(rank),
        force.factor.trim(),
        `${headingLabel(force)}${kind === 'internal' ? ' (internal)' : ''}`,
        directionLabel(force),
        String(force.impactRating),
        String(force.likelihood),
        String(score),
      ]),
    });
    blocks.push({
      kind: 'barChart',
      caption: 'Highest-priority forces (impact × likelihood, out of 25)',
      valueLabel: 'Priority (impact × likelihood)',
      maxValue: MAX_PRIORITY,
      rows: priorityChartRows(data),
    });
  } else {
    blocks.push({ kind: 'paragraph', text: 'No force has been rated yet.' });
  }

  blocks.push(
    { kind: 'heading', text: 'Summary of key opportunities and threats' },
    { kind: 'fields', rows: [{ label: 'Key opportunities', value: orNotGiven(data.summary.opportunities) }] },
    { kind: 'fields', rows: [{ label: 'Key threats', value: orNotGiven(data.summary.threats) }] },
  );
  return blocks;
}
