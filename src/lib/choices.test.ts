import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { choiceOptions, choiceSchema, type Choice } from './choices';

const FRAMES = ['short', 'medium', 'long'] as const;
type Frame = Choice<typeof FRAMES>;
const FRAME_LABELS = { short: 'Short term', medium: 'Medium term', long: 'Long term' } as const satisfies Record<Frame, string>;

describe('choice lists typed once', () => {
  it('parses exactly as the z.enum written by hand did', () => {
    const byHand = z.enum(['short', 'medium', 'long', '']);
    const derived = choiceSchema(FRAMES, { blank: true });
    for (const value of ['short', 'medium', 'long', '', 'Short', 'other', 3, null, undefined]) {
      expect(derived.safeParse(value)).toEqual(byHand.safeParse(value));
    }
    expect(choiceSchema(FRAMES).safeParse('').success).toBe(false);
    expect(derived.options).toEqual(['short', 'medium', 'long', '']);
  });

  it('makes select options in the list’s order, with an optional placeholder', () => {
    expect(choiceOptions(FRAMES, FRAME_LABELS)).toEqual([
      { value: 'short', label: 'Short term' },
      { value: 'medium', label: 'Medium term' },
      { value: 'long', label: 'Long term' },
    ]);
    expect(choiceOptions(FRAMES, FRAME_LABELS, { placeholder: 'Choose' })[0]).toEqual({ value: '', label: 'Choose' });
  });

  it('types the schema’s output as the choices', () => {
    const parsed: Frame | '' = choiceSchema(FRAMES, { blank: true }).parse('long');
    expect(parsed).toBe('long');
    // @ts-expect-error a label map missing a value does not type-check
    const missing = { short: 'S', medium: 'M' } as const satisfies Record<Frame, string>;
    expect(missing).toBeDefined();
  });
});
