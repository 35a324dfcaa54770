/**
 * The content of an evidence PDF, as plain data. Worksheets build one of these from their model
 * (pure, tested without jspdf); `render-pdf.ts` turns it into an A4 PDF.
 */

export type AssessmentCriterion = { code: string; text: string };

export type LearnerDetails = {
  name: string;
  learnerNumber: string;
  centre: string;
  assessor: string;
  qualification: string;
};

export type ChecklistItem = { label: string; isMet: boolean; detail?: string };

/** One row of a bar chart: a label and a non-negative value, with an optional group for the legend. */
export type BarChartRow = { label: string; value: number; group?: string };

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

export type LineSeries = {
  name: string;
  values: Array<number | null>;
  /** Join the line across missing values (measured on some dates only), rather than break it (a day not logged). */
  connectGaps?: boolean;
};

export type EvidenceDocument = {
  worksheetTitle: string;
  documentName: string;
  unit: { code: string; title: string };
  criteria: AssessmentCriterion[];
  learner: LearnerDetails;
  /** ISO date (yyyy-mm-dd) the evidence was produced. */
  date: string;
  blocks: PdfBlock[];
  checklist: ChecklistItem[];
  /** Set on a class demo's export: printed on every page, so the PDF can never pass for a learner's evidence. */
  workedExampleNotice?: string;
};
