import { confirmRemove } from '../../ui/RowFieldsets';

type Props = {
  /** What is removed, as the button names it: "source 2". */
  what: string;
  /** The row's written answers, read when pressed: a row with any of them asks first. */
  written(): readonly string[];
  onRemove(): void;
};

/** "Remove source 2": asks before removing a row with anything written in it. */
export function RemoveButton({ what, written, onRemove }: Props) {
  return (
    <button type="button" className="button button--quiet" onClick={() => confirmRemove(written(), what) && onRemove()}>
      Remove {what}
    </button>
  );
}
