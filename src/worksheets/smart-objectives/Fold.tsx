import { createContext, useContext, useId, useState, type ReactNode } from 'react';

/**
 * Whether the learner has opened (true) or hidden (false) an item, by item id, per document. Kept
 * outside React because the shell rebuilds the page when another tab changes the document, and
 * then puts the learner back in the field they were in: that field must not be folded away. It
 * also keeps what the learner opened open when they come back to a section.
 */
const foldChoices = new Map<string, Map<string, boolean>>();
const FoldChoices = createContext<Map<string, boolean> | null>(null);

/** Gives the folds inside it the learner's choices for this document. */
export function FoldChoicesFor({ documentId, children }: { documentId: string; children: ReactNode }) {
  const [choices] = useState(() => {
    const existing = foldChoices.get(documentId) ?? new Map<string, boolean>();
    foldChoices.set(documentId, existing);
    return existing;
  });
  return <FoldChoices.Provider value={choices}>{children}</FoldChoices.Provider>;
}

/**
 * Show / Hide for one finished item (an objective, a review), so a section of finished work stays
 * short. Whether it starts folded is decided when it appears, unless the learner has opened,
 * hidden or worked in it: an item never folds itself while the learner works in it. Hidden fields
 * stay mounted, so they stay in the form and are saved.
 */
export function useFold(itemId: string, startsFolded: boolean) {
  const choices = useContext(FoldChoices);
  const [isOpen, setIsOpen] = useState(() => choices?.get(itemId) ?? !startsFolded);
  const bodyId = useId();
  return {
    isOpen,
    bodyId,
    toggle: () => {
      choices?.set(itemId, !isOpen);
      setIsOpen(!isOpen);
    },
    /** A field in the item has focus: keep the item open if the page is rebuilt. */
    onWorkedIn: () => choices?.set(itemId, true),
  };
}

type Fold = ReturnType<typeof useFold>;

type FoldButtonProps = {
  fold: Fold;
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
export function FoldBody({ fold, children }: { fold: Fold; children: ReactNode }) {
  return (
    <div id={fold.bodyId} hidden={!fold.isOpen} onFocus={fold.onWorkedIn}>
      {children}
    </div>
  );
}
