import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FieldErrorsProvider, ShowFieldErrors } from './field-errors';
import { TextField } from './fields';

/** A box whose value must be a number, as the worksheets' figure fields are. */
function NumberBox({ start = '' }: { start?: string }) {
  const [value, setValue] = useState(start);
  return <TextField label="Hours" value={value} error={/^\d*$/.test(value) ? undefined : 'Use a number.'} onChange={(e) => setValue(e.target.value)} />;
}

describe('a field\'s message, quiet until it helps', () => {
  afterEach(cleanup);
  it('is not shown while the learner types, and is shown once they leave the field', async () => {
    const user = userEvent.setup();
    render(<NumberBox />);
    const box = screen.getByLabelText('Hours');
    await user.type(box, 'ten');
    expect(screen.queryByText('Use a number.')).toBeNull();
    expect(box).not.toHaveAttribute('aria-invalid');
    await user.tab();
    expect(screen.getByText('Use a number.')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/Use a number\./);
  });

  it('goes as soon as the value is right', async () => {
    const user = userEvent.setup();
    render(<NumberBox start="ten" />);
    const box = screen.getByLabelText('Hours');
    await user.click(box);
    await user.tab();
    expect(screen.getByText('Use a number.')).toBeInTheDocument();
    await user.clear(box);
    await user.type(box, '10');
    expect(screen.queryByText('Use a number.')).toBeNull();
  });

  it('shows a stored wrong value at once when the learner asks to check, and reports it for the summary', () => {
    const report = vi.fn();
    const { rerender } = render(
      <FieldErrorsProvider value={{ isChecking: false, report }}>
        <NumberBox start="ten" />
      </FieldErrorsProvider>,
    );
    expect(screen.queryByText('Use a number.')).toBeNull();
    expect(report).not.toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ message: 'Use a number.' }));
    rerender(
      <FieldErrorsProvider value={{ isChecking: true, report }}>
        <NumberBox start="ten" />
      </FieldErrorsProvider>,
    );
    expect(screen.getByText('Use a number.')).toBeInTheDocument();
    const id = screen.getByLabelText('Hours').id;
    expect(report).toHaveBeenLastCalledWith(id, { id, label: 'Hours', message: 'Use a number.' });
  });

  it('a small form of its own shows its messages when its own button is pressed, whatever the page check says', () => {
    const report = vi.fn();
    const form = (isShown: boolean) => (
      <FieldErrorsProvider value={{ isChecking: true, report }}>
        <ShowFieldErrors isShown={isShown}>
          <NumberBox start="ten" />
        </ShowFieldErrors>
      </FieldErrorsProvider>
    );
    const { rerender } = render(form(false));
    expect(screen.queryByText('Use a number.')).toBeNull();
    rerender(form(true));
    expect(screen.getByText('Use a number.')).toBeInTheDocument();
  });
});
