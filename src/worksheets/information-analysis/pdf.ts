import { dateOrNotGiven } from '../../lib/dates';
import type { PdfBlock } from '../../lib/evidence-types';
import { organisationRows } from '../../lib/organisation';
import { acHeading as sectionHeading, tableOr } from '../../lib/pdf-blocks';
import { orNotGiven } from '../../lib/text-list';
import { figuresSummary } from './analysis';
import { toolOutput } from './tool-tables';
import { trendChartRows, trendLineChart } from './chart-data';
import { AREA_LABELS, CRITERION_LABELS, FORMAT_LABELS, LEVEL_LABELS, SOURCE_KIND_LABELS, SOURCE_TYPE_LABELS, TOOL_NAMES } from './labels';
import { informationAnalysisMeta } from './meta';
import { AREAS, CRITERIA, hasText, type Analysis, type InformationAnalysisData, type SalesRow } from './model';
import { nameOfAnalysis, nameOfNeed, nameOfShownBy, nameOfSource } from './references';
import { choiceWorking, MAX_TOTAL, rankSources, TIE_RULE } from './reliability';

const acHeading = (title: string, codes: string[]) => sectionHeading(informationAnalysisMeta.criteria, title, codes);

/** The worksheet as PDF blocks, in the order an assessor reads the evidence. */
export function informationAnalysisEvidenceBlocks(data: InformationAnalysisData): PdfBlock[] {
  return [...needBlocks(data), ...sourceBlocks(data), ...reliabilityBlocks(data), ...gatheredBlocks(data), ...figureBlocks(data), ...analysisBlocks(data), ...trendBlocks(data), ...communicationBlocks(data)];
}

function needBlocks(data: InformationAnalysisData): PdfBlock[] {
  return [
    acHeading('The information required', ['2.1']),
    { kind: 'fields', rows: [...organisationRows(data.organisation), { label: 'What the analysis is for', value: orNotGiven(data.purpose) }] },
    tableOr('No information defined yet.', {
      caption: 'Information required for the analysis of markets, customers and competitors',
      columns: ['Area', 'Information required', 'Why it is needed'],
      columnWidths: [1, 3, 3],
      rows: data.needs.filter((n) => hasText(n.what)).map((n) => [n.area ? AREA_LABELS[n.area] : 'Not given', n.what.trim(), orNotGiven(n.why)]),
    }),
  ];
}

function sourceBlocks(data: InformationAnalysisData): PdfBlock[] {
  return [
    acHeading('Potential sources of information', ['2.2']),
    tableOr('No sources identified yet.', {
      columns: ['Source', 'Internal or external', 'Kind', 'For', 'What it could provide', 'Benefits and risks'],
      columnWidths: [2, 1.1, 1.2, 1.8, 2.5, 2.5],
      rows: data.sources
        .filter((s) => hasText(s.name))
        .map((s) => [s.name.trim(), s.kind ? SOURCE_KIND_LABELS[s.kind] : 'Not given', s.type ? SOURCE_TYPE_LABELS[s.type] : 'Not given', nameOfNeed(data.needs, s.needId) || 'Not given', orNotGiven(s.provides), orNotGiven(s.benefitsRisks)]),
    }),
  ];
}

function reliabilityBlocks(data: InformationAnalysisData): PdfBlock[] {
  const ranked = rankSources(data.sources);
  const working = choiceWorking(ranked);
  return [
    acHeading('Reliability of the sources, and the best three', ['2.3']),
    { kind: 'paragraph', text: `Each source is scored 1 (poor) to 5 (excellent) on five criteria: ${CRITERIA.map((c) => CRITERION_LABELS[c].toLowerCase()).join(', ')}; the total is out of ${MAX_TOTAL}. The three highest totals are chosen. ${TIE_RULE}` },
    tableOr('No source scored on every criterion yet.', {
      caption: 'Sources ranked by their reliability scores',
      columns: ['Rank', 'Source', 'Total (working)', 'Chosen'],
      columnWidths: [0.6, 3, 2.4, 2.4],
      rows: ranked.map((r) => [String(r.rank), r.source.name.trim(), r.working, r.isChosen ? `Yes, one of the best three${r.tieNote ? `. ${r.tieNote}` : ''}` : `No${r.tieNote ? `. ${r.tieNote}` : ''}`]),
    }),
    ...(working ? [{ kind: 'paragraph', text: working } satisfies PdfBlock] : []),
    tableOr('No scores yet.', {
      caption: 'Each score with its reason',
      columns: ['Source', 'Criterion', 'Score', 'Reason'],
      columnWidths: [2, 1.2, 0.7, 4],
      rows: data.sources
        .filter((s) => hasText(s.name))
        .flatMap((s) => CRITERIA.map((c) => [s.name.trim(), CRITERION_LABELS[c], s.scores[c].score || 'Not scored', orNotGiven(s.scores[c].reason)])),
    }),
  ];
}

