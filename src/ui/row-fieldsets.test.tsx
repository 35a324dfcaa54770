import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmRemove } from './confirm-remove';
import { RowFieldsets } from './RowFieldsets';

const rows = [{ fieldKey: 'a' }, { fieldKey: 'b' }];

describe('confirmRemove', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lets an empty row go without asking', () => {
    const ask = vi.spyOn(window, 'confirm');
    expect(confirmRemove(['', '  '])).toBe(true);
    expect(ask).not.toHaveBeenCalled();
  });

  it('asks before a row with anything written goes, naming it, and keeps it when the learner says no', () => {
    const ask = vi.spyOn(window, 'confirm').mockReturnValue(false);
    expect(confirmRemove(['', 'a need'], 'need 2')).toBe(false);
    expect(ask).toHaveBeenCalledWith('Remove need 2 and everything written in it?');
  });
});

describe('RowFieldsets', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('numbers each row in its legend and its remove button, and offers to add one', () => {
    const onAdd = vi.fn();
    render(<RowFieldsets rows={rows} name="Audience" onRemove={() => {}} onAdd={onAdd}>{(i) => <span>fields {i}</span>}</RowFieldsets>);
    expect(screen.getByRole('group', { name: 'Audience 2' })).toHaveTextContent('fields 1');
    expect(screen.getByRole('button', { name: 'Remove audience 2' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Add an audience' }));
    expect(onAdd).toHaveBeenCalledOnce();
  });

  it('takes legends of its own, and with `written` asks before removing a row with answers in it', () => {
    const onRemove = vi.fn();
    vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(
      <RowFieldsets rows={rows} name="Need" legend={(i) => `Harlow Dental: need ${i + 1}`} written={(i) => (i === 0 ? [''] : ['written'])} onRemove={onRemove} addLabel="Add a need for Harlow Dental" onAdd={() => {}}>
        {() => null}
      </RowFieldsets>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Remove Harlow Dental: need 2' }));
    expect(onRemove).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Harlow Dental: need 1' }));
    expect(onRemove).toHaveBeenCalledWith(0);
    expect(screen.getByRole('button', { name: 'Add a need for Harlow Dental' })).toBeTruthy();
  });
});
