import { describe, expect, it } from 'vitest';
import { criteriaOf, unitRef } from './criteria';
import L3B2 from './units/L3B2';
import L3C4 from './units/L3C4';

describe('a worksheet\'s AC come from the unit outline', () => {
  it('gives the spec\'s wording, in the order asked', () => {
    expect(criteriaOf(L3B2, ['2.3', '2.1'])).toEqual([
      { code: '2.3', text: 'Conduct a PESTLE analysis for an organisation' },
      { code: '2.1', text: 'Describe the internal forces that impact on an organisation' },
    ]);
    expect(criteriaOf(L3C4, ['1.1'], { withUnit: true })).toEqual([{ code: 'L3C4 1.1', text: 'Explain how to set personal sales targets' }]);
    expect(unitRef(L3B2)).toEqual({ code: 'L3B2', title: 'Understand Organisations' });
  });

  it('refuses an AC the unit does not have', () => {
    expect(() => criteriaOf(L3B2, ['2.4'])).toThrow('L3B2 has no AC 2.4');
  });
});
