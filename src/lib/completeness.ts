import { requiredCount } from './checklist';
import { sameContent } from './same-content';
import type { ChecklistItem, CompletenessSummary } from './evidence-types';
import type { WorksheetModel } from './worksheet-definition';
import { exampleAnswers, likenessTo, type ExampleLikeness } from './worked-example';

/** How many of a worksheet's spec rules are met (good practice is never counted), kept with the document for the home page. */
export const summarise = (items: ChecklistItem[]): CompletenessSummary => requiredCount(items);

/**
 * What the home and portfolio pages show of a document without loading its worksheet: the rules
 * met, and how much of it is still the worked example.
 */
export function summariseDocument<T>(model: WorksheetModel<T>, data: T, checklist = model.completeness(data)): CompletenessSummary {
  return { ...summarise(checklist), workedExample: exampleLikenessOf(model, data) };
}

/**
 * The summary to save instead of `saved` once the worksheet's whole model (its worked example
 * included) is loaded, or null when `saved` is already right. A section page opens with the model
 * without its worked example, so what it saves before the example arrives compares nothing with it.
 */
export function correctedSummary<T>(wholeModel: WorksheetModel<T>, data: T, saved: CompletenessSummary): CompletenessSummary | null {
  const summary = summariseDocument(wholeModel, data);
  return sameContent(summary, saved) ? null : summary;
}

/** How many of the worksheet's worked-example answers this data still has. */
export const exampleLikenessOf = <T>(model: WorksheetModel<T>, data: T): ExampleLikeness => likenessTo(answersOfExample(model), data);

// Worked out once per worksheet: summarising runs on every change the learner makes.
const exampleAnswersByModel = new WeakMap<object, Map<string, string>>();
function answersOfExample<T>(model: WorksheetModel<T>): Map<string, string> {
  let answers = exampleAnswersByModel.get(model);
  if (!answers) {
    // A worksheet with no worked example: nothing of a document can be the example's.
    answers = model.createExample ? exampleAnswers(model.createExample().data, model.createEmpty()) : new Map<string, string>();
    exampleAnswersByModel.set(model, answers);
  }
  return answers;
}
