import { z } from 'zod';

/**
 * The zod fields a worksheet's rows are made of, written once: text with its limit, and a row's id
 * (a calendar date that may still be empty is lib/date-schema's dateOrEmpty).
 */

/** Text of at most `max` characters (the form's input has the same maxLength). */
export const boundedText = (max: number) => z.string().max(max);

/** A row's id: never empty, and short. */
export const rowId = () => z.string().min(1).max(100);

