import {
  forwardRef,
  useId,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
} from 'react';
import { useShownError } from './field-errors';

type FieldFrameProps = { id: string; label: string; hint?: string; error?: string; onLeave?: () => void; children: ReactNode; className?: string };

/**
 * A visible label, an optional hint and an error message, tied to the control for screen readers.
 * The message given is the one to show now (see useShownError).
 */
/** A field's label, hint and error around its control (GOV.UK order): for a control the field components here do not cover, such as a file input. */
export function FieldFrame({ id, label, hint, error, onLeave, children, className }: FieldFrameProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`} onBlur={onLeave}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span aria-hidden="true">⚠ </span>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

type CommonProps = { label: string; hint?: string; error?: string; className?: string };

type Editable<E extends HTMLInputElement | HTMLTextAreaElement> = {
  value?: InputHTMLAttributes<E>['value'];
  readOnly?: boolean;
  onChange?: (event: ChangeEvent<E>) => void;
  onFocus?: (event: FocusEvent<E>) => void;
  onBlur?: (event: FocusEvent<E>) => void;
};

/**
 * A controlled text box shows what the learner typed, held here, and never takes a value back
 * while it has focus. Its value from the form or store arrives a render later; on a slow machine a
 * key pressed before that render would land on the old value and a character would be lost. A
 * change from elsewhere (another tab, a "go back" button) shows once the learner is not in the box.
 * Uncontrolled fields (react-hook-form's `register`) keep their own value and pass through.
 */
function useHeldValue<E extends HTMLInputElement | HTMLTextAreaElement, P extends Editable<E>>(props: P): P {
  const { value, readOnly, onChange, onFocus, onBlur } = props;
  const [held, setHeld] = useState(value);
  const [lastGiven, setLastGiven] = useState(value);
  const [hasFocus, setHasFocus] = useState(false);
  // Adopted during render, not in an effect, so a change costs no second render.
  if (value !== lastGiven) {
    setLastGiven(value);
    if (!hasFocus) setHeld(value);
  }
  if (value === undefined || readOnly) return props;
  return {
    ...props,
    value: held,
    onChange: (event: ChangeEvent<E>) => {
      setHeld(event.target.value);
      onChange?.(event);
    },
    onFocus: (event: FocusEvent<E>) => {
      setHasFocus(true);
      onFocus?.(event);
    },
    onBlur: (event: FocusEvent<E>) => {
      setHasFocus(false);
      // Whatever the form made of the text (or another tab's change) shows now.
      setHeld(value);
      onBlur?.(event);
    },
  };
}

export const TextField = forwardRef<HTMLInputElement, CommonProps & InputHTMLAttributes<HTMLInputElement>>(
  function TextField({ label, hint, error, className, ...given }, ref) {
    const id = useId();
    const input = useHeldValue<HTMLInputElement, typeof given>(given);
    const { shown, onLeave } = useShownError(id, label, error);
    return (
      <FieldFrame id={id} label={label} hint={hint} error={shown} onLeave={onLeave} className={className}>
        <input id={id} ref={ref} aria-invalid={shown ? true : undefined} aria-describedby={describedBy(id, hint, shown)} {...input} />
      </FieldFrame>
    );
  },
);

export const TextArea = forwardRef<HTMLTextAreaElement, CommonProps & TextareaHTMLAttributes<HTMLTextAreaElement>>(
  function TextArea({ label, hint, error, className, rows = 3, ...given }, ref) {
    const id = useId();
    const textarea = useHeldValue<HTMLTextAreaElement, typeof given>(given);
    const { shown, onLeave } = useShownError(id, label, error);
    return (
      <FieldFrame id={id} label={label} hint={hint} error={shown} onLeave={onLeave} className={className}>
        <textarea id={id} ref={ref} rows={rows} aria-invalid={shown ? true : undefined} aria-describedby={describedBy(id, hint, shown)} {...textarea} />
      </FieldFrame>
    );
  },
);

type Option = { value: string; label: string };

export const SelectField = forwardRef<HTMLSelectElement, CommonProps & SelectHTMLAttributes<HTMLSelectElement> & { options: Option[] }>(
  function SelectField({ label, hint, error, className, options, ...select }, ref) {
    const id = useId();
    const { shown, onLeave } = useShownError(id, label, error);
    return (
      <FieldFrame id={id} label={label} hint={hint} error={shown} onLeave={onLeave} className={className}>
        <select id={id} ref={ref} aria-invalid={shown ? true : undefined} aria-describedby={describedBy(id, hint, shown)} {...select}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </FieldFrame>
    );
  },
);
