import { useCallback, useEffect, useRef, useState, type MouseEvent } from 'react';
import type { FieldValues, UseFormGetValues, UseFormWatch } from 'react-hook-form';
import { describeZodError, safeParseExplained, type AnySchema } from '../lib/versioned';

/** Checks a change against the schema and saves it, or keeps it on screen with the reason it is not saved. */
function useCheckedSave<T extends FieldValues>(schema: AnySchema<T>, onChange: (data: T) => void) {
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const save = useCallback(
    (values: unknown) => {
      const parsed = safeParseExplained(schema, values);
      setSaveProblem(parsed.success ? null : describeZodError(parsed.error));
      if (parsed.success) onChange(parsed.data);
    },
    [schema, onChange],
  );
  return { saveProblem, save };
}

/**
 * The one autosave for a worksheet form: every change that fits the schema goes to storage as it
 * is made; one that does not stays on screen and is explained, never dropped silently.
 */
export function useAutosave<T extends FieldValues>(
  watch: UseFormWatch<T>,
  schema: AnySchema<T>,
  onChange: (data: T) => void,
): { saveProblem: string | null } {
  const { saveProblem, save } = useCheckedSave(schema, onChange);
  useEffect(() => {
    const subscription = watch((values) => save(values));
    return () => subscription.unsubscribe();
  }, [watch, save]);
  return { saveProblem };
}

export type PausedAutosave = {
  /** Why the latest change is not saved (it stays on screen), or null. */
  saveProblem: string | null;
  /** Spread on the <form>: its changes start the pause, and leaving a field saves at once. */
  formEvents: {
    onChange(): void;
    onClick(event: MouseEvent<HTMLFormElement>): void;
    onBlur(): void;
  };
};

/**
 * The autosave for a long form whose check is costly (a pipeline of hundreds of prospects): a
 * burst of typing is checked and saved once it pauses, and at once when the learner leaves a field
 * or the page.
 *
 * The change signal is the form's own events, not react-hook-form's `watch`: a `watch` callback
 * makes the form copy every value on every key, which on a slow laptop cost more than the typing.
 * Typing, choosing and ticking reach the form as change events; adding, removing and moving rows
 * are button presses inside it. A press that changed nothing saves nothing (the form is compared
 * with what was last checked). A pending change is not saved when the page is torn down: that happens
 * when another tab's newer version replaces the page, which must not be written over (leaving a
 * field or the page has already saved it).
 */
export function usePausedAutosave<T extends FieldValues>(
  schema: AnySchema<T>,
  onChange: (data: T) => void,
  { pauseMs, getValues }: { pauseMs: number; getValues: UseFormGetValues<T> },
): PausedAutosave {
  const { saveProblem, save } = useCheckedSave(schema, onChange);
  const timerRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // The form as last checked, to tell a press that changed something from one that did not.
  const lastCheckedRef = useRef<string | null>(null);
  const saveNow = useCallback(() => {
    timerRef.current = undefined;
    const values = getValues();
    const text = JSON.stringify(values);
    if (text === lastCheckedRef.current) return;
    lastCheckedRef.current = text;
    save(values);
  }, [getValues, save]);

  const flush = useCallback(() => {
    if (timerRef.current === undefined) return;
    clearTimeout(timerRef.current);
    saveNow();
  }, [saveNow]);
  const schedule = useCallback(() => {
    if (timerRef.current !== undefined) clearTimeout(timerRef.current);
    timerRef.current = setTimeout(saveNow, pauseMs);
  }, [saveNow, pauseMs]);

  useEffect(() => {
    lastCheckedRef.current = JSON.stringify(getValues());
  }, [getValues]);

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
    };
  }, [flush]);
  // When the page is torn down, a change still waiting is dropped, not saved (why: the comment above).
  useEffect(
    () => () => {
      if (timerRef.current !== undefined) clearTimeout(timerRef.current);
      timerRef.current = undefined;
    },
    [],
  );

  const onClick = useCallback(
    (event: MouseEvent<HTMLFormElement>) => {
      if (event.target instanceof Element && event.target.closest('button')) schedule();
    },
    [schedule],
  );
  return { saveProblem, formEvents: { onChange: schedule, onClick, onBlur: flush } };
}

/** Says a change is on screen but not saved, and why, until the learner corrects it. */
export function SaveProblemNotice({ problem }: { problem: string | null }) {
  if (!problem) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p>Your latest change is on screen but not saved yet. {problem} Please correct it and it will save.</p>
    </div>
  );
}
