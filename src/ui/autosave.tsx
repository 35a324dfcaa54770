import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormGetValues, UseFormWatch } from 'react-hook-form';
import { describeZodError, safeParseExplained, type AnySchema } from '../lib/versioned';

type AutosaveOptions<T extends FieldValues> = {
  /**
   * Wait for this pause in typing before checking and saving (a long form whose check is costly).
   * The change is then also saved at once when the learner leaves a field (call `flush` from the
   * form's onBlur) or the page. Without it, every change is saved as it is made.
   */
  pauseMs?: number;
  /** With `pauseMs`: reads the whole form when the pause ends. */
  getValues?: UseFormGetValues<T>;
};

export type Autosave = {
  /** Why the latest change is not saved (it stays on screen), or null. */
  saveProblem: string | null;
  /** Saves a change still waiting for its pause now. */
  flush(): void;
};

/**
 * The one autosave for a worksheet form: every change that fits the schema goes to storage; one
 * that does not stays on screen and is explained, never dropped silently. A pending change is not
 * saved when the page is torn down: that happens when another tab's newer version replaces the
 * page, which must not be written over (leaving a field or the page has already saved it).
 */
export function useAutosave<T extends FieldValues>(
  watch: UseFormWatch<T>,
  schema: AnySchema<T>,
  onChange: (data: T) => void,
  { pauseMs, getValues }: AutosaveOptions<T> = {},
): Autosave {
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const flushRef = useRef(() => {});

  useEffect(() => {
    const save = (values: unknown) => {
      const parsed = safeParseExplained(schema, values);
      setSaveProblem(parsed.success ? null : describeZodError(parsed.error));
      if (parsed.success) onChange(parsed.data);
    };
    if (pauseMs === undefined || !getValues) {
      const subscription = watch((values) => save(values));
      return () => subscription.unsubscribe();
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const saveNow = () => {
      timer = undefined;
      save(getValues());
    };
    const flush = () => {
      if (timer === undefined) return;
      clearTimeout(timer);
      saveNow();
    };
    flushRef.current = flush;
    const subscription = watch(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(saveNow, pauseMs);
    });
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flush);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', flush);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [watch, schema, onChange, pauseMs, getValues]);

  return { saveProblem, flush: () => flushRef.current() };
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
