import { lazy, memo, Suspense, type ComponentType } from 'react';

/**
 * A chart component loaded and drawn just after the page rather than with it. recharts and the
 * first drawing of a chart are the costliest part of opening a worksheet (most of the main-thread
 * time on a slow machine), so the form appears and answers first and the chart follows a moment
 * later, from its own chunk. Every chart's figures are also in a table beside it.
 */
export function lazyChart<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Chart = lazy(async () => ({ default: await load() })) as unknown as ComponentType<P>;
  return memo(function LazyChart(props: P) {
    return (
      <Suspense fallback={<p className="chart-loading">Drawing the chart…</p>}>
        <Chart {...props} />
      </Suspense>
    );
  });
}
