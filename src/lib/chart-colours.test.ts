import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastOnWhite, REFERENCE_LINE_COLOUR, rgbOfHex, SERIES_COLOURS } from './chart-colours';

describe('chart series colours', () => {
  it('reads a hex colour as red, green and blue', () => {
    expect(rgbOfHex('#1b6e3a')).toEqual([27, 110, 58]);
    expect(rgbOfHex('#FFFFFF')).toEqual([255, 255, 255]);
    expect(rgbOfHex('green')).toBeNull();
    expect(rgbOfHex('#fff')).toBeNull();
  });

  it('reads back any colour it is given as hex', () => {
    fc.assert(
      fc.property(fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })), (rgb) => {
        expect(rgbOfHex(`#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`)).toEqual(rgb);
      }),
    );
  });

  it('are all dark enough for a line on white (3:1) and all different', () => {
    expect(contrastOnWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(contrastOnWhite('#000000')).toBeCloseTo(21, 5);
    for (const colour of SERIES_COLOURS) expect(contrastOnWhite(colour), colour).toBeGreaterThanOrEqual(3);
    expect(new Set(SERIES_COLOURS).size).toBe(SERIES_COLOURS.length);
    // A reference line is apart from every series.
    expect(SERIES_COLOURS).not.toContain(REFERENCE_LINE_COLOUR);
    expect(contrastOnWhite(REFERENCE_LINE_COLOUR)).toBeGreaterThanOrEqual(3);
  });
});
