import { describe, expect, it } from 'vitest';
import { createEmptyPipeline } from './model';
import { waitingForCounts } from './waiting';

describe('what the ratios wait for', () => {
  it('a new pipeline waits for its counts, said once', () => {
    expect(waitingForCounts(createEmptyPipeline().stages)).toMatch(/^Worked out from your counts: enter how many reached each stage/);
  });
  it('once any count is in (0 included), each calculation speaks for itself', () => {
    const stages = createEmptyPipeline().stages.map((stage, index) => ({ ...stage, count: index === 2 ? 0 : null }));
    expect(waitingForCounts(stages)).toBeNull();
  });
});
