import type { ContextId, MotivationTheory } from './model';

/** The labels of the SMART writer's choice lists: the motivation theories and the self-assessment scores. */
export const THEORY_LABELS: Record<MotivationTheory, string> = {
  maslow: 'Maslow’s Hierarchy of Needs',
  herzberg: 'Herzberg’s Two-Factor Theory',
  vroom: 'Vroom’s Expectancy Theory',
  mcclelland: 'McClelland’s Three Needs Theory',
  mcgregor: 'McGregor’s Theory X and Theory Y',
  other: 'Another theory (name it)',
};

/** Scores on the self-assessment scale. */
export const SCORE_LABELS: Record<number, string> = {
  1: '1 – a clear development need',
  2: '2 – a development need',
  3: '3 – competent',
  4: '4 – a strength',
  5: '5 – a clear strength',
};

/** What a document of each context is, as a sentence says it: "Not needed for a sales-targets document". */
export const CONTEXT_DOCUMENT_NAMES: Record<ContextId, string> = {
  'sales-targets': 'a sales-targets document',
  'development-plan': 'a development plan',
  'motivation-plan': 'a motivation plan',
  presentation: 'a presentation’s objectives',
};
