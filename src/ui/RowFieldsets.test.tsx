import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmRemove, RowFieldsets } from './RowFieldsets';

const rows = [{ fieldKey: 'a' }, { fieldKey: 'b' }];

describe('RowFieldsets', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('numbers each row in its legend and its remove button, and offers to add one with the right article', () => {
    render(
      <RowFieldsets rows={rows} name="Audience" written={() => []} onRemove={() => {}} onAdd={() => {}}>
        {(index) => <p>fields of {index}</p>}
      </RowFieldsets>,
    );
    expect(screen.getByRole('group', { name: 'Audience 2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Remove audience 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add an audience' })).toBeTruthy();
  });

  it('uses a legend of its own when given, and offers no add button at the list’s limit', () => {
    render(
      <RowFieldsets rows={rows} name="Person" legend={(i) => `Person ${i + 1}: Sam`} written={() => []} onRemove={() => {}}>
        {() => null}
      </RowFieldsets>,
    );
    expect(screen.getByRole('group', { name: 'Person 1: Sam' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Add/ })).toBeNull();
  });

  it('removes an empty row at once, and asks first when anything is written in it', () => {
    const onRemove = vi.fn();
    const ask = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(
      <RowFieldsets rows={rows} name="Barrier" written={(i) => (i === 0 ? ['  '] : ['Jargon'])} onRemove={onRemove}>
        {() => null}
      </RowFieldsets>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove barrier 1' }));
    expect(ask).not.toHaveBeenCalled();
    expect(onRemove).toHaveBeenCalledWith(0);
    fireEvent.click(screen.getByRole('button', { name: 'Remove barrier 2' }));
    expect(ask).toHaveBeenCalledWith('Remove barrier 2 and everything written in it?');
    expect(onRemove).toHaveBeenCalledTimes(1);
  });

  it('confirmRemove goes ahead without asking when nothing is written', () => {
    expect(confirmRemove(['', ' '], 'row 1')).toBe(true);
  });
});
