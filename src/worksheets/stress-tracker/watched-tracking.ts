import { useMemo } from 'react';
import { useWatch, type Control, type UseFormGetValues } from 'react-hook-form';
import type { StressData } from './model';

/**
 * The tracker with live values for the fields the measurements, check-ins and chart depend on, so
 * typing in the knowledge sections does not redraw the calendar and chart on every key.
 */
export function useWatchedTracking(control: Control<StressData>, getValues: UseFormGetValues<StressData>): StressData {
  const [instrument, baseline, retake, checkIns, plan, techniques] = useWatch({
    control,
    name: ['instrument', 'baseline', 'retake', 'checkIns', 'plan', 'techniques'],
  });
  return useMemo(
    () => ({ ...getValues(), instrument, baseline, retake, checkIns, plan, techniques }),
    [getValues, instrument, baseline, retake, checkIns, plan, techniques],
  );
}
