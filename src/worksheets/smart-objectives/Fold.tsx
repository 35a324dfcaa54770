import { useId, useState, type ReactNode } from 'react';

/**
 * Show / Hide for one finished item (an objective, a review), so a section of finished work stays
 * short. Whether it starts folded is decided once, when it appears: an item never folds itself
 * while the learner works in it. Hidden fields stay mounted, so they stay in the form and saved.
 */
export function useFold(startsFolded: boolean) {
  const [isOpen, setIsOpen] = useState(!startsFolded);
  const bodyId = useId();
  return { isOpen, bodyId, toggle: () => setIsOpen((open) => !open) };
}

type FoldButtonProps = {
  fold: ReturnType<typeof useFold>;
  /** The item, in the button's name: "Show objective 1". */
  name: string;
  /** Shows only "Show" / "Hide" on screen, for a button beside a line that already names the item. */
  isNameHidden?: boolean;
};

/** The button that shows or hides an item's fields. */
export function FoldButton({ fold, name, isNameHidden = false }: FoldButtonProps) {
  return (
    <button type="button" className="button button--quiet smart-fold" aria-expanded={fold.isOpen} aria-controls={fold.bodyId} onClick={fold.toggle}>
      {fold.isOpen ? 'Hide' : 'Show'}{' '}
      <span className={isNameHidden ? 'visually-hidden' : undefined}>{name}</span>
    </button>
  );
}

/** The item's fields, hidden while folded. */
export function FoldBody({ fold, children }: { fold: ReturnType<typeof useFold>; children: ReactNode }) {
  return (
    <div id={fold.bodyId} hidden={!fold.isOpen}>
      {children}
    </div>
  );
}
