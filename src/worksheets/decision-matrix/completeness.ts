import { goodPracticeRule, specRule } from '../../lib/checklist';
import type { ChecklistItem } from '../../lib/evidence-types';
import { evaluateMatrix } from './calculations';
import { cellKey, type Action, type DataSource, type DecisionData } from './model';
import { listInWords } from '../../lib/text-list';

const hasText = (value: string) => value.trim().length > 0;


/** The worksheet section (meta.ts) where the learner meets a rule. */
type SectionId = 'problem' | 'data' | 'root-cause' | 'options' | 'matrix' | 'decision' | 'approval' | 'implementation' | 'evaluation';

/** A rule met when nothing is missing; otherwise it says, in a sentence, what is. */
const rule = (label: string, section: SectionId, missing: string[]): ChecklistItem =>
  missing.length === 0
    ? { label, isMet: true, sections: [section] }
    : { label, isMet: false, detail: `Still to add: ${listInWords(missing)}.`, sections: [section] };

/** A source counts once the learner has named it; blank rows are ignored. */
export const isNamedSource = (source: DataSource) => hasText(source.source);
/** An action counts once the learner has said what it is. */
export const isDescribedAction = (action: Action) => hasText(action.action);

const named = (items: string[], limit = 3) => (items.length > limit ? [...items.slice(0, limit), `${items.length - limit} more`] : items);

