import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createSmartExampleFor } from './example';
import { createEmptySmart, newObjective, type SmartData } from './model';
import { SmartObjectivesPage } from './SmartObjectivesPage';

// Tests here run without vitest globals, so Testing Library cannot clean up by itself.
afterEach(cleanup);

/** Typing re-renders the whole form per key; on a busy shared CPU that can pass vitest's 5 s default. */
const UI_TEST_TIMEOUT = 30_000;

const start = (): SmartData => ({ ...createEmptySmart(), context: 'sales-targets', objectives: [newObjective('o1')] });

const lastSaved = (onChange: ReturnType<typeof vi.fn>) => onChange.mock.calls.at(-1)?.[0] as SmartData;

describe('the SMART objective page', () => {
  it('shows only the context choice until a context is chosen, then that context’s fields', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<SmartObjectivesPage documentId="d" section={null} initialData={createEmptySmart()} onChange={onChange} />);
    expect(screen.queryByRole('button', { name: 'Add an objective' })).toBeNull();
    await user.click(screen.getByRole('radio', { name: /Motivation development plan/ }));
    expect(screen.getByText(/This evidences unit L3S1 Personal Motivation and Sales Performance, AC 2.1, 2.2, 2.3\./)).toBeInTheDocument();
    expect(screen.getByLabelText('Motivation theory')).toBeInTheDocument();
    expect(lastSaved(onChange).context).toBe('motivation-plan');
  }, UI_TEST_TIMEOUT);

  it('names the letters as the spec does (Realistic, not Relevant), and says a presentation’s delivery needs an observation record', () => {
    render(<SmartObjectivesPage documentId="d" section={null} initialData={{ ...start(), context: 'presentation' }} onChange={vi.fn()} />);
    const objective = screen.getByRole('group', { name: 'Objective 1' });
    expect(within(objective).getByRole('group', { name: 'Realistic' })).toBeInTheDocument();
    expect(within(objective).queryByRole('group', { name: 'Relevant' })).toBeNull();
    expect(screen.getByText(/This evidences unit L4C2 .*, AC 1\.3\./)).toBeInTheDocument();
    expect(screen.getByText(/Delivering the presentation \(L4C2 2\.3\) is not evidenced by this document/)).toBeInTheDocument();
  }, UI_TEST_TIMEOUT);

  it('updates a letter’s feedback as the learner types, and saves each change', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<SmartObjectivesPage documentId="d" section={null} initialData={start()} onChange={onChange} />);
    const objective = screen.getByRole('group', { name: 'Objective 1' });
    const specific = within(objective).getByRole('group', { name: 'Specific' });
    await user.type(within(objective).getByLabelText('What you will do or achieve'), 'boost sales');
    expect(specific).toHaveTextContent('“boost” says which way, not how far');
    await user.type(within(objective).getByLabelText('Target'), '12');
    expect(specific).not.toHaveTextContent('says which way');
    expect(lastSaved(onChange).objectives[0]!.measurable.target).toBe('12');
  }, UI_TEST_TIMEOUT);

  it('lets the learner edit the composed sentence and go back to it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<SmartObjectivesPage documentId="d" section={null} initialData={start()} onChange={onChange} />);
    const objective = screen.getByRole('group', { name: 'Objective 1' });
    await user.click(within(objective).getByLabelText('What you will do or achieve'));
    await user.paste('book surveys');
    const sentence = within(objective).getByLabelText('Objective sentence');
    expect(sentence).toHaveValue('I will book surveys.');
    await user.type(sentence, ' Every week.');
    expect(sentence).toHaveValue('I will book surveys. Every week.');
    expect(lastSaved(onChange).objectives[0]!.sentence).toEqual({ isEdited: true, text: 'I will book surveys. Every week.' });
    // Later changes to the parts no longer overwrite the learner's own words.
    await user.click(within(objective).getByLabelText('Who'));
    await user.paste('with homeowners');
    expect(sentence).toHaveValue('I will book surveys. Every week.');
    await user.click(within(objective).getByRole('button', { name: 'Go back to the composed sentence for objective 1' }));
    expect(sentence).toHaveValue('I will book surveys with homeowners.');
    expect(lastSaved(onChange).objectives[0]!.sentence).toEqual({ isEdited: false, text: '' });
  }, UI_TEST_TIMEOUT);

  it('explains a change it cannot save instead of dropping it', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<SmartObjectivesPage documentId="d" section={null} initialData={start()} onChange={onChange} />);
    const target = within(screen.getByRole('group', { name: 'Objective 1' })).getByLabelText('Target');
    // The input caps typing at the schema's limit; pasting past it is what could overflow.
    target.removeAttribute('maxlength');
    await user.click(target);
    await user.paste('9'.repeat(41));
    expect(screen.getByRole('alert')).toHaveTextContent(/not saved yet/);
    expect(target).toHaveValue('9'.repeat(41));
  }, UI_TEST_TIMEOUT);

  it('shows one section at a time and keeps what was typed in a section while another is shown', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const page = (section: string) => <SmartObjectivesPage documentId="d" section={section} initialData={start()} onChange={onChange} />;
    const { rerender } = render(page('objectives'));
    expect(screen.queryByLabelText('Team targets')).toBeNull();
    await user.type(screen.getByLabelText('What you will do or achieve'), 'book surveys');
    rerender(page('reviews'));
    expect(screen.queryByLabelText('What you will do or achieve')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Reviews of objective 1' })).toBeInTheDocument();
    expect(screen.getByText('I will book surveys.')).toBeInTheDocument();
    rerender(page(''));
    expect(screen.queryByRole('textbox')).toBeNull();
    rerender(page('objectives'));
    expect(screen.getByLabelText('What you will do or achieve')).toHaveValue('book surveys');
    expect(lastSaved(onChange).objectives[0]!.specific.what).toBe('book surveys');
  }, UI_TEST_TIMEOUT);

  it('says plainly when a section is not needed for the context, or waits on the context', () => {
    const { rerender } = render(<SmartObjectivesPage documentId="d" section="plan-update" initialData={start()} onChange={vi.fn()} />);
    expect(screen.getByText(/^Not needed for a sales-targets document:/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    rerender(<SmartObjectivesPage key="empty" documentId="d" section="objectives" initialData={createEmptySmart()} onChange={vi.fn()} />);
    expect(screen.getByText(/^Choose what your objectives are for first/)).toBeInTheDocument();
  });

  it('folds finished objectives and reviews on their section’s page, and opens them on request', async () => {
    const user = userEvent.setup();
    const { data } = createSmartExampleFor('sales-targets');
    const { rerender } = render(<SmartObjectivesPage documentId="folds" section="objectives" initialData={data} onChange={vi.fn()} />);
    const objective = screen.getByRole('group', { name: 'Objective 1' });
    const show = within(objective).getByRole('button', { name: 'Show objective 1' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    expect(within(objective).getByLabelText('What you will do or achieve')).not.toBeVisible();
    await user.click(show);
    expect(within(objective).getByRole('button', { name: 'Hide objective 1' })).toHaveAttribute('aria-expanded', 'true');
    expect(within(objective).getByLabelText('What you will do or achieve')).toBeVisible();
    rerender(<SmartObjectivesPage key="reviews" documentId="folds" section="reviews" initialData={data} onChange={vi.fn()} />);
    expect(screen.getByRole('button', { name: 'Show objective 1, review 1' })).toHaveAttribute('aria-expanded', 'false');
    // The review page shows every answer open, to be checked.
    rerender(<SmartObjectivesPage key="all" documentId="folds" section={null} initialData={data} onChange={vi.fn()} />);
    expect(screen.queryByRole('button', { name: /^Show / })).toBeNull();
  }, UI_TEST_TIMEOUT);

  it('keeps open an objective the learner works in when the page is rebuilt (another tab’s change), so their field is still there', () => {
    const { data } = createSmartExampleFor('sales-targets');
    const page = (revision: number, section: string | null) => <SmartObjectivesPage key={revision} documentId="rebuilt" section={section} initialData={data} onChange={vi.fn()} />;
    const objective = () => screen.getByRole('group', { name: 'Objective 2' });
    // On the page with every section, every objective is open; the learner is in one of objective 2's fields.
    const { rerender } = render(page(0, null));
    within(objective()).getByLabelText('Who').focus();
    rerender(page(1, 'objectives'));
    expect(within(objective()).getByLabelText('Who')).toBeVisible();
    // Objective 1, not worked in, starts folded as before.
    expect(screen.getByRole('button', { name: 'Show objective 1' })).toBeInTheDocument();
  }, UI_TEST_TIMEOUT);
});
