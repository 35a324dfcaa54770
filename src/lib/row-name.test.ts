import { describe, expect, it } from 'vitest';
import { rowName } from './row-name';

describe('rowName', () => {
  const rows = [
    { id: 'a', name: '  Harlow Dental Ltd ' },
    { id: 'b', name: '   ' },
  ];
  it('gives the name as typed, trimmed', () => expect(rowName(rows, 'a', 'Prospect')).toBe('Harlow Dental Ltd'));
  it('numbers a row not yet named by its place in the list', () => expect(rowName(rows, 'b', 'Prospect')).toBe('Prospect 2'));
  it('gives nothing for a row no longer in the list', () => expect(rowName(rows, 'gone', 'Prospect')).toBe(''));
});
