import { describe, expect, it } from 'vitest';
import { combineProgress, progressInWords } from './workbook-progress';

describe('a unit’s workbook progress', () => {
  it('counts each AC at its furthest in any of the learner’s workbooks of the unit', () => {
    const progress = combineProgress(['1.1', '1.2', '2.1', '2.2'], [
      { '1.1': 'answered', '1.2': 'not-started', '2.1': 'answered' },
      { '1.1': 'worksheet', '2.1': 'not-started' },
    ]);
    expect(progress).toEqual({ answered: 1, worksheet: 1, notStarted: 2, total: 4 });
    expect(progressInWords(progress)).toBe('1 answered, 1 evidenced by a worksheet, 2 not started');
  });

  it('says every AC is not started when there is no workbook yet', () => {
    expect(progressInWords(combineProgress(['1.1', '1.2'], []))).toBe('2 not started');
  });
});
