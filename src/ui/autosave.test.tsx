import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { SaveProblemNotice, useAutosave } from './autosave';

const Schema = z.object({ name: z.string().max(5, 'The name is too long.') });
type Data = z.infer<typeof Schema>;

function Form({ onChange, pauseMs }: { onChange: (data: Data) => void; pauseMs?: number }) {
  const { register, watch, getValues } = useForm<Data>({ defaultValues: { name: '' } });
  const { saveProblem, flush } = useAutosave(watch, Schema, onChange, pauseMs === undefined ? {} : { pauseMs, getValues });
  return (
    <form onBlur={flush}>
      <SaveProblemNotice problem={saveProblem} />
      <label htmlFor="name">Name</label>
      <input id="name" {...register('name')} />
    </form>
  );
}

const PAUSE_MS = 60;
const wait = (ms: number) => act(() => new Promise<void>((resolve) => setTimeout(resolve, ms)));

const type = (text: string) => fireEvent.input(screen.getByLabelText('Name'), { target: { value: text } });

describe('useAutosave', () => {
  afterEach(cleanup);

  it('saves every change at once, and keeps one that does not fit on screen with the reason', () => {
    const onChange = vi.fn();
    render(<Form onChange={onChange} />);
    type('Zoë');
    expect(onChange).toHaveBeenLastCalledWith({ name: 'Zoë' });
    type('Zoë Smith');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toMatch(/on screen but not saved yet/);
  });

  it('with a pause, saves once typing stops, or at once when the learner leaves the field', async () => {
    const onChange = vi.fn();
    render(<Form onChange={onChange} pauseMs={PAUSE_MS} />);
    type('A');
    type('Ab');
    expect(onChange).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenLastCalledWith({ name: 'Ab' });
    type('Abc');
    fireEvent.focusOut(screen.getByLabelText('Name'));
    expect(onChange).toHaveBeenLastCalledWith({ name: 'Abc' });
    await wait(PAUSE_MS * 2);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('with a pause, does not save a pending change when the page is torn down', async () => {
    const onChange = vi.fn();
    const { unmount } = render(<Form onChange={onChange} pauseMs={PAUSE_MS} />);
    type('Ab');
    unmount();
    await wait(PAUSE_MS * 2);
    expect(onChange).not.toHaveBeenCalled();
  });
});
