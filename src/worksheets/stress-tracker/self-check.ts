/**
 * The toolkit's own short self-check, written for this toolkit (it is not, and does not copy,
 * any published questionnaire). It is a self-reflection aid for comparing the learner's own
 * before and after: not a clinical measure, with no pass mark and no diagnosis.
 */

export const SELF_CHECK_STATEMENTS = [
  'I found it hard to switch off from work in the evenings.',
  'My sleep was disturbed by things on my mind.',
  'I noticed tension in my body, such as tight shoulders, headaches or a churning stomach.',
  'I was short with people, or kept away from them more than usual.',
  'I put off tasks because they felt like too much to start.',
  'I skipped breaks or meals to keep up with my work.',
  'I found it hard to concentrate on one thing at a time.',
  'I had little energy left for the things I usually enjoy.',
] as const;

export const SELF_CHECK_ANSWERS = [
  { value: 0, label: 'Not at all' },
  { value: 1, label: 'On one or two days' },
  { value: 2, label: 'On some days' },
  { value: 3, label: 'On most days' },
  { value: 4, label: 'Every day' },
] as const;

export const SELF_CHECK_ANSWER_MAX = 4;
/** Highest possible total: eight statements, each 0–4. */
export const SELF_CHECK_MAX = SELF_CHECK_STATEMENTS.length * SELF_CHECK_ANSWER_MAX;

/** The total of the answers (0–32), or null until every statement is answered. */
export function selfCheckScore(answers: ReadonlyArray<number | null>): number | null {
  if (answers.length !== SELF_CHECK_STATEMENTS.length || answers.some((a) => a === null)) return null;
  return answers.reduce<number>((sum, a) => sum + (a ?? 0), 0);
}

export const answerLabel = (value: number | null) =>
  SELF_CHECK_ANSWERS.find((a) => a.value === value)?.label ?? 'Not answered';

export const SELF_CHECK_INTRO =
  'Think about the past seven days. For each statement, choose how often it was true for you. This is a self-reflection aid written for this toolkit, not a clinical measure or a diagnosis: the total (0–32, higher means more signs of stress) is only for comparing your own before and after. There is no pass mark.';
