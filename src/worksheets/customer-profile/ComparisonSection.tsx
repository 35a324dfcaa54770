import { memo, useDeferredValue, useMemo } from 'react';
import { useWatch, type Control, type UseFormRegister } from 'react-hook-form';
import { TextArea } from '../../ui/fields';
import { comparisonCharts, type MeasureChart } from './chart-data';
import { compareCustomers, countStatuses, STATUS_LABELS, type Comparison, type ComparisonRow } from './comparison';
import { lazyChart } from '../../ui/lazy-chart';

const ComparisonCharts = lazyChart(async () => (await import('./ComparisonChart')).ComparisonCharts);
import { ANALYSIS_PROMPT, PATTERNS_PROMPT } from './guidance';
import { CustomerProfileSchema, TEXT_LIMITS, type CustomerProfileData } from './model';
import { ScrollBox } from '../../ui/ScrollBox';

const SECTIONS: Array<ComparisonRow['section']> = ['Characteristics', 'Decision-making unit', 'Motivations, attitudes and behaviours', 'Figures'];

/** The side-by-side table, the charts and the learner's analysis (AC 2.2). Re-renders on its own as the learner types. */
export function ComparisonSection({ control, register }: { control: Control<CustomerProfileData>; register: UseFormRegister<CustomerProfileData> }) {
  // Deferred, so a keystroke is drawn first and the comparison catches up when the browser is free.
  const values = useDeferredValue(useWatch({ control }));
  const parsed = CustomerProfileSchema.safeParse(values);
  const comparison = parsed.success ? compareCustomers(parsed.data) : null;
  const charts = parsed.success ? comparisonCharts(parsed.data) : [];
  // Typing in an unrelated field (the analysis, a profile) leaves these unchanged, so they are not redrawn.
  const tableKey = JSON.stringify(comparison ? [comparison.customers.map((c) => [c.customer.id, c.label]), comparison.rows] : null);
  const chartKey = JSON.stringify(charts);
  // tableKey stands for everything the table shows, so it is the only dependency needed.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- comparison is a new object every render; its content changes only with tableKey
  const table = useMemo(() => (comparison && comparison.customers.length >= 2 ? <ComparisonTable comparison={comparison} /> : null), [tableKey]);
  return (
    <section aria-labelledby="comparison-heading" className="panel">
      <h2 id="comparison-heading">5. Compare the customers (AC 2.2)</h2>
      {table ? (
        <>
          {table}
          <h3>The figures compared</h3>
          <MemoCharts charts={charts} chartKey={chartKey} />
        </>
      ) : (
        <p>Name at least two customers above and they are compared here, side by side.</p>
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

function ComparisonTable({ comparison }: { comparison: Comparison }) {
  const counts = countStatuses(comparison.rows);
  return (
    <>
      <p>
        Every characteristic and figure side by side. <strong>≠ Different</strong> marks a difference, <strong>= Same</strong> a match
        and <strong>? Not all given</strong> a gap to fill. {`${counts.different} different, ${counts.same} the same, ${counts.incomplete} not all given.`}
      </p>
      {/* Focusable so keyboard users can scroll it sideways on a narrow screen. */}
      <ScrollBox label="Comparison table (scrolls sideways on a narrow screen)">
        <table className="data-table comparison-table">
          <caption className="visually-hidden">Side-by-side comparison of the customers</caption>
          <thead>
            <tr>
              <th scope="col">Characteristic</th>
              {comparison.customers.map((c) => (
                <th scope="col" key={c.customer.id}>
                  {c.label}
                </th>
              ))}
              <th scope="col">Same or different</th>
            </tr>
          </thead>
          {SECTIONS.map((section) => {
            const rows = comparison.rows.filter((r) => r.section === section);
            if (rows.length === 0) return null;
            return (
              <tbody key={section}>
                <tr>
                  <th scope="colgroup" colSpan={comparison.customers.length + 2} className="comparison-table__section">
                    {section}
                  </th>
                </tr>
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
