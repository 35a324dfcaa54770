import { memo, useDeferredValue, useMemo } from 'react';
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { TextArea } from '../../ui/fields';
import { comparisonCharts, type MeasureChart } from './chart-data';
import { compareCustomers, countStatuses, STATUS_LABELS, type Comparison, type ComparisonRow } from './comparison';
import { lazyChart } from '../../ui/lazy-chart';

import { ANALYSIS_PROMPT, PATTERNS_PROMPT, sectionTitle } from './guidance';
import { CustomerProfileSchema, TEXT_LIMITS, type CustomerProfileData } from './model';
import { ScrollBox } from '../../ui/ScrollBox';

const ComparisonCharts = lazyChart(async () => (await import('./ComparisonChart')).ComparisonCharts);

/** The comparison's groups in the order they are read; the figures, with their charts, are compared on the analysis page. */
const DESCRIPTIVE_GROUPS: Array<ComparisonRow['section']> = ['Characteristics', 'Decision-making unit', 'Motivations, attitudes and behaviours'];
const FIGURE_GROUPS: Array<ComparisonRow['section']> = ['Figures'];

type SectionProps = { control: Control<CustomerProfileData>; register: UseFormRegister<CustomerProfileData> };

/**
 * The customers compared as the learner's answers stand, and the table of the given groups,
 * redrawn only when what it shows changes. Deferred, so a keystroke is drawn first and the
 * comparison catches up when the browser is free.
 */
function useComparison(control: Control<CustomerProfileData>, groups: Array<ComparisonRow['section']>, caption: string) {
  const values = useDeferredValue(useWatch({ control }));
  const parsed = CustomerProfileSchema.safeParse(values);
  const comparison = parsed.success ? compareCustomers(parsed.data) : null;
  const charts = parsed.success ? comparisonCharts(parsed.data) : [];
  const rows = comparison ? comparison.rows.filter((row) => groups.includes(row.section)) : [];
  // Typing in an unrelated field (the analysis, a profile) leaves these unchanged, so they are not redrawn.
  const tableKey = JSON.stringify(comparison ? [comparison.customers.map((c) => [c.customer.id, c.label]), rows, caption] : null);
  // tableKey stands for everything the table shows, so it is the only dependency needed.
  const table = useMemo(
    () => (comparison && comparison.customers.length >= 2 ? <ComparisonTable comparison={comparison} rows={rows} groups={groups} caption={caption} /> : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- comparison and rows are new objects every render; their content changes only with tableKey
    [tableKey],
  );
  return { table, charts };
}

const notYetCompared = (
  <p>Name at least two customers in {sectionTitle('customers')} and they are compared here, side by side.</p>
);

/** Who the customers are and how they buy, side by side (AC 2.2). Re-renders on its own as the learner types. */
export function ComparisonSection({ control }: Pick<SectionProps, 'control'>) {
  const { table } = useComparison(control, DESCRIPTIVE_GROUPS, 'Side-by-side comparison of the customers');
  return (
    <section aria-labelledby="comparison-heading" className="panel">
      <h2 id="comparison-heading">Compare the customers (AC 2.2)</h2>
      {table ?? notYetCompared}
    </section>
  );
}

/** The customers' figures side by side with their charts, then the learner's analysis of every difference (AC 2.2). */
export function AnalysisSection({ control, register }: SectionProps) {
  const { table, charts } = useComparison(control, FIGURE_GROUPS, 'Side-by-side comparison of the customers’ figures');
  return (
    <section aria-labelledby="analysis-heading" className="panel">
      <h2 id="analysis-heading">Compare the figures and analyse the differences (AC 2.2)</h2>
      {table ? (
        <>
          {table}
          <h3>The figures compared</h3>
          <MemoCharts charts={charts} chartKey={JSON.stringify(charts)} />
        </>
      ) : (
        notYetCompared
      )}
      <div className="form-grid">
        <TextArea label="Your analysis of the differences" hint={ANALYSIS_PROMPT} rows={6} className="form-grid__wide" maxLength={TEXT_LIMITS.long} {...register('analysis.differences')} />
        <TextArea label="Patterns and trends in your data (optional)" hint={PATTERNS_PROMPT} rows={3} className="form-grid__wide" maxLength={TEXT_LIMITS.long} {...register('analysis.patterns')} />
      </div>
    </section>
  );
}

const MemoCharts = memo(
  function MemoCharts({ charts }: { charts: MeasureChart[]; chartKey: string }) {
    return <ComparisonCharts charts={charts} />;
  },
  (before, after) => before.chartKey === after.chartKey,
);

type TableProps = { comparison: Comparison; rows: ComparisonRow[]; groups: Array<ComparisonRow['section']>; caption: string };

function ComparisonTable({ comparison, rows: shownRows, groups, caption }: TableProps) {
  const counts = countStatuses(shownRows);
  const isFigures = groups.includes('Figures');
  return (
    <>
      <p>
        {isFigures ? 'Every figure' : 'Every characteristic'} side by side. <strong>≠ Different</strong> marks a difference, <strong>= Same</strong> a match
        and <strong>? Not all given</strong> a gap to fill. {`${counts.different} different, ${counts.same} the same, ${counts.incomplete} not all given.`}
      </p>
      {/* Focusable so keyboard users can scroll it sideways on a narrow screen. */}
      <ScrollBox label={`${caption} (scrolls sideways on a narrow screen)`}>
        <table className="data-table comparison-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{isFigures ? 'Figure' : 'Characteristic'}</th>
              {comparison.customers.map((c) => (
                <th scope="col" key={c.customer.id}>
                  {c.label}
                </th>
              ))}
              <th scope="col">Same or different</th>
            </tr>
          </thead>
          {groups.map((section) => {
            const rows = shownRows.filter((r) => r.section === section);
            if (rows.length === 0) return null;
            return (
              <tbody key={section}>
                {/* A lone group needs no heading of its own: the first column's header names it. */}
                {groups.length > 1 && (
                  <tr>
                    <th scope="colgroup" colSpan={comparison.customers.length + 2} className="comparison-table__section">
                      {section}
                    </th>
                  </tr>
                )}
                {rows.map((row) => (
                  <tr key={row.label} className={`is-${row.status}`}>
                    <th scope="row">{row.label}</th>
                    {row.values.map((value, i) => (
                      <td key={comparison.customers[i]!.customer.id}>{value}</td>
                    ))}
                    <td className="comparison-table__status">
                      <strong>{STATUS_LABELS[row.status]}</strong>
                      {row.note && <span className="comparison-table__note">{row.note}</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </ScrollBox>
    </>
  );
}
