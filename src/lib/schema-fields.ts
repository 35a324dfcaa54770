import { z } from 'zod';
import { isIsoDate } from './dates';

/**
 * The zod fields a worksheet's rows are made of, written once: text with its limit, a row's id,
 * and a calendar date that may still be empty.
 */

/** Text of at most `max` characters (the form's input has the same maxLength). */
export const boundedText = (max: number) => z.string().max(max);

/** A row's id: never empty, and short. */
export const rowId = () => z.string().min(1).max(100);

/** A calendar date (yyyy-mm-dd), or empty while not given. */
export const dateOrEmpty = () => z.string().refine((v) => v === '' || isIsoDate(v), { message: 'Not a calendar date (yyyy-mm-dd)' });
