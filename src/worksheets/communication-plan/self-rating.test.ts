import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PREFERENCE_SCALES, preferenceProfile, ratingLabel } from './self-rating';

describe('the communication preferences self-rating', () => {
  it('has eight pairs, each with two ends and what to watch for at each', () => {
    expect(PREFERENCE_SCALES).toHaveLength(8);
    expect(new Set(PREFERENCE_SCALES.map((s) => s.id)).size).toBe(8);
    for (const scale of PREFERENCE_SCALES) for (const text of [scale.first, scale.second, scale.watchFirst, scale.watchSecond]) expect(text.trim()).not.toBe('');
  });

  it('reads each rating in words', () => {
    const channel = PREFERENCE_SCALES[0]!;
    expect([1, 2, 3, 4, 5, null].map((r) => ratingLabel(channel, r))).toEqual([
      'Strongly: Writing it down (email, messages)',
      'Leaning to: Writing it down (email, messages)',
      'Both equally',
      'Leaning to: Talking it through (calls, meetings)',
      'Strongly: Talking it through (calls, meetings)',
      'Not rated',
    ]);
  });

  it('counts what is rated and picks out the strong leans with what to watch for', () => {
    const profile = preferenceProfile([1, 3, null, 5, 2, 4, 3, 3]);
    expect([profile.rated, profile.total]).toEqual([7, 8]);
    expect(profile.strong.map((lean) => [lean.scale.id, lean.watchFor])).toEqual([
      ['channel', PREFERENCE_SCALES[0]!.watchFirst],
      ['directness', PREFERENCE_SCALES[3]!.watchSecond],
    ]);
  });

  it('never counts a rating off the scale, and never has more leans than pairs (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constant(null), fc.integer({ min: -3, max: 9 }), fc.double())), (ratings) => {
        const profile = preferenceProfile(ratings);
        expect(profile.rated).toBeLessThanOrEqual(8);
        expect(profile.leans.every((lean) => [1, 2, 3, 4, 5].includes(lean.rating))).toBe(true);
        expect(profile.strong.every((lean) => lean.rating === 1 || lean.rating === 5)).toBe(true);
      }),
    );
  });
});
