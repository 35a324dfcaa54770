import { describe, expect, it } from 'vitest';
import { forceLine } from './ForceFields';
import { newExternalFactor } from './model';

describe('forceLine: a finished force folded to one line', () => {
  const written = { ...newExternalFactor('f1', 'economic'), factor: 'Interest rates rise', evidence: 'Bank of England', impact: 'Dearer loans', salesImplication: 'Offer finance' };

  it('is null until the four answers the unit asks for are written', () => {
    expect(forceLine(undefined)).toBeNull();
    expect(forceLine({ ...written, salesImplication: '  ' })).toBeNull();
    expect(forceLine({ ...written, evidence: '' })).toBeNull();
  });

  it('names the factor, and its direction and ratings where the learner gave them', () => {
    expect(forceLine(written)).toBe('Interest rates rise.');
    expect(forceLine({ ...written, direction: 'threat', impactRating: 4, likelihood: 3 })).toBe('Interest rates rise: threat, impact 4, likelihood 3.');
  });
});
