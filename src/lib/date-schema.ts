import * as z from 'zod/mini';
import { isIsoDate } from './dates';

/** A calendar date (yyyy-mm-dd) or empty while not yet given: the one date field every worksheet's schema uses. */
export const dateOrEmpty = z.string().check(z.refine((v) => v === '' || isIsoDate(v), { message: 'Not a calendar date (yyyy-mm-dd)' }));
