import { memo } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { TextArea } from '../../ui/fields';
import { findBottleneck, stageConversions, type Ratio } from './calculations';
import { conversionRows, funnelRows } from './chart-data';
import { BOTTLENECK_PROMPT, RATIO_USE_PROMPTS } from './guidance';
import { useDerived, useLiveData, type LiveData } from './live-data';
import { TEXT_LIMITS, type PipelineData } from './model';
import { waitingForCounts } from './waiting';
import { ScrollBox } from '../../ui/ScrollBox';
import { lazyChart } from '../../ui/lazy-chart';

const ConversionChart = lazyChart(async () => (await import('./PipelineCharts')).ConversionChart);
const FunnelChart = lazyChart(async () => (await import('./PipelineCharts')).FunnelChart);

type Props = { register: UseFormRegister<PipelineData>; live: LiveData<PipelineData> };

function RatioCell({ ratio }: { ratio: Ratio | null }) {
  if (ratio === null) return <span className="pipeline-muted">Not applicable</span>;
  if (ratio.ok) return <>{ratio.working}</>;
  return (
    <span className="pipeline-reason">
      <span aria-hidden="true">⚠ </span>Cannot be calculated: {ratio.reason}
    </span>
  );
}

/** Every stage's conversion, the bottleneck and the charts, with what the learner will do about them. */
export function BottleneckSection({ register, live }: Props) {
  const data = useLiveData(live);
  const view = useDerived(
    () => ({
      conversions: stageConversions(data).map((c) => ({ ...c, id: data.stages[c.index]?.id ?? String(c.index) })),
      bottleneck: findBottleneck(data),
      funnel: funnelRows(data),
      conversionChart: conversionRows(data),
      isWaiting: waitingForCounts(data.stages) !== null,
    }),
    [data.stages, data.namedStages],
  );
  return <BottleneckView register={register} view={view} />;
}

type View = {
  conversions: Array<ReturnType<typeof stageConversions>[number] & { id: string }>;
  bottleneck: ReturnType<typeof findBottleneck>;
  funnel: ReturnType<typeof funnelRows>;
  conversionChart: ReturnType<typeof conversionRows>;
  /** No count yet: the ratios section above says what this waits for, once. */
  isWaiting: boolean;
};

/** Re-renders only when the stages or the named stages change. */
const BottleneckView = memo(function BottleneckView({ register, view }: { register: Props['register']; view: View }) {
  const { conversions, bottleneck } = view;
  return (
    <section aria-labelledby="bottleneck-heading" className="panel">
      <h2 id="bottleneck-heading">Conversion at each stage and the bottleneck (AC 2.1)</h2>
      <p>
        From your counts: how many at each stage went on to the next stage, and how many became customers. The
        bottleneck is the step with the lowest conversion to the next stage.
      </p>
      {view.isWaiting ? (
        <p className="pipeline-muted">The conversion of every stage and the bottleneck appear here once your counts are in.</p>
      ) : (
        <>
          <ScrollBox label="Conversion of every stage (scrolls sideways)">
            <table className="data-table">
              <caption>Every stage: conversion to the next stage and to customer</caption>
              <thead>
                <tr>
                  <th scope="col">Stage</th>
                  <th scope="col">To the next stage</th>
                  <th scope="col">To customer</th>
                </tr>
              </thead>
              <tbody>
                {conversions.map((c) => (
                  <tr key={c.id}>
                    <th scope="row">{c.name}</th>
                    <td className="pipeline-working">
                      <RatioCell ratio={c.toNext} />
                    </td>
                    <td className="pipeline-working">
                      <RatioCell ratio={c.toCustomer} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollBox>
          <div className={`notice ${bottleneck.ok ? 'notice--warning' : 'notice--info'}`}>
            <h3>The bottleneck</h3>
            <p>
              {bottleneck.ok ? (
                <>
                  The lowest stage-to-stage conversion is <strong>{bottleneck.ratio.fromName} → {bottleneck.ratio.toName}</strong>:{' '}
                  {bottleneck.ratio.working}.
                </>
              ) : (
                `Not named yet. ${bottleneck.reason}`
              )}
            </p>
          </div>
        </>
      )}
      <FunnelChart rows={view.funnel} />
      <ConversionChart rows={view.conversionChart} />
      <TextArea label="What you will do about the bottleneck" hint={BOTTLENECK_PROMPT} rows={4} maxLength={TEXT_LIMITS.answer} {...register('bottleneckAction')} />
      <TextArea
        label="How you use conversion rates when prospecting (L3C1 1.3)"
        hint={`Think about: ${RATIO_USE_PROMPTS.join('; ')}.`}
        rows={4}
        maxLength={TEXT_LIMITS.answer}
        {...register('ratioUse')}
      />
    </section>
  );
});
