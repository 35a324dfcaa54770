import type { ReactNode } from 'react';
import { RemoveButton } from './RemoveButton';

type Props = {
  /** useFieldArray's rows; only their keys are read. */
  rows: ReadonlyArray<{ fieldKey: string }>;
  /** What one row is, e.g. "Audience": legends read "Audience 1", buttons "Remove audience 1". */
  name: string;
  /** The fields of row `index`. */
  children(index: number): ReactNode;
  /** Row `index`'s written answers, read when Remove is pressed: a row with any of them asks first. */
  written(index: number): readonly string[];
  /** Removes row `index` (once the learner has confirmed, when it has anything written). */
  onRemove(index: number): void;
  /** Adds a row; left out when the list is at its limit. */
  onAdd?: () => void;
  /** Words for the add button when "Add a <name>" does not read well. */
  addLabel?: string;
};

/** A growable list of rows (audiences, activities, costs …), each a numbered fieldset with its remove button. */
export function RowFieldsets({ rows, name, children, written, onRemove, onAdd, addLabel }: Props) {
  const lower = name.toLowerCase();
  return (
    <>
      {rows.map((row, index) => (
        <fieldset key={row.fieldKey} className="force">
          <legend>
            {name} {index + 1}
          </legend>
          {children(index)}
          <RemoveButton what={`${lower} ${index + 1}`} written={() => written(index)} onRemove={() => onRemove(index)} />
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
