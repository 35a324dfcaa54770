import * as z from 'zod/mini';

/**
 * A choice list typed once: the values as an `as const` array, the labels checked against them
 * with `satisfies Record<…, string>`, and the schema and select options derived from both.
 *
 *   export const TIME_FRAMES = ['short', 'medium', 'long'] as const;
 *   export type TimeFrame = Choice<typeof TIME_FRAMES>;
 *   export const TIME_FRAME_LABELS = { short: 'Short term', … } as const satisfies Record<TimeFrame, string>;
 *   timeFrame: choiceSchema(TIME_FRAMES, { blank: true }),     // '' while not chosen
 *   <SelectField options={choiceOptions(TIME_FRAMES, TIME_FRAME_LABELS, { placeholder: 'Choose' })} />
 */

export type Choices = readonly [string, ...string[]];
export type Choice<V extends Choices> = V[number];
export type ChoiceOption = { value: string; label: string };

/** The values as a zod enum; with `blank`, '' (not chosen yet) is allowed too. */
export function choiceSchema<const V extends Choices>(values: V): z.ZodMiniEnum<{ [K in V[number]]: K }>;
export function choiceSchema<const V extends Choices>(values: V, options: { blank: true }): z.ZodMiniEnum<{ [K in V[number] | '']: K }>;
export function choiceSchema(values: Choices, options?: { blank: true }) {
  return z.enum(options?.blank ? [...values, ''] : values);
}

/** Select options in the list's order, labelled; with `placeholder`, a first '' option (e.g. "Choose"). */
export function choiceOptions<V extends string>(values: readonly V[], labels: Readonly<Record<V, string>>, options: { placeholder?: string } = {}): ChoiceOption[] {
  const listed = values.map((value) => ({ value, label: labels[value] }));
  return options.placeholder === undefined ? listed : [{ value: '', label: options.placeholder }, ...listed];
}
