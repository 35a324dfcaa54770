import { SERIES_COLOURS } from '../../lib/chart-colours';
import type { BarChartRow, LineSeries } from '../../lib/evidence-types';
import { formatDate } from '../../lib/dates';

import { countProblem, customerIndex, rankProspects, reviewHistory, stageConversions, stageLabel } from './calculations';
import type { PipelineData } from './model';

/** Chart rows from the pipeline data (pure): charts only draw what these return. */

/** The funnel: each stage's count, for stages whose count is a valid whole number. */
export function funnelRows(data: PipelineData): BarChartRow[] {
  return data.stages.flatMap((stage, i) =>
    countProblem(stage.count) === null ? [{ label: stageLabel(stage, i), value: stage.count ?? 0 }] : [],
  );
}

/** A fraction as a percentage rounded to one decimal place, as the working shows it. */
const toPercent = (fraction: number) => Math.round(fraction * 1000) / 10;

export const NEXT_STAGE_GROUP = 'To the next stage';
export const TO_CUSTOMER_GROUP = 'To customer';
/** Each kind of conversion in one colour on the page and in the PDF: to the next stage dark, to customer light. */
export const CONVERSION_COLOURS = { [NEXT_STAGE_GROUP]: SERIES_COLOURS[0], [TO_CUSTOMER_GROUP]: '#4a7fb5' } as const;

/** Conversion percentages (0–100): each stage to the next, and each stage to customer, where they can be calculated. */
export function conversionRows(data: PipelineData): BarChartRow[] {
  return stageConversions(data).flatMap((c) => {
    const rows: BarChartRow[] = [];
    if (c.toNext?.ok) rows.push({ label: `${c.toNext.fromName} → ${c.toNext.toName}`, value: toPercent(c.toNext.fraction), group: NEXT_STAGE_GROUP, colour: CONVERSION_COLOURS[NEXT_STAGE_GROUP] });
    // The stage just before customer converts to the next stage and to customer alike: draw it once.
    const isSameAsNext = c.toNext?.ok && c.toCustomer?.ok && c.toNext.toName === c.toCustomer.toName && c.index + 1 === customerIndex(data);
    if (c.toCustomer?.ok && !isSameAsNext) {
      rows.push({ label: `${c.toCustomer.fromName} → ${c.toCustomer.toName}`, value: toPercent(c.toCustomer.fraction), group: TO_CUSTOMER_GROUP, colour: CONVERSION_COLOURS[TO_CUSTOMER_GROUP] });
    }
    return rows;
  });
}

/** Largest count, for a chart's scale (at least 1 so an all-zero funnel still draws). */
export const funnelMax = (rows: BarChartRow[]) => Math.max(1, ...rows.map((r) => r.value));

/**
 * Likelihood (%) at each dated review for the chosen prospects, or by default the highest-priority
 * ones (up to `limit`), as line-chart series with the review dates as x labels.
 */
export function reviewSeries(data: PipelineData, prospectIds?: string[], limit = 6): { xLabels: string[]; series: LineSeries[] } {
  const { reviews, rows } = reviewHistory(data);
  const wanted =
    prospectIds ??
    [...rankProspects(data).ranked.map((r) => r.prospect.id), ...rows.map((r) => r.prospectId)].filter(
      (id, i, all) => all.indexOf(id) === i && rows.some((r) => r.prospectId === id),
    );
  const chosen = wanted
    .slice(0, limit)
    .map((id) => rows.find((r) => r.prospectId === id))
    .filter((r): r is NonNullable<typeof r> => r !== undefined);
  return {
    xLabels: reviews.map((r) => formatDate(r.date)),
    series: chosen.map((row) => ({ name: row.name, values: row.values.map((v) => (v === null ? null : Math.round(v * 1000) / 10)) })),
  };
}
