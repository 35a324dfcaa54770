import { useId, type ReactNode, type SelectHTMLAttributes, type InputHTMLAttributes, type TextareaHTMLAttributes, forwardRef } from 'react';

type FieldFrameProps = { id: string; label: string; hint?: string; error?: string; children: ReactNode; className?: string };

/** A visible label, an optional hint and an error message, tied to the control for screen readers. */
function FieldFrame({ id, label, hint, error, children, className }: FieldFrameProps) {
  return (
    <div className={`field${error ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`} role="alert">
          <span aria-hidden="true">⚠ </span>
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

export const TextField = forwardRef<HTMLInputElement, CommonProps & InputHTMLAttributes<HTMLInputElement>>(
  function TextField({ label, hint, error, className, ...input }, ref) {
    const id = useId();
    return (
      <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
        <input id={id} ref={ref} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...input} />
      </FieldFrame>
    );
  },
);

export const TextArea = forwardRef<HTMLTextAreaElement, CommonProps & TextareaHTMLAttributes<HTMLTextAreaElement>>(
  function TextArea({ label, hint, error, className, rows = 3, ...textarea }, ref) {
    const id = useId();
    return (
      <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
        <textarea id={id} ref={ref} rows={rows} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...textarea} />
      </FieldFrame>
    );
  },
);

type Option = { value: string; label: string };

export const SelectField = forwardRef<HTMLSelectElement, CommonProps & SelectHTMLAttributes<HTMLSelectElement> & { options: Option[] }>(
  function SelectField({ label, hint, error, className, options, ...select }, ref) {
    const id = useId();
    return (
      <FieldFrame id={id} label={label} hint={hint} error={error} className={className}>
        <select id={id} ref={ref} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)} {...select}>
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
