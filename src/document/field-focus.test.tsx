import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FoldChoicesFor, FoldedFieldset } from '../ui/Fold';
import { focusFieldFor } from './field-focus';

describe('focusFieldFor and folded items', () => {
  afterEach(cleanup);
  // jsdom lays nothing out, so it has no scrollIntoView.
  beforeAll(() => {
    Element.prototype.scrollIntoView = vi.fn();
  });

  const page = (documentId: string) =>
    render(
      <FoldChoicesFor documentId={documentId} foldsFinished>
        <FoldedFieldset itemId="a" title="Force 1" line="Finished: the factor and its rating.">
          <label>
            Factor<input name="forces.0.factor" defaultValue="Rates rise" />
          </label>
          <label>
            Optional note<input name="forces.0.note" defaultValue="" />
          </label>
        </FoldedFieldset>
        <FoldedFieldset itemId="b" title="Force 2" line={null}>
          <label>
            Second factor<input name="forces.1.factor" defaultValue="" />
          </label>
        </FoldedFieldset>
      </FoldChoicesFor>,
    );

  it('opens the folded item a named field is in, and focuses the field', async () => {
    page('named');
    const factor = screen.getByLabelText('Factor');
    expect(factor).not.toBeVisible();
    expect(focusFieldFor('forces.0.factor')).toBe(true);
    expect(factor).toBeVisible();
    expect(factor).toHaveFocus();
    // React hears of it through the item's Show button, so the item stays open from now on.
    expect(await screen.findByRole('button', { name: 'Hide Force 1' })).toHaveAttribute('aria-expanded', 'true');
    expect(factor).toBeVisible();
  });

  it('takes the learner to an empty box in an open item before one a finished item did not need', () => {
    page('first-empty');
    expect(focusFieldFor(undefined)).toBe(true);
    expect(screen.getByLabelText('Second factor')).toHaveFocus();
    expect(screen.getByLabelText('Optional note')).not.toBeVisible();
  });
});
