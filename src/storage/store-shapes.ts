import * as z from 'zod/mini';

/**
 * The learner's details and unit progress as zod/mini schemas: the one definition of their rules,
 * used as they are when the store is read (store-schema.ts) and wrapped in full zod for forms and
 * backup files (store-schema-full.ts). Its own module so that neither of those imports the other.
 */
const text = (max: number) => z.string().check(z.maxLength(max));

export const LearnerDetailsLight = z.object({
  name: text(200),
  learnerNumber: text(100),
  centre: text(200),
  assessor: text(200),
  qualification: text(200),
});
export type LearnerDetails = z.infer<typeof LearnerDetailsLight>;

/** Where the learner is with each unit, keyed by unit code; units not listed are not started. */
export const UNIT_STATUSES = ['planned', 'in-progress', 'achieved'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const UnitStatusesLight = z.record(text(10), z.enum(UNIT_STATUSES));
