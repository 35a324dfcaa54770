import { useEffect, useState } from 'react';
import type { FieldValues, UseFormWatch } from 'react-hook-form';
import type { z } from 'zod';
import { describeZodError } from '../lib/versioned';

/**
 * Autosave for a worksheet form: every change that fits the schema goes straight to storage; one
 * that does not stays on screen and is explained, never dropped silently. Returns that explanation.
 */
export function useAutosave<T extends FieldValues>(watch: UseFormWatch<T>, schema: z.ZodType<T>, onChange: (data: T) => void): string | null {
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  useEffect(() => {
    const subscription = watch((values) => {
      const parsed = schema.safeParse(values);
      setSaveProblem(parsed.success ? null : describeZodError(parsed.error));
      if (parsed.success) onChange(parsed.data);
    });
    return () => subscription.unsubscribe();
  }, [watch, schema, onChange]);
  return saveProblem;
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
