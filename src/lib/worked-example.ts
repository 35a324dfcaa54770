/**
 * How much of a document is still the toolkit's worked example. The mark on an example's exports
 * follows its content, not its name: renaming the example does not make it the learner's work, and
 * a learner who rewrites it has made it their own. Pure: no React, no storage.
 */

/** Of the example's written answers, how many the document still has word for word. */
export type ExampleLikeness = { unchanged: number; total: number };

/**
 * Words the learner wrote, as opposed to a choice from a list ("opportunity", "b2b"), a date, a
 * rating or a count: those a learner's own work shares with the example by chance, so they do not
 * say whose work it is.
 */
export const isWrittenAnswer = (text: string): boolean => text.trim() !== '' && !/^[a-z0-9-]+$/.test(text.trim());

/**
 * Every written answer in a value, keyed by where it sits. Rows with an `id` are keyed by it, so a
 * learner adding or reordering rows does not make the example's rows look changed; the ids
 * themselves are not answers.
 */
export function answersByPath(value: unknown, path = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') {
    if (isWrittenAnswer(value)) into.set(path, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const key = isRecord(item) && typeof item.id === 'string' ? `#${item.id}` : String(index);
      answersByPath(item, `${path}[${key}]`, into);
    });
  } else if (isRecord(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key !== 'id') answersByPath(child, `${path}.${key}`, into);
    }
  }
  return into;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The example's answers, less what a blank document already holds (default stage names, a default
 * scale): those are nobody's answers.
 */
export function exampleAnswers(exampleData: unknown, emptyData?: unknown): Map<string, string> {
  const defaults = answersByPath(emptyData);
  const answers = answersByPath(exampleData);
  for (const [path, answer] of answers) if (defaults.get(path) === answer) answers.delete(path);
  return answers;
}

/** Counts the example's answers that the document still has, unchanged and in the same place. */
export function likenessTo(answers: Map<string, string>, data: unknown): ExampleLikeness {
  const document = answersByPath(data);
  let unchanged = 0;
  for (const [path, answer] of answers) if (document.get(path) === answer) unchanged += 1;
  return { unchanged, total: answers.size };
}

export const exampleLikeness = (data: unknown, exampleData: unknown, emptyData?: unknown): ExampleLikeness =>
  likenessTo(exampleAnswers(exampleData, emptyData), data);

/**
 * Still the worked example: more than half of its answers unchanged. A learner who has rewritten
 * most of it has made it their own; one who has only renamed it, or changed a few words, has not.
 */
export function isStillWorkedExample(likeness: ExampleLikeness | undefined): boolean {
  return likeness !== undefined && likeness.total > 0 && likeness.unchanged * 2 > likeness.total;
}

/** The words on every page of an export that is still the worked example. */
export function workedExampleNotice({ unchanged, total }: ExampleLikeness): string {
  const howMuch = unchanged === total ? 'unchanged' : `with ${unchanged} of its ${total} answers unchanged`;
  return `This is the toolkit’s worked example, ${howMuch}. It is not the learner’s own evidence and must not be submitted for assessment.`;
}

/** Whether a stored document is still the worked example, from the count kept in its summary. */
export const isWorkedExampleDocument = (document: { summary: { workedExample?: ExampleLikeness } }): boolean =>
  isStillWorkedExample(document.summary.workedExample);

/** The notice an export of this document carries, or none when it is the learner's own work. */
export const noticeIfWorkedExample = (likeness: ExampleLikeness | undefined): string | undefined =>
  likeness && isStillWorkedExample(likeness) ? workedExampleNotice(likeness) : undefined;
