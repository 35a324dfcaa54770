import { createContext, useContext, useId, useState, type ReactNode } from 'react';

/**
 * Whether the learner has opened (true) or hidden (false) an item, by item id, per document. Kept
 * outside React because the shell rebuilds the page when another tab changes the document, and
 * then puts the learner back in the field they were in: that field must not be folded away. It
 * also keeps what the learner opened open when they come back to a section.
 */
const foldChoices = new Map<string, Map<string, boolean>>();

type FoldSettings = { choices: Map<string, boolean>; foldsFinished: boolean };
const FoldContext = createContext<FoldSettings | null>(null);

type FoldChoicesForProps = {
  documentId: string;
  /** On one section's page finished items start folded; on the review page every answer shows, to be checked. */
  foldsFinished: boolean;
  children: ReactNode;
};

/** Gives the folds inside it the learner's choices for this document. */
export function FoldChoicesFor({ documentId, foldsFinished, children }: FoldChoicesForProps) {
  const [choices] = useState(() => {
    const existing = foldChoices.get(documentId) ?? new Map<string, boolean>();
    foldChoices.set(documentId, existing);
    return existing;
  });
  return <FoldContext.Provider value={{ choices, foldsFinished }}>{children}</FoldContext.Provider>;
}

/**
 * Show / Hide for one finished item (a force, a review, an objection), so a section of finished
 * work stays short. Whether it starts folded is decided when it appears, unless the learner has
 * opened, hidden or worked in it: an item never folds itself while the learner works in it. Hidden
 * fields stay mounted, so they stay in the form and are saved.
 */
export function useFold(itemId: string, isFinished: boolean) {
  const settings = useContext(FoldContext);
  const [isOpen, setIsOpen] = useState(() => settings?.choices.get(itemId) ?? !(isFinished && (settings?.foldsFinished ?? false)));
  const bodyId = useId();
  return {
    isOpen,
    bodyId,
    toggle: () => {
      settings?.choices.set(itemId, !isOpen);
      setIsOpen(!isOpen);
    },
    /** A field in the item has focus: keep the item open if the page is rebuilt. */
    onWorkedIn: () => settings?.choices.set(itemId, true),
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
    <button type="button" className="button button--quiet fold-button" aria-expanded={fold.isOpen} aria-controls={fold.bodyId} onClick={fold.toggle}>
      {fold.isOpen ? 'Hide' : 'Show'}{' '}
      <span className={isNameHidden ? 'visually-hidden' : undefined}>{name}</span>
    </button>
  );
}

/**
 * The item's fields, hidden while folded. `data-fold-body` lets the error summary open a folded
 * item before it focuses a field in it (see document/field-focus revealAndFocus).
 */
export function FoldBody({ fold, children }: { fold: Fold; children: ReactNode }) {
  return (
    <div id={fold.bodyId} data-fold-body="" hidden={!fold.isOpen} onFocus={fold.onWorkedIn}>
      {children}
    </div>
  );
}

type FoldedFieldsetProps = {
  /** The item's id in the data, which the learner's choice is remembered by. */
  itemId: string;
  /** The legend, e.g. "Objection 2". */
  title: string;
  /** The item in the Show / Hide button's name when the legend does not read well there, e.g. "objection 2". */
  buttonName?: string;
  /** The finished item in one line with its key figures; null while it is not finished (it then never starts folded). */
  line: string | null;
  className?: string;
  children: ReactNode;
};

/** A numbered fieldset that folds to one line once its work is finished. */
export function FoldedFieldset({ itemId, title, buttonName = title, line, className = 'force', children }: FoldedFieldsetProps) {
  const fold = useFold(itemId, line !== null);
  return (
    <fieldset className={fold.isOpen ? className : `${className} fold--folded`}>
      <legend>{title}</legend>
      <div className="fold__line">
        {!fold.isOpen && <p>{line ?? 'Not finished yet.'}</p>}
        <FoldButton fold={fold} name={buttonName} isNameHidden={!fold.isOpen} />
      </div>
      <FoldBody fold={fold}>{children}</FoldBody>
    </fieldset>
  );
}
