import { z } from 'zod';
import { isIsoDate } from './dates';

/**
 * The zod pieces every worksheet's rows are made of, written once: text up to a limit, a row's id,
 * and a date that may still be empty. Each worksheet's model.ts builds its row schemas from these.
 */

/** Text of at most `max` characters (empty allowed: the completeness rules ask for it, not the schema). */
export const textUpTo = (max: number) => z.string().max(max);

/** A row's id: never empty, so a list can refer to a row (a plan's audience, a log's person). */
export const rowIdSchema = z.string().min(1).max(100);

/** A calendar date as a date input gives it (yyyy-mm-dd), or empty while not yet given. */
export const dateOrEmpty = z.string().refine((v) => v === '' || isIsoDate(v), { message: 'Not a calendar date (yyyy-mm-dd)' });
