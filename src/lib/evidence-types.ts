import * as z from 'zod/mini';

/**
 * The shapes every layer shares: what a worksheet hands the shell (criteria, checklist, PDF blocks,
 * spreadsheet tables) and what the store keeps and the PDF prints (learner details, completeness
 * summary). In lib/ so that lib, pdf, csv, storage and the worksheets all import them from one
 * place and none of them has to import another for a type. The two stored shapes are zod/mini
 * schemas with their types inferred: the one definition of their rules (store-schema.ts reads the
 * store with them; store-schema-full.ts wraps them in full zod for forms and backup files).
 */

export type AssessmentCriterion = { code: string; text: string };

export type ChecklistItem = {
  label: string;
  isMet: boolean;
  detail?: string;
  /** The ids of the worksheet's sections where the learner meets this rule (see WorksheetMeta.sections). */
  sections?: readonly string[];
  /** The form name of the field that meets this rule, for the error summary's link (else the first empty field). */
  field?: string;
  /**
   * Where the rule comes from, in words the learner and assessor read: the specification's assessor
   * guidance ("L3B2 assessor guidance, LO2") or, for good practice, why it helps.
   */
  source?: string;
  /**
   * A rule the specification does not set: shown beside the others as good practice, never counted
   * in the task list's statuses, the progress count or whether the document is complete.
   */
  isGoodPractice?: boolean;
};

const text = (max: number) => z.string().check(z.maxLength(max));
const count = () => z.number().check(z.int(), z.minimum(0));

export const LearnerDetailsLight = z.object({
  name: text(200),
  learnerNumber: text(100),
  centre: text(200),
  assessor: text(200),
  qualification: text(200),
});
export type LearnerDetails = z.infer<typeof LearnerDetailsLight>;

/** How many of a worksheet's rules a document meets, kept with the document for the home page. */
export const CompletenessSummarySchema = z.object({
  met: count(),
  total: count(),
  /** How many of the worksheet's worked-example answers the document still has (lib/worked-example). */
  workedExample: z.optional(z.object({ unchanged: count(), total: count() })),
});
export type CompletenessSummary = z.infer<typeof CompletenessSummarySchema>;

/** One row of a bar chart: a label and a non-negative value, with an optional group for the legend. */
export type BarChartRow = {
  label: string;
  value: number;
  group?: string;
  /** The group's colour ('#1b6e3a') where it has one meaning on screen and in the PDF (an opportunity is green in both); else the PDF picks one per group. */
  colour?: string;
};

export type LineSeries = {
  name: string;
  values: Array<number | null>;
  /** Join the line across missing values (measured on some dates only), rather than break it (a day not logged). */
  connectGaps?: boolean;
};

/** The contract between a worksheet's evidence and the PDF renderer: one drawer per kind (pdf/blocks). */
export type PdfBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Label/value pairs, e.g. the organisation's details. */
  | { kind: 'fields'; rows: Array<{ label: string; value: string }> }
  | {
      kind: 'table';
      caption?: string;
      columns: string[];
      rows: string[][];
      /** Relative column widths; defaults to equal. */
      columnWidths?: number[];
    }
  /** A horizontal bar chart drawn as vector shapes with selectable text labels. */
  | { kind: 'barChart'; caption: string; valueLabel: string; maxValue: number; rows: BarChartRow[] }
  /**
   * A line chart drawn as vector shapes with selectable text labels: points evenly spaced along x
   * (one per label, e.g. dates), each series told apart by dash pattern and point shape as well as
   * colour, and optional horizontal reference lines (e.g. a baseline score).
   */
  | {
      kind: 'lineChart';
      caption: string;
      xLabel: string;
      yLabel: string;
      yMin: number;
      yMax: number;
      xLabels: string[];
      /** One value per x label; null leaves a gap (e.g. a day not logged). */
      series: LineSeries[];
      referenceLines?: Array<{ label: string; value: number }>;
    };

/** A spreadsheet cell: text, or a number a spreadsheet can calculate with; null is an empty cell. */
export type SpreadsheetCell = string | number | null;

export type SpreadsheetTable = {
  /** Names the table in the page and in the file name, e.g. "Prospects". */
  title: string;
  columns: string[];
  rows: SpreadsheetCell[][];
};
