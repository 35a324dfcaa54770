import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GoodPracticeList } from './GoodPracticeList';

describe('GoodPracticeList', () => {
  afterEach(cleanup);

  it('marks each suggestion done or not yet in words, with what to do when not yet', () => {
    render(<GoodPracticeList items={[{ label: 'Rated', isMet: true, detail: 'hidden when done' }, { label: 'Dated', isMet: false, detail: 'Add a date.' }]} />);
    expect(screen.getByRole('heading', { name: 'Good practice (not required by the specification)' })).toBeTruthy();
    const [done, todo] = screen.getAllByRole('listitem');
    expect(done?.textContent).toBe('✓ Rated: done');
    expect(todo?.textContent).toBe('○ Dated: not yet Add a date.');
  });

  it('shows nothing when there is no suggestion', () => {
    const { container } = render(<GoodPracticeList items={[]} />);
    expect(container.textContent).toBe('');
  });
});
