import * as z from 'zod/mini';
import { choiceSchema, type Choice } from '../../lib/choices';
import { dateOrEmpty } from '../../lib/date-schema';
import { newId } from '../../lib/ids';
import { blankOrganisation, organisationSchema } from '../../lib/organisation';
import { boundedText, rowId } from '../../lib/schema-fields';
import { parseVersioned, type MigrationStep } from '../../lib/versioned';
import type { ParseResult } from '../../lib/worksheet-definition';

/** The sales information analysis's data (unit L3B5 LO2–LO3): schema, version and migrations, defaults. No React. */
export const INFORMATION_ANALYSIS_SCHEMA_VERSION = 1;

/** Longest text each kind of field accepts; the form's inputs use the same limits so typing never exceeds them. */
export const TEXT_LIMITS = { short: 200, item: 1000, answer: 5000, label: 100 } as const;
export const LIST_LIMITS = { needs: 20, sources: 20, findings: 30, analyses: 10, trends: 20, audiences: 6, rows: 3000 } as const;

/** The three areas the unit names throughout LO2 and LO3: "markets, customers and competitors". */
export const AREAS = ['markets', 'customers', 'competitors'] as const;
export type Area = Choice<typeof AREAS>;

export const SOURCE_KINDS = ['internal', 'external'] as const;
export type SourceKind = Choice<typeof SOURCE_KINDS>;

/** Kinds of source: the unit's list (LO2 indicative content) with the organisation's own records and customer feedback. */
export const SOURCE_TYPES = [
  'sales-records',
  'crm',
  'colleagues',
  'customer-feedback',
  'sector-body',
  'industry-body',
  'sector-magazine',
  'internet',
  'companies-house',
  'government-statistics',
  'networking-event',
  'competitor-website',
  'competitor-brochure',
  'other',
] as const;
export type SourceType = Choice<typeof SOURCE_TYPES>;

/** The reliability criteria every source is scored on (LO2 "trustworthiness, sufficiency, relevance, validity"; LO1 "accuracy and currency"). */
export const CRITERIA = ['currency', 'accuracy', 'authority', 'relevance', 'sufficiency'] as const;
export type Criterion = Choice<typeof CRITERIA>;

/** A score on one criterion, 1 (poor) to 5 (excellent), as chosen; '' while not scored. */
export const SCORES = ['1', '2', '3', '4', '5'] as const;
export type Score = Choice<typeof SCORES>;

/** The tools and methods the page works out from the figures, and any other the learner used. */
export const TOOLS = ['trend', 'shares', 'pareto', 'comparison', 'other'] as const;
export type Tool = Choice<typeof TOOLS>;

/** What a share, Pareto or comparison is broken down by: a column of the figures. */
export const DIMENSIONS = ['region', 'product', 'customer'] as const;
export type Dimension = Choice<typeof DIMENSIONS>;

/** Audience levels (LO3 "the target audience level"): two different ones are needed. */
export const LEVELS = ['senior', 'manager', 'peers', 'other-teams', 'customer-facing'] as const;
export type Level = Choice<typeof LEVELS>;

export const FORMATS = ['summary', 'email', 'presentation', 'dashboard', 'briefing', 'report', 'other'] as const;
export type Format = Choice<typeof FORMATS>;

const text = boundedText;
const id = rowId();
/** A reference to another row (a source, an analysis, a finding) by its id, or '' while not chosen. */
const ref = text(100);

const NeedSchema = z.object({
  id,
  area: choiceSchema(AREAS, { blank: true }),
  /** The piece of information, e.g. "Market size and growth of dental consumables in the South West". */
  what: text(TEXT_LIMITS.item),
  /** Why the analysis needs it. */
  why: text(TEXT_LIMITS.item),
});
export type Need = z.infer<typeof NeedSchema>;

const ScoreSchema = z.object({ score: choiceSchema(SCORES, { blank: true }), reason: text(TEXT_LIMITS.item) });
export type CriterionScore = z.infer<typeof ScoreSchema>;

const ScoresSchema = z.object({
  currency: ScoreSchema,
  accuracy: ScoreSchema,
  authority: ScoreSchema,
  relevance: ScoreSchema,
  sufficiency: ScoreSchema,
});
export type Scores = z.infer<typeof ScoresSchema>;

