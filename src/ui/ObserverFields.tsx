import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { choiceOptions } from '../lib/choices';
import { OBSERVER_LIMITS, OBSERVER_ROLE_LABELS, OBSERVER_ROLES, type ObserverDetails } from '../lib/observer';
import { SelectField, TextArea, TextField } from './fields';

type ObserverField = keyof ObserverDetails;

type ObserverFieldsProps = {
  /** Registers one of the record's observer fields (lib/observer.ts), e.g. `(name) => register(\`observations.${index}.${name}\`)`. */
  field: (name: ObserverField) => UseFormRegisterReturn;
  /** What was observed, as the labels say it: "meeting" gives "Date of the meeting". */
  what?: string;
  /** Messages for the fields, passed to their `error` prop (shown once the learner leaves the field or checks their work). */
  errors?: Partial<Record<ObserverField, string>>;
  /** Fields of the worksheet's own shown first in the grid (e.g. which prospect was met). */
  children?: ReactNode;
  className?: string;
};

/** The observed meeting's date, the observer's name and role, and the customer's permission, as every observation record asks for them. */
export function ObserverFields({ field, what = 'meeting', errors = {}, children, className }: ObserverFieldsProps) {
  const permissionId = useId();
  return (
    <>
      <div className={`form-grid${className ? ` ${className}` : ''}`}>
        {children}
        <TextField label={`Date of the ${what}`} type="date" error={errors.date} {...field('date')} />
        <TextField label="Observer’s name" maxLength={OBSERVER_LIMITS.name} error={errors.observerName} {...field('observerName')} />
        <SelectField
          label="Observer’s role"
          options={choiceOptions(OBSERVER_ROLES, OBSERVER_ROLE_LABELS, { placeholder: 'Choose' })}
          error={errors.observerRole}
          {...field('observerRole')}
        />
      </div>
      <div className="checkbox">
        <input id={permissionId} type="checkbox" {...field('customerPermission')} />
        <label htmlFor={permissionId}>The customer gave permission for the {what} to be observed and recorded</label>
      </div>
    </>
  );
}

/** The observer's own comments on the record (printed above their signature). */
export function ObserverComments({ field, error }: { field: (name: 'observerComments') => UseFormRegisterReturn; error?: string }) {
  return <TextArea label="Observer’s comments" rows={3} maxLength={OBSERVER_LIMITS.comments} error={error} {...field('observerComments')} />;
}
