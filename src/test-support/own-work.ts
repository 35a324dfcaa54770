import { isWrittenAnswer } from '../lib/worked-example';

/**
 * A worked example made the learner's own, for tests: every written answer rewritten (choices,
 * dates and ids kept, so the document stays valid). Its exports then carry no worked-example mark.
 */
// A workbook's unit, AC codes and guidance keys are its structure, not answers.
const KEPT = new Set(['id', 'unit', 'code', 'key']);

export function rewriteAnswers<T>(value: T): T {
  if (typeof value === 'string') return (isWrittenAnswer(value) ? `${value} (mine)` : value) as T;
  if (Array.isArray(value)) return value.map(rewriteAnswers) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, KEPT.has(key) ? child : rewriteAnswers(child)])) as T;
  }
  return value;
}
