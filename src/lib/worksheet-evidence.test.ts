import { describe, expect, it } from 'vitest';
import { criteriaEvidencedBy, criteriaInWords, unitsServedBy, worksheetsForUnit } from './worksheet-evidence';
import type { WorksheetMeta } from './worksheet-definition';

const meta = (over: Partial<WorksheetMeta>): WorksheetMeta => ({
  id: 'x',
  title: 'X',
  summary: '',
  unit: { code: 'L3B2', title: 'Understand Organisations' },
  criteria: [],
  sections: [],
  ...over,
});

describe('the AC a worksheet can evidence', () => {
  it('reads its own AC with its unit, and AC that name their unit as they are', () => {
    expect(criteriaEvidencedBy(meta({ criteria: [{ code: '2.1', text: '' }] }))).toEqual(['L3B2 2.1']);
    expect(criteriaEvidencedBy(meta({ unit: { code: 'L3C4/L3S3', title: '' }, criteria: [{ code: 'L3S3 2.1', text: '' }] }))).toEqual(['L3S3 2.1']);
  });

  it('reads the AC named in words, skipping the reasons in brackets', () => {
    expect(criteriaInWords('L3C4 3.1 (indicators to monitor success) and L4C2 3.1 (evaluating against 2.2)')).toEqual(['L3C4 3.1', 'L4C2 3.1']);
    expect(criteriaInWords('L3C1 Prospect for New Business 1.3 (how conversion rates are used)')).toEqual(['L3C1 1.3']);
    expect(criteriaInWords('L3C1 Prospect for New Business (ideal customer profile)')).toEqual([]);
    expect(criteriaInWords('ABE / ISM strategic units 2.1')).toEqual([]);
  });

  it('lists the units a worksheet serves, including one it names without an AC', () => {
    const smart = meta({ unit: { code: 'L3C4/L3S3/L3S1', title: '' }, criteria: [{ code: 'L3S1 2.1', text: '' }, { code: 'L3S3 2.2', text: '' }] });
    expect(unitsServedBy(smart)).toEqual(['L3S1', 'L3S3']);
    expect(unitsServedBy(meta({ criteria: [{ code: '1.1', text: '' }], unit: { code: 'L3B3', title: '' }, alsoSupports: 'L3C1 Prospect for New Business (ideal customer profile)' }))).toEqual(['L3B3', 'L3C1']);
  });

  it('never counts a workbook as a worksheet evidencing AC', () => {
    expect(criteriaEvidencedBy(meta({ kind: 'workbook', criteria: [{ code: '1.1', text: '' }] }))).toEqual([]);
  });

  it('maps each AC of a unit to the worksheets that can evidence it', () => {
    const a = meta({ id: 'a', criteria: [{ code: '2.1', text: '' }] });
    const b = meta({ id: 'b', unit: { code: 'L3C5', title: '' }, criteria: [{ code: '2.1', text: '' }], alsoSupports: 'L3B2 2.1 and 2.2' });
    const map = worksheetsForUnit([a, b], 'L3B2');
    expect([...map.keys()]).toEqual(['2.1', '2.2']);
    expect(map.get('2.1')!.map((m) => m.id)).toEqual(['a', 'b']);
  });
});
