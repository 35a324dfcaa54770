import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';

/** A field's message as the learner sees it, for the error summary at the top of the page. */
export type ShownFieldError = { id: string; label: string; message: string };

type FieldErrorsValue = {
  /** The learner has asked to check their work: every field with a problem shows it. */
  isChecking: boolean;
  /** A field says what message it shows now (null: none), so the summary can link to it. */
  report(id: string, shown: ShownFieldError | null): void;
};

const FieldErrors = createContext<FieldErrorsValue>({ isChecking: false, report: () => {} });

export const FieldErrorsProvider = FieldErrors.Provider;

/**
 * Errors shown at once, or not at all, for a small form of its own inside a worksheet (a draft
 * check-in, a review to record): its messages belong to its own button, not to "Check my work",
 * so they show once that button has been pressed, and are not listed in the summary before then.
 */
export function ShowFieldErrors({ isShown, children }: { isShown: boolean; children: ReactNode }) {
  const { report } = useContext(FieldErrors);
  return <FieldErrors.Provider value={{ isChecking: isShown, report }}>{children}</FieldErrors.Provider>;
}

/**
 * Quiet until it helps (GOV.UK): a field's message shows once the learner has left the field or
 * asked to check their work, never on a blank page before anything is typed. Returns the message
 * to show and the handler that marks the field as left.
 */
export function useShownError(id: string, label: string, error: string | undefined) {
  const { isChecking, report } = useContext(FieldErrors);
  const [hasLeft, setHasLeft] = useState(false);
  const shown = error && (hasLeft || isChecking) ? error : undefined;
  useEffect(() => {
    report(id, shown ? { id, label, message: shown } : null);
    return () => report(id, null);
  }, [id, label, shown, report]);
  const onLeave = useCallback(() => setHasLeft(true), []);
  return { shown, onLeave };
}
