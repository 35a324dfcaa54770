import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DecisionMatrixPage } from './DecisionMatrixPage';
import { createDecisionExample } from './example';
import { cellKey, type DecisionData } from './model';

// recharts measures its container; jsdom has no layout, so give it a size.
class FixedResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
vi.stubGlobal('ResizeObserver', FixedResizeObserver);

const lastSaved = (onChange: ReturnType<typeof vi.fn>) => onChange.mock.calls.at(-1)?.[0] as DecisionData;

afterEach(cleanup);

describe('the decision matrix page', () => {
  // One render for all of it: rendering the whole record in jsdom is the slow part.
  it('saves an off-scale score as typed and withdraws the ranking; a new option gets blank cells that go when it goes', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { data } = createDecisionExample();
    const { container } = render(<DecisionMatrixPage documentId="d1" section={null} initialData={data} onChange={onChange} />);
    // Found by name: role and label queries walk the whole record in jsdom and take seconds each.
    const field = (name: string) => {
      const found = container.querySelector<HTMLInputElement>(`[name="${name}"]`);
      if (!found) throw new Error(`No field ${name}`);
      return found;
    };
    const button = (text: string) => screen.getByText(text, { selector: 'button' });
    expect(screen.getByText('Clear winner.')).toBeInTheDocument();

    const cell = field(`cells.${cellKey('example-option-cpq', 'example-criterion-cost')}.score`);
    expect(cell).toHaveAccessibleName('Score for New CPQ software on Cost');
    await user.clear(cell);
    await user.type(cell, '9');
    // Quiet while the learner is in the box; the message comes once they leave it.
    expect(cell).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(cell).toHaveAttribute('aria-invalid', 'true');
    expect(cell.closest('.field')).toHaveTextContent('Use a whole number from 1 to 5.');
    expect(lastSaved(onChange).cells[cellKey('example-option-cpq', 'example-criterion-cost')]?.score).toBe('9');
    expect(await screen.findByText(/No ranking yet/)).toBeInTheDocument();
    expect(screen.getByText('The score of “New CPQ software” on “Cost” is “9”. Use a whole number from 1 to 5.')).toBeInTheDocument();
    fireEvent.change(cell, { target: { value: '1' } });
    expect(await screen.findByText('Clear winner.')).toBeInTheDocument();

    await user.click(button('Add an option'));
    // One change event: typing key by key re-renders the record in jsdom, slowly, for nothing more.
    fireEvent.change(field('options.4.name'), { target: { value: 'Do nothing' } });
    const saved = lastSaved(onChange);
    const added = saved.options[4]!;
    expect(saved.criteria.map((c) => saved.cells[cellKey(added.id, c.id)])).toEqual(saved.criteria.map(() => ({ score: '', note: '' })));
    const newCell = field(`cells.${cellKey(added.id, 'example-criterion-speed')}.score`);
    expect(newCell).toHaveValue('');
    expect(newCell).toHaveAccessibleName('Score for Do nothing on Faster quotes');
    expect(await screen.findByText(/5 cells have no score yet/)).toBeInTheDocument();

    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await act(async () => user.click(button('Remove option 5')));
    const after = lastSaved(onChange);
    expect(Object.keys(after.cells)).toHaveLength(4 * 5);
    expect(Object.keys(after.cells).some((key) => key.startsWith(added.id))).toBe(false);
    expect(await screen.findByText('Clear winner.')).toBeInTheDocument();
  }, 30_000);
});
