/**
 * Values a test schema refuses, with the plain-English reason the learner should read for each. The
 * same schema is written in full zod (versioned.test.ts) and in zod/mini with no zod locale loaded
 * (versioned-mini.test.ts), and both must give these reasons. No zod import here, so the mini test
 * loads zod/mini only.
 *
 * The schema: name 1–5 characters; count a whole number 1–10; kind 'own' or 'case-study'; at most
 * two tags; format 'backup'; nested.items each with a text title.
 */
export const VALID = { name: 'Zoë', count: 3, kind: 'own', tags: [], format: 'backup', nested: { items: [{ title: 'a' }] } };

const SHAPE = 'The data is not in the expected shape:';

export const REFUSED_WITH_REASON: ReadonlyArray<[value: unknown, reason: string]> = [
  [{ ...VALID, name: undefined }, `${SHAPE} name is missing.`],
  [{ count: 3 }, `${SHAPE} name is missing.`],
  [{ ...VALID, name: '' }, `${SHAPE} name is empty.`],
  [{ ...VALID, name: 'far too long' }, `${SHAPE} name is longer than the 5 characters allowed.`],
  [{ ...VALID, count: 'three' }, `${SHAPE} count should be a number.`],
  [{ ...VALID, count: 2.5 }, `${SHAPE} count should be a whole number.`],
  [{ ...VALID, count: 11 }, `${SHAPE} count is more than the largest allowed (10).`],
  [{ ...VALID, kind: 'other' }, `${SHAPE} kind is not one of the allowed choices (“own”, “case-study”).`],
  [{ ...VALID, tags: ['a', 'b', 'c'] }, `${SHAPE} tags has more than the 2 items allowed.`],
  [{ ...VALID, format: 'other' }, `${SHAPE} format should be “backup”.`],
  [{ ...VALID, nested: { items: [{ title: 'a' }, { title: 7 }] } }, `${SHAPE} nested › items › item 2 › title should be text.`],
  [{ ...VALID, nested: { items: [{ title: 'a' }, {}] } }, `${SHAPE} nested › items › item 2 › title is missing.`],
  ['not an object', `${SHAPE} the data as a whole should be a group of fields.`],
];
