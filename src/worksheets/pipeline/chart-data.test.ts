import { describe, expect, it } from 'vitest';
import { contrastOnWhite } from '../../lib/chart-colours';
import { CONVERSION_COLOURS, conversionRows, NEXT_STAGE_GROUP, TO_CUSTOMER_GROUP } from './chart-data';
import { createPipelineExample } from './example';

describe('the conversion chart’s colours, the same on the page and in the PDF', () => {
  it('gives each kind of conversion its own colour, dark enough on white', () => {
    const rows = conversionRows(createPipelineExample().data);
    expect(rows.some((r) => r.group === TO_CUSTOMER_GROUP)).toBe(true);
    for (const row of rows) expect(row.colour).toBe(CONVERSION_COLOURS[row.group as keyof typeof CONVERSION_COLOURS]);
    expect(CONVERSION_COLOURS[NEXT_STAGE_GROUP]).not.toBe(CONVERSION_COLOURS[TO_CUSTOMER_GROUP]);
    for (const colour of Object.values(CONVERSION_COLOURS)) expect(contrastOnWhite(colour)).toBeGreaterThanOrEqual(3);
  });
});
