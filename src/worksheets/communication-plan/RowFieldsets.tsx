import type { ReactNode } from 'react';

type Props = {
  /** useFieldArray's rows; only their keys are read. */
  rows: ReadonlyArray<{ fieldKey: string }>;
  /** What one row is, e.g. "Audience": legends read "Audience 1", buttons "Remove audience 1". */
  name: string;
  /** The fields of row `index`. */
  children(index: number): ReactNode;
  /** Removes row `index` (the caller asks first when it has anything written). */
  onRemove(index: number): void;
  /** Adds a row; left out when the list is at its limit. */
  onAdd?: () => void;
};

/** A growable list of rows (audiences, activities, actions, barriers), each a numbered fieldset with its remove button. */
export function RowFieldsets({ rows, name, children, onRemove, onAdd }: Props) {
  const lower = name.toLowerCase();
  return (
    <>
      {rows.map((row, index) => (
        <fieldset key={row.fieldKey} className="force">
          <legend>
            {name} {index + 1}
          </legend>
          {children(index)}
          <button type="button" className="button button--quiet" onClick={() => onRemove(index)}>
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
