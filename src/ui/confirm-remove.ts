/**
 * Asks before removing a row that has anything written in it; a row with nothing written goes at
 * once. True when the row may go. `what` names it in the question: "Remove prospect 2 and …?".
 */
export const confirmRemove = (values: readonly string[], what = 'this') =>
  values.every((v) => !v.trim()) || window.confirm(`Remove ${what} and everything written in it?`);
