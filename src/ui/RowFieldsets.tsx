import type { ReactNode } from 'react';

/** Asks before removing a row that has anything written in it; true when it may go. */
export const confirmRemove = (values: readonly string[], what = 'this') => values.every((v) => !v.trim()) || window.confirm(`Remove ${what} and everything written in it?`);

type Props = {
  /** useFieldArray's rows; only their keys are read. */
  rows: ReadonlyArray<{ fieldKey: string }>;
  /** What one row is, e.g. "Audience": legends read "Audience 1", buttons "Remove audience 1". */
  name: string;
  /** A legend of the row's own instead of "Audience 1", e.g. "Harlow Dental: need 2" (its remove button then reads "Remove Harlow Dental: need 2"). */
  legend?: (index: number) => string;
  /** The fields of row `index`. */
  children(index: number): ReactNode;
  /** Removes row `index` (the caller asks first when it has anything written, e.g. with confirmRemove). */
  onRemove(index: number): void;
  /** Adds a row; left out when the list is at its limit. */
  onAdd?: () => void;
  /** The add button's words when "Add a <name>" does not read well. */
  addLabel?: string;
};

/** A growable list of rows, each a numbered fieldset with its remove button, and an add button after them. */
export function RowFieldsets({ rows, name, legend, children, onRemove, onAdd, addLabel }: Props) {
  const lower = name.toLowerCase();
  return (
    <>
      {rows.map((row, index) => (
        <fieldset key={row.fieldKey} className="force">
          <legend>{legend ? legend(index) : `${name} ${index + 1}`}</legend>
          {children(index)}
          <button type="button" className="button button--quiet" onClick={() => onRemove(index)}>
            Remove {legend ? legend(index) : `${lower} ${index + 1}`}
          </button>
        </fieldset>
      ))}
      {onAdd && (
        <button type="button" className="button" onClick={onAdd}>
          {addLabel ?? `Add ${/^[aeiou]/.test(lower) ? 'an' : 'a'} ${lower}`}
        </button>
      )}
    </>
  );
}
