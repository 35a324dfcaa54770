import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useFieldArray, useForm } from 'react-hook-form';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { SaveProblemNotice, useAutosave, usePausedAutosave } from './autosave';

const Schema = z.object({ name: z.string().max(5, 'The name is too long.'), tags: z.array(z.object({ text: z.string() })) });
type Data = z.infer<typeof Schema>;
const EMPTY: Data = { name: '', tags: [] };

function Form({ onChange }: { onChange: (data: Data) => void }) {
  const { register, watch } = useForm<Data>({ defaultValues: EMPTY });
  const { saveProblem } = useAutosave(watch, Schema, onChange);
  return (
    <form>
      <SaveProblemNotice problem={saveProblem} />
      <label htmlFor="name">Name</label>
      <input id="name" {...register('name')} />
    </form>
  );
}

/** A long form's shape: fields typed in, and rows added and removed with buttons. */
function PausedForm({ onChange }: { onChange: (data: Data) => void }) {
  const { register, control, getValues } = useForm<Data>({ defaultValues: EMPTY });
  const tags = useFieldArray({ control, name: 'tags' });
  const { saveProblem, formEvents } = usePausedAutosave(Schema, onChange, { pauseMs: PAUSE_MS, getValues });
  return (
    <form {...formEvents}>
      <SaveProblemNotice problem={saveProblem} />
      <label htmlFor="name">Name</label>
      <input id="name" {...register('name')} />
      {tags.fields.map((tag, index) => (
        <button key={tag.id} type="button" onClick={() => tags.remove(index)}>
          Remove tag {index + 1}
        </button>
      ))}
      <button type="button" onClick={() => tags.append({ text: 'new' })}>
        Add a tag
      </button>
      <button type="button">Changes nothing</button>
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
    expect(onChange).toHaveBeenLastCalledWith({ name: 'Zoë', tags: [] });
    type('Zoë Smith');
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('alert').textContent).toMatch(/on screen but not saved yet/);
  });

  it('with a pause, saves once typing stops, or at once when the learner leaves the field', async () => {
    const onChange = vi.fn();
    render(<PausedForm onChange={onChange} />);
    type('A');
    type('Ab');
    expect(onChange).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
    expect(onChange).toHaveBeenLastCalledWith({ name: 'Ab', tags: [] });
    type('Abc');
    fireEvent.focusOut(screen.getByLabelText('Name'));
    expect(onChange).toHaveBeenLastCalledWith({ name: 'Abc', tags: [] });
    await wait(PAUSE_MS * 2);
    expect(onChange).toHaveBeenCalledTimes(2);
  });

  it('with a pause, saves rows added and removed with buttons, and nothing for a press that changed nothing', async () => {
    const onChange = vi.fn();
    render(<PausedForm onChange={onChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add a tag' }));
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ name: '', tags: [{ text: 'new' }] }));
    fireEvent.click(screen.getByRole('button', { name: 'Add a tag' }));
    await vi.waitFor(() => expect(onChange).toHaveBeenLastCalledWith({ name: '', tags: [{ text: 'new' }, { text: 'new' }] }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove tag 1' }));
    await vi.waitFor(() => expect(onChange).toHaveBeenCalledTimes(3));
    expect(onChange).toHaveBeenLastCalledWith({ name: '', tags: [{ text: 'new' }] });
    fireEvent.click(screen.getByRole('button', { name: 'Changes nothing' }));
    await wait(PAUSE_MS * 2);
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('with a pause, keeps a change that does not fit on screen with the reason, and saves it once corrected', async () => {
    const onChange = vi.fn();
    render(<PausedForm onChange={onChange} />);
    type('Zoë Smith');
    await vi.waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/longer than the 5 characters allowed/));
    expect(onChange).not.toHaveBeenCalled();
    type('Zoë');
    fireEvent.focusOut(screen.getByLabelText('Name'));
    expect(onChange).toHaveBeenLastCalledWith({ name: 'Zoë', tags: [] });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('with a pause, saves a pending change when the page is hidden', () => {
    const onChange = vi.fn();
    render(<PausedForm onChange={onChange} />);
    type('Ab');
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(onChange).toHaveBeenLastCalledWith({ name: 'Ab', tags: [] });
  });

  it('with a pause, does not save a pending change when the page is torn down', async () => {
    const onChange = vi.fn();
    const { unmount } = render(<PausedForm onChange={onChange} />);
    type('Ab');
    unmount();
    await wait(PAUSE_MS * 2);
    expect(onChange).not.toHaveBeenCalled();
  });
});
