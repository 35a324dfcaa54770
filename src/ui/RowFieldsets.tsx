import type { ReactNode } from 'react';
import './row-fieldsets.css';

type Props = {
  /** useFieldArray's rows; only their keys are read. */
  rows: ReadonlyArray<{ fieldKey: string }>;
  /** What one row is, e.g. "Audience": legends read "Audience 1", buttons "Remove audience 1". */
  name: string;
  /** The fields of row `index`. */
  children(index: number): ReactNode;
  /** The row's written answers, read when its remove button is pressed: a row with any of them asks first. */
  written(index: number): readonly string[];
  /** Removes row `index`, once the learner has agreed where anything was written. */
  onRemove(index: number): void;
  /** Adds a row; left out when the list is at its limit. */
  onAdd?: () => void;
  /** The legend of row `index` when the row's number alone is not enough, e.g. "Relationship 1: Sam Patel". */
  legend?: (index: number) => string;
};

/** Asks before removing a row that has anything written in it; true to go ahead. */
export const confirmRemove = (values: readonly string[], what: string) =>
  values.every((v) => !v.trim()) || window.confirm(`Remove ${what} and everything written in it?`);

/** A growable list of rows, each a numbered fieldset with its remove button (which asks first when the row has anything written). */
export function RowFieldsets({ rows, name, children, written, onRemove, onAdd, legend }: Props) {
  const lower = name.toLowerCase();
  return (
    <>
      {rows.map((row, index) => (
        <fieldset key={row.fieldKey} className="force">
          <legend>{legend ? legend(index) : `${name} ${index + 1}`}</legend>
          {children(index)}
          <button type="button" className="button button--quiet" onClick={() => confirmRemove(written(index), `${lower} ${index + 1}`) && onRemove(index)}>
            Remove {lower} {index + 1}
          </button>
        </fieldset>
      ))}
      {onAdd && (
        <button type="button" className="button" onClick={onAdd}>
          Add {/^[aeiou]/.test(lower) ? 'an' : 'a'} {lower}
        </button>
      )}
    </>
  );
}
