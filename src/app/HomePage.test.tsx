import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HomePage } from './HomePage';

// The registry's chunk cannot be fetched (offline before the app was cached, or an old version's files gone).
vi.mock('../worksheets/registry', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

afterEach(cleanup);

describe('a worksheet card on the home page', () => {
  it('says plainly when its assessment criteria cannot be loaded, instead of loading for ever', async () => {
    render(<HomePage />);
    const [summary] = screen.getAllByText('Assessment criteria it evidences');
    fireEvent.focus(summary!);
    expect(await screen.findByText('The assessment criteria could not be loaded. Check your connection and reload the page.')).toBeInTheDocument();
  });
});
