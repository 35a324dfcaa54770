/**
 * The field the learner is in, and putting them back in it after the worksheet page is rebuilt
 * (another tab's change), with their caret and what they had typed. Browser-only, no React.
 */

export type FocusedField = {
  id: string;
  name: string;
  /** What the box held as the page was rebuilt: it wins over the other tab's copy of this field. */
  value: string | null;
  selectionStart: number | null;
  selectionEnd: number | null;
};

type TextBox = HTMLInputElement | HTMLTextAreaElement;
const TEXT_TYPES = ['text', 'textarea', 'search', 'email', 'tel', 'url', ''];

const isTextBox = (element: Element | null): element is TextBox =>
  (element instanceof HTMLInputElement && TEXT_TYPES.includes(element.type)) || element instanceof HTMLTextAreaElement;

/**
 * The form field that has focus, by its id and name, caret and text. Ids from React's useId depend
 * only on the field's place in the tree, so a rebuild from the same data gives the same ids.
 */
export function focusedField(within: Document = window.document): FocusedField | null {
  const active = within.activeElement;
  if (!(active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement || active instanceof HTMLSelectElement)) return null;
  if (!active.id && !active.name) return null;
  const box = isTextBox(active) ? active : null;
  return {
    id: active.id,
    name: active.name,
    value: box ? box.value : null,
    selectionStart: box ? box.selectionStart : null,
    selectionEnd: box ? box.selectionEnd : null,
  };
}

/**
 * Focuses the same field again and, if the rebuilt page shows other text there, puts back what the
 * learner had, as if typed (an input event), so the worksheet saves it: a field the learner is in
 * is never reset under them.
 */
export function restoreFocus({ id, name, value, selectionStart, selectionEnd }: FocusedField, within: Document = window.document): void {
  const byId = id ? within.getElementById(id) : null;
  const field = byId ?? (name ? within.querySelector(`[name="${CSS.escape(name)}"]`) : null);
  if (!(field instanceof HTMLElement)) return;
  field.focus();
  if (!isTextBox(field)) return;
  if (value !== null && field.value !== value) typeInto(field, value);
  if (selectionStart !== null) {
    const end = field.value.length;
    field.setSelectionRange(Math.min(selectionStart, end), Math.min(selectionEnd ?? selectionStart, end));
  }
}

/** Sets a box's text the way typing does: through the native setter, so React sees the input event. */
function typeInto(field: TextBox, value: string): void {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
}

const FIELDS = 'input:not([type=hidden]):not([type=checkbox]):not([disabled]), textarea:not([disabled]), select:not([disabled])';

/** A box with no text, or a set of radio buttons with none chosen. */
function isEmpty(field: HTMLElement): boolean {
  if (field instanceof HTMLInputElement && field.type === 'radio') {
    return !field.form?.querySelector(`input[type=radio][name="${CSS.escape(field.name)}"]:checked`) && !field.checked;
  }
  return (field as HTMLInputElement).value === '';
}

/**
 * Takes the learner to where a rule is met: the field it names (its form name), else the first
 * empty field on the page outside a draft form (data-draft), else nothing. Returns whether a field
 * took focus, so the caller can fall back to the section's heading.
 */
export function focusFieldFor(fieldName: string | undefined, within: ParentNode = window.document): boolean {
  const named = fieldName ? within.querySelector(`[name="${CSS.escape(fieldName)}"]`) : null;
  const empties = [...within.querySelectorAll<HTMLElement>(FIELDS)].filter((field) => !field.closest('[data-draft]') && isEmpty(field));
  // An empty box in a folded item is one its finished work did not need: an open one first.
  const empty = empties.find((field) => !field.closest('[data-fold-body][hidden]')) ?? empties[0];
  const target = named instanceof HTMLElement ? named : empty;
  if (!target) return false;
  revealAndFocus(target);
  return true;
}

/**
 * Brings a field to the middle of the window (clear of the sticky progress bar) and focuses it,
 * first opening the folded item it is in (ui/Fold): a hidden field cannot take focus.
 */
export function revealAndFocus(field: HTMLElement | null): void {
  const folded = field?.closest<HTMLElement>('[data-fold-body][hidden]');
  if (folded) {
    // Its Show button tells React the item is open; the attribute goes now so focus lands at once.
    field?.ownerDocument.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(folded.id)}"]`)?.click();
    folded.hidden = false;
  }
  field?.scrollIntoView({ block: 'center' });
  field?.focus({ preventScroll: true });
}

/**
 * The name of the group a field sits in (a fieldset's legend, a labelled group), so that "Count in
 * the period" in the error summary can say which stage it is. Null when the field is in no group.
 */
export function groupNameOf(field: Element | null): string | null {
  const group = field?.closest('fieldset, [role=group]');
  if (!group) return null;
  if (group instanceof HTMLFieldSetElement) return group.querySelector(':scope > legend')?.textContent?.trim() || null;
  const labelledBy = group.getAttribute('aria-labelledby');
  const byId = labelledBy ? group.ownerDocument.getElementById(labelledBy.split(' ')[0]!) : null;
  return (byId?.textContent ?? group.getAttribute('aria-label'))?.trim() || null;
}
