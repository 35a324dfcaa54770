import { describe, expect, it } from 'vitest';
import { criterionCode } from './CriteriaList';

describe('criterionCode', () => {
  it('puts the unit before a bare criterion number, and leaves a code that names its unit alone', () => {
    expect(criterionCode('L3B2', '2.1')).toBe('L3B2 2.1');
    expect(criterionCode('L3C4/L3S3/L3S1/L4C2', 'L3S3 2.2')).toBe('L3S3 2.2');
  });
});