const SourceSchema = z.object({
  id,
  name: text(TEXT_LIMITS.short),
  kind: choiceSchema(SOURCE_KINDS, { blank: true }),
  type: choiceSchema(SOURCE_TYPES, { blank: true }),
  /** The piece of information it could provide (a Need id), or ''. */
  needId: ref,
  /** What it could tell the learner. */
  provides: text(TEXT_LIMITS.item),
  /** The benefits and risks of using it (LO2 indicative content). */
  benefitsRisks: text(TEXT_LIMITS.item),
  scores: ScoresSchema,
});
export type Source = z.infer<typeof SourceSchema>;

const FindingSchema = z.object({
  id,
  /** The source it was gathered from (a Source id), or ''. */
  sourceId: ref,
  /** The piece of information it answers (a Need id), or ''. */
  needId: ref,
  finding: text(TEXT_LIMITS.answer),
  date: dateOrEmpty,
});
export type Finding = z.infer<typeof FindingSchema>;

const byArea = <T extends z.ZodMiniType>(row: T, max: number) =>
  z.object({
    markets: z.array(row).check(z.maxLength(max)),
    customers: z.array(row).check(z.maxLength(max)),
    competitors: z.array(row).check(z.maxLength(max)),
  });

/** A month as yyyy-mm. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The largest value one row may hold, in pounds: beyond it is a slip. */
export const MAX_ROW_VALUE = 1_000_000_000;

/** One row of the learner's own figures, as imported and checked (figures.ts). */
const SalesRowSchema = z.object({
  month: z.string().check(z.regex(MONTH_PATTERN)),
  region: text(TEXT_LIMITS.label),
  product: text(TEXT_LIMITS.label),
  customer: text(TEXT_LIMITS.label),
  /** Sales value in pounds. */
  value: z.number().check(z.minimum(0), z.maximum(MAX_ROW_VALUE)),
});
export type SalesRow = z.infer<typeof SalesRowSchema>;

const FiguresSchema = z.object({
  fileName: text(TEXT_LIMITS.short),
  importedOn: dateOrEmpty,
  /** Where the figures come from and how they were checked, in the learner's words. */
  about: text(TEXT_LIMITS.item),
  rows: z.array(SalesRowSchema).check(z.maxLength(LIST_LIMITS.rows)),
  /** Rows of the file that were not read (each explained when it was imported). */
  skippedRows: z.number().check(z.int(), z.minimum(0), z.maximum(10_000_000)),
});
export type Figures = z.infer<typeof FiguresSchema>;

const AnalysisSchema = z.object({
  id,
  tool: choiceSchema(TOOLS, { blank: true }),
  by: choiceSchema(DIMENSIONS, { blank: true }),
  /** The tool's name when it is another the learner used. */
  name: text(TEXT_LIMITS.short),
  /** What it showed. */
  note: text(TEXT_LIMITS.answer),
});
export type Analysis = z.infer<typeof AnalysisSchema>;

const TrendSchema = z.object({
  id,
  statement: text(TEXT_LIMITS.item),
  /** The analysis or the gathered finding that shows it (an Analysis or Finding id), or ''. */
  shownBy: ref,
  /** The figures that show it. */
  figures: text(TEXT_LIMITS.item),
});
export type Trend = z.infer<typeof TrendSchema>;

const AudienceSchema = z.object({
  id,
  who: text(TEXT_LIMITS.short),
  level: choiceSchema(LEVELS, { blank: true }),
  format: choiceSchema(FORMATS, { blank: true }),
  /** The findings as communicated: the summary, email or notes themselves. */
  message: text(TEXT_LIMITS.answer),
  /** How it was shaped for this audience. */
  shaping: text(TEXT_LIMITS.item),
});
export type Audience = z.infer<typeof AudienceSchema>;

