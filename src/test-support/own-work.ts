import { isWrittenAnswer } from '../lib/worked-example';

/**
 * A worked example made the learner's own, for tests: every written answer rewritten (choices,
 * dates and ids kept, so the document stays valid). Its exports then carry no worked-example mark.
 */
export function rewriteAnswers<T>(value: T): T {
  if (typeof value === 'string') return (isWrittenAnswer(value) ? `${value} (mine)` : value) as T;
  if (Array.isArray(value)) return value.map(rewriteAnswers) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, key === 'id' ? child : rewriteAnswers(child)])) as T;
  }
  return value;
}
