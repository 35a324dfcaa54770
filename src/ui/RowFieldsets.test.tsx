import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { confirmRemove, RowFieldsets } from './RowFieldsets';

describe('RowFieldsets', () => {
  afterEach(cleanup);

  it('numbers each row in its legend and names the row its buttons act on', () => {
    const onRemove = vi.fn();
    const onAdd = vi.fn();
    render(
      <RowFieldsets rows={[{ fieldKey: 'a' }, { fieldKey: 'b' }]} name="Audience" onRemove={onRemove} onAdd={onAdd}>
        {(index) => <span>fields of {index}</span>}
      </RowFieldsets>,
    );
    expect(screen.getByRole('group', { name: 'Audience 2' })).toHaveTextContent('fields of 1');
    fireEvent.click(screen.getByRole('button', { name: 'Remove audience 2' }));
    expect(onRemove).toHaveBeenCalledWith(1);
    fireEvent.click(screen.getByRole('button', { name: 'Add an audience' }));
    expect(onAdd).toHaveBeenCalled();
  });

  it('offers no add button at the list’s limit, and takes other words for it', () => {
    const { rerender } = render(<RowFieldsets rows={[]} name="Micro close" onRemove={() => undefined}>{() => null}</RowFieldsets>);
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<RowFieldsets rows={[]} name="Micro close" onRemove={() => undefined} onAdd={() => undefined} addLabel="Add another micro close">{() => null}</RowFieldsets>);
    expect(screen.getByRole('button', { name: 'Add another micro close' })).toBeInTheDocument();
  });
});

describe('confirmRemove', () => {
  afterEach(() => vi.restoreAllMocks());

  it('removes an empty row without asking, and asks, naming it, before removing written work', () => {
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    expect(confirmRemove(['', '  '])).toBe(true);
    expect(confirm).not.toHaveBeenCalled();
    expect(confirmRemove(['a note'], 'source 2')).toBe(false);
    expect(confirm).toHaveBeenCalledWith('Remove source 2 and everything written in it?');
  });

  it('takes a legend of the row’s own, which its remove button names too', () => {
    const onRemove = vi.fn();
    render(<RowFieldsets rows={[{ fieldKey: 'a' }]} name="Need" legend={(index) => `Harlow Dental: need ${index + 1}`} onRemove={onRemove}>{() => null}</RowFieldsets>);
    expect(screen.getByRole('group', { name: 'Harlow Dental: need 1' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Remove Harlow Dental: need 1' }));
    expect(onRemove).toHaveBeenCalledWith(0);
  });
});
