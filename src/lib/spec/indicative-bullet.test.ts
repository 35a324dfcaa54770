import { describe, expect, it } from 'vitest';
import L3L1Content from './content/L3L1';
import { indicativeBullet } from './indicative-bullet';

describe('indicativeBullet', () => {
  it('quotes the whole bullet that starts with the words given', () => {
    expect(indicativeBullet(L3L1Content, 'L3L1', 2, 'How to work under')).toBe('How to work under pressure');
  });

  it('refuses words no bullet of that LO starts with', () => {
    expect(() => indicativeBullet(L3L1Content, 'L3L1', 1, 'How to work under')).toThrow('L3L1 LO1 has no indicative content starting "How to work under"');
  });
});
