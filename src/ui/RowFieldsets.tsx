import type { ReactNode } from 'react';
import { confirmRemove } from './confirm-remove';

type Props = {
  /** useFieldArray's rows; only their keys are read. */
  rows: ReadonlyArray<{ fieldKey: string }>;
  /** What one row is, e.g. "Audience": legends read "Audience 1", buttons "Remove audience 1". */
  name: string;
  /** A legend of the row's own instead of "Audience 1", e.g. "Harlow Dental: need 2" (its remove button follows it). */
  legend?: (index: number) => string;
  /** The fields of row `index`. */
  children(index: number): ReactNode;
  /** Removes row `index` (the caller asks first when it has anything written, or gives `written`). */
  onRemove(index: number): void;
  /** The row's written answers, read when Remove is pressed: a row with any of them asks first (confirmRemove). */
  written?: (index: number) => readonly string[];
  /** Adds a row; left out when the list is at its limit. */
  onAdd?: () => void;
  /** The add button's words, when "Add a need" is not enough, e.g. "Add a need for Harlow Dental". */
  addLabel?: string;
};

const withArticle = (noun: string) => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

/** A growable list of rows, each a numbered fieldset with its remove button, and an add button under them. */
export function RowFieldsets({ rows, name, legend, children, onRemove, written, onAdd, addLabel }: Props) {
  const lower = name.toLowerCase();
  return (
    <>
      {rows.map((row, index) => {
        const title = legend ? legend(index) : `${name} ${index + 1}`;
        const removes = legend ? title : `${lower} ${index + 1}`;
        return (
          <fieldset key={row.fieldKey} className="force">
            <legend>{title}</legend>
            {children(index)}
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                if (!written || confirmRemove(written(index), removes)) onRemove(index);
              }}
            >
              Remove {removes}
            </button>
          </fieldset>
        );
      })}
      {onAdd && (
        <button type="button" className="button" onClick={onAdd}>
          {addLabel ?? `Add ${withArticle(lower)}`}
        </button>
      )}
    </>
  );
}
