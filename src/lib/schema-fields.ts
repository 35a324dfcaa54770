import * as z from 'zod/mini';

/**
 * The zod fields a worksheet's rows are made of, written once: text with its limit, a row's id, a
 * reference to another row, and a row of a list (its id and the model's own fields). A calendar
 * date that may still be empty is lib/date-schema's dateOrEmpty.
 */

/** Text of at most `max` characters (the form's input has the same maxLength). */
export const boundedText = (max: number) => z.string().check(z.maxLength(max));

/** A row's id: never empty, and short. */
export const rowId = () => z.string().check(z.minLength(1), z.maxLength(100));

/** Another row's id (a prospect's, a source's, an audience's), or '' while none is chosen. */
export const rowRef = () => boundedText(100);

/** A model's text fields: `text()` is at most `longest` characters, `text(LIMITS.short)` at most that. */
export const textUpTo =
  (longest: number) =>
  (max: number = longest) =>
    boundedText(max);

/** A row of a list: its id first, then the model's own fields (so a stored row keeps its shape). */
export const rowSchema = <Shape extends z.core.$ZodLooseShape>(shape: Shape) => z.object({ id: rowId(), ...shape });