export const InformationAnalysisSchema = z.object({
  organisation: organisationSchema(TEXT_LIMITS.item),
  /** What the analysis is for: the decision or plan it informs. */
  purpose: text(TEXT_LIMITS.item),
  needs: z.array(NeedSchema).check(z.maxLength(LIST_LIMITS.needs)),
  sources: z.array(SourceSchema).check(z.maxLength(LIST_LIMITS.sources)),
  findings: byArea(FindingSchema, LIST_LIMITS.findings),
  figures: FiguresSchema,
  analyses: z.array(AnalysisSchema).check(z.maxLength(LIST_LIMITS.analyses)),
  trends: byArea(TrendSchema, LIST_LIMITS.trends),
  audiences: z.array(AudienceSchema).check(z.maxLength(LIST_LIMITS.audiences)),
  /** The value of the findings against the sales strategy, and what the learner recommends. */
  strategy: text(TEXT_LIMITS.answer),
});
export type InformationAnalysisData = z.infer<typeof InformationAnalysisSchema>;

/** Upgrade steps, keyed by the version they upgrade from. Version 1 is the first. */
export const informationAnalysisMigrations: Record<number, MigrationStep> = {};

export function parseInformationAnalysis(data: unknown, version: number): ParseResult<InformationAnalysisData> {
  return parseVersioned(InformationAnalysisSchema, INFORMATION_ANALYSIS_SCHEMA_VERSION, informationAnalysisMigrations, data, version);
}

const blankScore = (): CriterionScore => ({ score: '', reason: '' });
export const blankScores = (): Scores => ({ currency: blankScore(), accuracy: blankScore(), authority: blankScore(), relevance: blankScore(), sufficiency: blankScore() });

export const newNeed = (area: Area | '' = ''): Need => ({ id: newId(), area, what: '', why: '' });
export const newSource = (): Source => ({ id: newId(), name: '', kind: '', type: '', needId: '', provides: '', benefitsRisks: '', scores: blankScores() });
export const newFinding = (): Finding => ({ id: newId(), sourceId: '', needId: '', finding: '', date: '' });
export const newAnalysis = (): Analysis => ({ id: newId(), tool: '', by: '', name: '', note: '' });
export const newTrend = (): Trend => ({ id: newId(), statement: '', shownBy: '', figures: '' });
export const newAudience = (): Audience => ({ id: newId(), who: '', level: '', format: '', message: '', shaping: '' });
export const noFigures = (): Figures => ({ fileName: '', importedOn: '', about: '', rows: [], skippedRows: 0 });

/** A new document: the guidance's minimums as rows to fill (three needs, five sources, two trends per area, two audiences). */
export function createEmptyInformationAnalysis(): InformationAnalysisData {
  return {
    organisation: blankOrganisation(),
    purpose: '',
    needs: AREAS.map((area) => newNeed(area)),
    sources: Array.from({ length: 5 }, newSource),
    findings: { markets: [newFinding()], customers: [newFinding()], competitors: [newFinding()] },
    figures: noFigures(),
    analyses: [newAnalysis(), newAnalysis()],
    trends: { markets: [newTrend(), newTrend()], customers: [newTrend(), newTrend()], competitors: [newTrend(), newTrend()] },
    audiences: [newAudience(), newAudience()],
    strategy: '',
  };
}

/** True once the learner has typed something other than spaces. */
export const hasText = (value: string) => value.trim().length > 0;

/** A piece of information defined: its area, what it is and why it is needed. */
export const isDefinedNeed = (n: Need) => n.area !== '' && hasText(n.what) && hasText(n.why);

/** A source identified: its name, internal or external, and what it could provide. */
export const isIdentifiedSource = (s: Source) => hasText(s.name) && s.kind !== '' && hasText(s.provides);

/** A source scored on every criterion, each with a reason. */
export const isAssessedSource = (s: Source) => CRITERIA.every((c) => s.scores[c].score !== '' && hasText(s.scores[c].reason));

/** A trend or pattern recorded: what it is, what shows it and the figures. */
export const isRecordedTrend = (t: Trend) => hasText(t.statement) && t.shownBy !== '' && hasText(t.figures);

/** An audience communicated with: who, their level, the format, and the message itself. */
export const isCommunicated = (a: Audience) => hasText(a.who) && a.level !== '' && a.format !== '' && hasText(a.message);

/** Every finding, with its area, in area order. */
export const allFindings = (data: Pick<InformationAnalysisData, 'findings'>): Array<{ area: Area; finding: Finding }> =>
  AREAS.flatMap((area) => data.findings[area].map((finding) => ({ area, finding })));
