import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createWitnessTestimonyExample } from './example';
import { createEmptyWitnessTestimony, type WitnessTestimonyData } from './model';
import { WitnessTestimonyPage } from './WitnessTestimonyPage';

// Tests here run without vitest globals, so Testing Library cannot clean up by itself.
afterEach(cleanup);
afterEach(() => vi.restoreAllMocks());

const UI_TEST_TIMEOUT = 30_000;
const lastSaved = (onChange: ReturnType<typeof vi.fn>) => onChange.mock.calls.at(-1)?.[0] as WitnessTestimonyData;

describe('the witness testimony page', () => {
  it('offers a unit’s AC in the spec’s words once the unit is chosen, and keeps the ticked ones in the unit’s order', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<WitnessTestimonyPage documentId="d" section={null} initialData={createEmptyWitnessTestimony()} onChange={onChange} />);
    expect(screen.queryByRole('checkbox')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Unit'), 'L4C2');
    await user.click(screen.getByRole('checkbox', { name: 'AC 2.6 Agree the next steps (call-to-action) with customers' }));
    await user.click(screen.getByRole('checkbox', { name: 'AC 2.3 Deliver sales presentations/demonstrations to meet specified objectives' }));
    expect(lastSaved(onChange)).toMatchObject({ unit: 'L4C2', observed: [{ code: '2.3', account: '' }, { code: '2.6', account: '' }] });
    const accounts = screen.getAllByRole('textbox', { name: /^What the witness saw: AC/ });
    expect(accounts.map((box) => box.getAttribute('name'))).toEqual(['observed.0.account', 'observed.1.account']);
    await user.type(accounts[1]!, 'Agreed a trial date');
    expect(lastSaved(onChange).observed[1]).toEqual({ code: '2.6', account: 'Agreed a trial date' });
    // A knowledge outcome says the spec lists witness testimony for skills.
    expect(screen.getByRole('group', { name: /^LO1 Understand how to prepare/ })).toHaveAccessibleDescription(/skills and behaviour criteria/);
  }, UI_TEST_TIMEOUT);

  it('asks before dropping an AC’s written account, and keeps it when the learner says no', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<WitnessTestimonyPage documentId="d" section={null} initialData={createWitnessTestimonyExample().data} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'AC 2.4 Create a \'win-win\' situation during negotiations' });
    await user.click(box);
    expect(confirm).toHaveBeenCalledWith('Remove AC 2.4 and the account written for it?');
    expect(box).toBeChecked();
    confirm.mockReturnValue(true);
    await user.click(box);
    expect(box).not.toBeChecked();
    expect(lastSaved(onChange).observed.map((o) => o.code)).toEqual(['2.2', '2.7', '3.1', '3.3']);
    expect(screen.getByRole('textbox', { name: 'What the witness saw: AC 2.7 Use micro closes during sales negotiations' })).toHaveValue(createWitnessTestimonyExample().data.observed[2]!.account);
  }, UI_TEST_TIMEOUT);

  it('asks before changing the unit when accounts are written, and keeps everything when the learner says no', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    render(<WitnessTestimonyPage documentId="d" section={null} initialData={createWitnessTestimonyExample().data} onChange={onChange} />);
    await user.selectOptions(screen.getByLabelText('Unit'), 'L3L1');
    expect(confirm).toHaveBeenCalled();
    expect(screen.getByLabelText('Unit')).toHaveValue('L3C3');
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(5);
    confirm.mockReturnValue(true);
    await user.selectOptions(screen.getByLabelText('Unit'), 'L3L1');
    expect(lastSaved(onChange)).toMatchObject({ unit: 'L3L1', observed: [] });
    expect(screen.getByRole('checkbox', { name: 'AC 2.2 Perform under pressure as part of a team to progress sales' })).not.toBeChecked();
  }, UI_TEST_TIMEOUT);
});
