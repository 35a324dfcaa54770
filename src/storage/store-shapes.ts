import * as z from 'zod/mini';

/**
 * The learner's unit progress as a zod/mini schema: the one definition of its rules, used as it
 * is when the store is read (store-schema.ts) and wrapped in full zod for backup files
 * (store-schema-full.ts). Its own module so that neither of those imports the other. The learner's
 * details live in lib/evidence-types.ts, since the PDF prints them too.
 */
const text = (max: number) => z.string().check(z.maxLength(max));

/** Where the learner is with each unit, keyed by unit code; units not listed are not started. */
export const UNIT_STATUSES = ['planned', 'in-progress', 'achieved'] as const;
export type UnitStatus = (typeof UNIT_STATUSES)[number];
export const UnitStatusesLight = z.record(text(10), z.enum(UNIT_STATUSES));