/** The assessor's minimums for L3L3 2.1–4.2, each as a rule that is met or not yet. */
export function decisionCompleteness(data: DecisionData): ChecklistItem[] {
  const { problem, rootCause, approval, evaluation } = data;

  // The spec asks for the nature, scope and impact stated clearly; any one part of each states it.
  const problemStated = [
    hasText(problem.statement) ? null : 'the problem statement',
    [problem.systemicFactors, problem.humanFactors, problem.environmentalFactors].some(hasText) ? null : 'its nature (systemic, human or environmental factors)',
    hasText(problem.peopleAffected) || hasText(problem.duration) || problem.recurrence ? null : 'its scope (who it affects, how long, new or recurring)',
    hasText(problem.cost) || hasText(problem.reputation) || problem.severity ? null : 'its impact (cost, reputation or severity)',
  ].filter((x): x is string => x !== null);
  // Every part the indicative content lists: good practice, since that content is "not prescriptive".
  const problemMissing = [
    hasText(problem.statement) ? null : 'the problem statement',
    [problem.systemicFactors, problem.humanFactors, problem.environmentalFactors].some(hasText) ? null : 'its nature (systemic, human or environmental factors)',
    hasText(problem.peopleAffected) ? null : 'who and how many it affects',
    hasText(problem.duration) && problem.recurrence ? null : 'how long it has lasted and whether it is new or recurring',
    (hasText(problem.cost) || hasText(problem.reputation)) && problem.severity ? null : 'its impact (cost or reputation, and severity)',
  ].filter((x): x is string => x !== null);

  const sources = data.dataSources.filter(isNamedSource);
  const incompleteSources = sources.filter((s) => !s.dataType || !hasText(s.findings)).map((s) => `“${s.source.trim()}”`);
  const sourcesMissing = [
    sources.length >= 3 ? null : `${3 - sources.length} more source${3 - sources.length === 1 ? '' : 's'} (${sources.length} of 3)`,
    sources.some((s) => s.dataType === 'quantitative') ? null : 'a quantitative source',
    sources.some((s) => s.dataType === 'qualitative') ? null : 'a qualitative source',
    incompleteSources.length ? `the type and what it showed for ${listInWords(named(incompleteSources))}` : null,
  ].filter((x): x is string => x !== null);

  const whysAnswered = rootCause.whys.filter(hasText).length;
  const fishboneCauses = rootCause.fishbone.filter((c) => hasText(c.cause));
  const fishboneCategories = new Set(fishboneCauses.map((c) => c.category)).size;
  const hasFullerAnalysis = whysAnswered >= 3 || (fishboneCauses.length >= 3 && fishboneCategories >= 2);
  const rootMissing = [
    whysAnswered > 0 || fishboneCauses.length > 0 ? null : 'an analysis tool used (a why answered or a fishbone cause)',
    hasText(rootCause.statement) ? null : 'the root cause it points to',
  ].filter((x): x is string => x !== null);

  const options = data.options.filter((o) => hasText(o.name));
  const optionsMissing = [
    options.length >= 3 ? null : `${3 - options.length} more option${3 - options.length === 1 ? '' : 's'} (${options.length} of 3)`,
    options.every((o) => hasText(o.description)) ? null : `a description of ${listInWords(named(options.filter((o) => !hasText(o.description)).map((o) => `“${o.name.trim()}”`)))}`,
    hasText(data.optionsMethod) ? null : 'how you generated them',
  ].filter((x): x is string => x !== null);

  const matrix = evaluateMatrix(data);
  const matrixMissing =
    matrix.status === 'incomplete'
      ? matrix.problems
      : data.criteria.length < 2
        ? ['Add at least two criteria, so the options are compared on more than one thing.']
        : [];

  const unjustified = data.options.flatMap((o) =>
    data.criteria.filter((c) => !hasText(data.cells[cellKey(o.id, c.id)]?.note ?? '')).map((c) => `${o.name.trim() || 'an unnamed option'} on ${c.name.trim() || 'an unnamed criterion'}`),
  );
  const hasCells = data.options.length > 0 && data.criteria.length > 0;

  const chosen = data.options.find((o) => o.id === data.decision.chosenOptionId);
  const choiceMissing = [chosen ? null : 'the option you chose', hasText(data.decision.reason) ? null : 'why you chose it'].filter(
    (x): x is string => x !== null,
  );

  const approvalMissing = [
    hasText(approval.approver) ? null : 'who you asked',
    approval.dateSought ? null : 'when you asked',
    approval.answer ? null : 'their answer',
    approval.answer === 'approved-with-conditions' && !hasText(approval.conditions) ? 'the conditions they set' : null,
  ].filter((x): x is string => x !== null);

  const actions = data.actions.filter(isDescribedAction);
  const incompleteActions = actions.filter((a) => !hasText(a.owner) || !a.ownerKind || !a.dueDate || !a.status).map((a) => `“${a.action.trim()}”`);
  const actionsMissing = [
    actions.length ? null : 'at least one action',
    incompleteActions.length ? `the owner, due date and status of ${listInWords(named(incompleteActions))}` : null,
    actions.some((a) => a.ownerKind === 'other' && hasText(a.owner)) ? null : 'an action owned by another person (at least one other person must be involved)',
  ].filter((x): x is string => x !== null);

  const measured = evaluation.measures.filter((m) => hasText(m.measure) && hasText(m.before) && hasText(m.after));
  const evaluationMissing = [
    measured.length ? null : 'a measure with its value before and after',
    evaluation.outcome ? null : 'whether the problem is fully or partly resolved',
    (evaluation.outcome === 'partly' || evaluation.outcome === 'not') && !hasText(evaluation.furtherActions) ? 'the further actions needed' : null,
  ].filter((x): x is string => x !== null);

  const matrixRule = 'Every option scored on every weighted criterion in the decision matrix (AC 3.1)';
  const guidance = (lo: number, words: string) => `L3L3 assessor guidance, LO${lo}: ${words}`;
  return [
    specRule(
      rule('A current workplace problem defined: its nature, scope and impact (AC 2.1)', 'problem', problemStated),
      guidance(2, 'define a current workplace problem in your organisation’s sales function, stating its nature, scope and impact clearly'),
    ),
    specRule(rule('Data and information from at least three sources, quantitative and qualitative (AC 2.2)', 'data', sourcesMissing), guidance(2, 'gather both quantitative and qualitative data and information from at least three sources')),
    specRule(rule('The root cause identified with an analysis tool (AC 2.3)', 'root-cause', rootMissing), guidance(2, 'evidence of using an analysis tool to determine the root cause of the problem')),
    specRule(rule('At least three options generated to address the problem (AC 2.4)', 'options', optionsMissing), guidance(2, 'at least three options generated from the analysis of data and information')),
    specRule(
      matrixMissing.length === 0
        ? { label: matrixRule, isMet: true, sections: ['matrix'] }
        : { label: matrixRule, isMet: false, detail: matrixMissing.slice(0, 3).join(' '), sections: ['matrix'] },
      guidance(3, 'assess the options using a weighted decision matrix'),
    ),
    specRule(rule('The chosen option and why (AC 3.1)', 'decision', choiceMissing), guidance(3, 'assess the options with the matrix, to choose a solution')),
    specRule(rule('Management approval sought: from whom, when, and the answer (AC 3.2)', 'approval', approvalMissing), guidance(3, 'evidence of seeking approval from management to progress with the chosen solution')),
    specRule(rule('Implementation actions tracked, with at least one other person involved (AC 4.1)', 'implementation', actionsMissing), guidance(4, 'take action to implement the solution, involving at least one other person, and track the actions')),
    specRule(rule('Effectiveness evaluated: before and after, how far resolved, further actions (AC 4.2)', 'evaluation', evaluationMissing), guidance(4, 'evaluate whether the solution is resolving the problem, and note any further actions')),
    goodPracticeRule(
      rule('Every part of the problem definition given: nature, people affected, duration, new or recurring, cost or reputation, severity', 'problem', problemMissing),
      'the unit’s indicative content lists these parts, but it is “not prescriptive”; LO2 asks for the nature, scope and impact',
    ),
    goodPracticeRule(
      rule('A fuller root-cause analysis: three whys, or three fishbone causes in two categories', 'root-cause', hasFullerAnalysis ? [] : ['a 5-whys chain (at least three whys answered) or a fishbone (at least three causes in two or more categories)']),
      'a short chain rarely reaches the cause; LO2 asks only for an analysis tool',
    ),
    goodPracticeRule(
      rule('Each score justified with a note (AC 3.1)', 'matrix', hasCells ? (unjustified.length ? [`a note for ${listInWords(named(unjustified))}`] : []) : ['options and criteria to score']),
      'a note shows the assessor why each score was given; LO3 asks only for the matrix',
    ),
  ];
}