function gatheredBlocks(data: InformationAnalysisData): PdfBlock[] {
  return [
    acHeading('Information gathered from the best three sources', ['2.4']),
    ...AREAS.map((area) =>
      tableOr(`Nothing gathered about ${AREA_LABELS[area].toLowerCase()} yet.`, {
        caption: `${AREA_LABELS[area]}: information gathered`,
        columns: ['What was found', 'Source', 'Information it answers', 'Date gathered'],
        columnWidths: [4, 2, 2, 1.2],
        rows: data.findings[area].filter((f) => hasText(f.finding)).map((f) => [f.finding.trim(), nameOfSource(data.sources, f.sourceId) || 'Not given', nameOfNeed(data.needs, f.needId) || 'Not given', dateOrNotGiven(f.date)]),
      }),
    ),
  ];
}

function figureBlocks(data: InformationAnalysisData): PdfBlock[] {
  const { rows } = data.figures;
  if (!rows.length) return [acHeading('My sales figures', ['3.1']), { kind: 'paragraph', text: 'No sales figures imported.' }];
  return [
    acHeading('My sales figures', ['3.1']),
    {
      kind: 'fields',
      rows: [
        { label: 'File', value: orNotGiven(data.figures.fileName) },
        { label: 'Imported', value: dateOrNotGiven(data.figures.importedOn) },
        { label: 'The figures', value: figuresSummary(rows) },
        ...(data.figures.skippedRows ? [{ label: 'Rows not read', value: `${data.figures.skippedRows} row${data.figures.skippedRows === 1 ? '' : 's'} of the file could not be read and ${data.figures.skippedRows === 1 ? 'is' : 'are'} left out.` }] : []),
        { label: 'Where they come from and how they were checked', value: orNotGiven(data.figures.about) },
      ],
    },
    { kind: 'paragraph', text: 'Every row is in the spreadsheet export (CSV), table “Sales figures”.' },
  ];
}

/** The result of one tool on the figures: its table (and the trend's chart), as the page shows it. */
function toolBlocks(analysis: Analysis, rows: readonly SalesRow[], title: string): PdfBlock[] {
  const output = toolOutput(analysis, rows, title);
  if (output.kind === 'none') return [];
  if (output.kind === 'waiting') return [{ kind: 'paragraph', text: `${title}: no result yet. ${output.reason}` }];
  const { table, summary, hasTrendChart } = output;
  return [
    { kind: 'table', caption: summary ? `${table.caption}. ${summary}` : table.caption, columns: table.columns, rows: table.rows },
    ...(hasTrendChart ? [trendLineChart(trendChartRows(rows))] : []),
  ];
}

function analysisBlocks(data: InformationAnalysisData): PdfBlock[] {
  const used = data.analyses.filter((a) => a.tool !== '');
  return [
    acHeading('Tools and methods used to analyse the information', ['3.1']),
    tableOr('No tools or methods chosen yet.', {
      columns: ['Tool or method', 'What it showed'],
      columnWidths: [2, 5],
      rows: used.map((a) => [a.tool === 'other' ? `${TOOL_NAMES.other}: ${orNotGiven(a.name)}` : nameOfAnalysis(a, data.analyses.indexOf(a)), orNotGiven(a.note)]),
    }),
    ...used.flatMap((a) => toolBlocks(a, data.figures.rows, nameOfAnalysis(a, data.analyses.indexOf(a)))),
  ];
}

function trendBlocks(data: InformationAnalysisData): PdfBlock[] {
  return [
    acHeading('Trends and patterns identified', ['3.2']),
    ...AREAS.map((area) =>
      tableOr(`No trends or patterns about ${AREA_LABELS[area].toLowerCase()} yet.`, {
        caption: `${AREA_LABELS[area]}: trends and patterns`,
        columns: ['Trend or pattern', 'Shown by', 'The figures that show it'],
        columnWidths: [3, 2.2, 3.5],
        rows: data.trends[area].filter((t) => hasText(t.statement)).map((t) => [t.statement.trim(), nameOfShownBy(data, t.shownBy) || 'Not given', orNotGiven(t.figures)]),
      }),
    ),
  ];
}

function communicationBlocks(data: InformationAnalysisData): PdfBlock[] {
  const audiences = data.audiences.filter((a) => hasText(a.who) || hasText(a.message));
  return [
    acHeading('Findings communicated to different colleague audiences', ['3.3']),
    ...(audiences.length
      ? audiences.flatMap((a, i): PdfBlock[] => [
          {
            kind: 'fields',
            rows: [
              { label: `Audience ${i + 1}`, value: orNotGiven(a.who) },
              { label: 'Level', value: a.level ? LEVEL_LABELS[a.level] : 'Not given' },
              { label: 'Format', value: a.format ? FORMAT_LABELS[a.format] : 'Not given' },
              { label: 'What I sent or said', value: orNotGiven(a.message) },
              { label: 'How I shaped it for them', value: orNotGiven(a.shaping) },
            ],
          },
        ])
      : [{ kind: 'paragraph', text: 'No audiences yet.' } satisfies PdfBlock]),
    { kind: 'fields', rows: [{ label: 'The value of the findings against the sales strategy', value: orNotGiven(data.strategy) }] },
  ];
}

