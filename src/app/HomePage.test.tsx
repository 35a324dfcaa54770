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

  it('says plainly when a new document cannot be opened, instead of doing nothing', async () => {
    render(<HomePage />);
    fireEvent.click(screen.getByRole('button', { name: 'Start a new PESTLE builder' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The PESTLE builder could not be opened. Check your connection and reload the page.');
  });
});
