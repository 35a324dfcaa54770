import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chooseByKeyboard, enterLearnerDetails, openAllSections, openSection, openTaskList, pressButton, pressExport, readPdf, taskListRow as sectionRow, typeInto, words } from './helpers';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** e.g. "23 November 2026", as the page writes dates. */
const longDate = (iso: string) => `${Number(iso.slice(8))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** The browser's local calendar date, `offset` days from today (the test runs in the same time zone). */
function localDate(offset: number): string {
  const d = new Date();
  d.setHours(12, 0, 0, 0);
  d.setDate(d.getDate() + offset);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

type CheckInInput = { date: string; rating: string; zone: string; minutes?: string; note?: string };

async function addCheckIn(page: Page, input: CheckInInput) {
  const form = page.getByRole('group', { name: 'Log a check-in' });
  // Date inputs take their value as yyyy-mm-dd; the order of typed segments depends on the browser's locale.
  await form.getByLabel('Date', { exact: true }).fill(input.date);
  await typeInto(form.getByLabel('Stress rating (0–10)'), input.rating);
  await chooseByKeyboard(form.getByLabel('Zone on the stress continuum'), input.zone);
  if (input.minutes) {
    await form.getByLabel(/^I used my technique/).focus();
    await page.keyboard.press('Space');
    await typeInto(form.getByLabel('Minutes spent on it'), input.minutes);
  }
  if (input.note) await typeInto(form.getByLabel(/^Note/), input.note);
  await pressButton(page, 'Log this check-in');
}

async function answerSelfCheck(page: Page, which: 'Baseline' | 'Retake', answers: string[]) {
  const group = page.getByRole('group', { name: new RegExp(`^${which}: how often`) });
  const selects = group.getByRole('combobox');
  await expect(selects).toHaveCount(answers.length);
  for (const [i, answer] of answers.entries()) await chooseByKeyboard(selects.nth(i), answer);
}

/** The tracker's sections as its task list names them, in order. */
const SECTIONS = [
  'Pressure and stress',
  'What causes stress',
  'Impacts of workplace stress',
  'Ways to manage stress',
  'Choose a technique and plan',
  'Measure your baseline',
  'Daily check-ins',
  'Retake and review',
  'Sources of support',
];

const taskListRow = (page: Page, title: string) => sectionRow(page, SECTIONS, title);

/**
 * Starts a blank tracker from the home page and waits for its task list: openSection looks for the
 * task list at once, so it must not run while the new document is still loading.
 */
async function startNewTracker(page: Page) {
  await page.goto('/');
  await pressButton(page, 'Start a new Stress baseline tracker');
  await expect(page.getByRole('heading', { name: 'Sections', exact: true })).toBeVisible();
}

const BASELINE = localDate(-35);
const RETAKE = localDate(-1);
const CHECK_INS: CheckInInput[] = [0, 7, 14, 21, 28, 34].map((offset, i) => ({
  date: localDate(-35 + offset),
  rating: String(8 - i),
  zone: i < 2 ? 'Reacting' : 'Ready',
  minutes: String(10 + i),
  note: `Daily note number ${i + 1}`,
}));

test('a learner takes a baseline, logs check-ins, retakes, reloads and exports a PDF with all of it', async ({ page }) => {
  // A whole month's worksheet typed key by key: allow for a busy machine.
  test.slow();
  await enterLearnerDetails(page, { name: 'Zoë Ó Briain', learnerNumber: 'ISP-00777' });

  await page.goto('/');
  await pressButton(page, 'Start a new Stress baseline tracker');
  await expect(page.getByRole('heading', { level: 1, name: 'Stress baseline tracker' })).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('0 of 11 checks met');

  // Knowledge (AC 1.1–1.4), a section each
  await openSection(page, 'Pressure and stress');
  await typeInto(page.getByLabel('The difference between pressure and stress'), 'Pressure motivates; stress overwhelms.');
  for (const n of [1, 2]) {
    const example = page.getByRole('group', { name: `Workplace example ${n}` });
    await typeInto(example.getByLabel('The situation at work'), `Situation ${n}`);
    await typeInto(example.getByLabel('When it is healthy pressure'), `Pressure side ${n}`);
    await typeInto(example.getByLabel('When it becomes stress'), `Stress side ${n}`);
  }
  await typeInto(page.getByLabel('How you would recognise each stage'), 'Ready calm, reacting irritable, injured tired, ill unable.');
  await openSection(page, 'What causes stress');
  for (const n of [1, 2, 3]) {
    await typeInto(page.getByLabel(`Workplace stressor ${n}`), `Workplace stressor text ${n}`);
    await typeInto(page.getByLabel(`Personal life stressor ${n}`), `Personal stressor text ${n}`);
  }
  await openSection(page, 'Impacts of workplace stress');
  await typeInto(page.getByLabel('Impact on organisations 1'), 'Higher staff turnover');
  await typeInto(page.getByLabel('Impact on individuals 1'), 'Poor sleep');
  await typeInto(page.getByLabel('Impact on individuals 2'), 'Lower job satisfaction');
  await openSection(page, 'Ways to manage stress');
  for (const [n, name] of [[1, 'Box breathing'], [2, 'Walking'], [3, 'Me time']] as const) {
    const technique = page.getByRole('group', { name: `Technique ${n}` });
    await typeInto(technique.getByLabel('Name of the technique'), name);
    await typeInto(technique.getByLabel('Outline: what you do and how it helps'), `Outline of ${name}`);
  }

  // The plan (AC 2.1)
  await openSection(page, 'Choose a technique and plan');
  await chooseByKeyboard(page.getByLabel('The technique you will use'), 'Box');
  await typeInto(page.getByLabel('Why you chose it'), 'Fits between calls.');
  await typeInto(page.getByLabel('Your plan: how, when and how often'), 'Ten minutes every morning.');

  // Baseline (AC 2.2): the built-in self-check
  await openSection(page, 'Measure your baseline');
  await chooseByKeyboard(page.getByLabel('Questionnaire', { exact: true }), 'The built');
  await page.getByLabel('Baseline date').fill(BASELINE);
  await answerSelfCheck(page, 'Baseline', ['On most days', 'On most days', 'On some days', 'On most days', 'On some days', 'Every day', 'On some days', 'On most days']);
  await expect(page.getByText('Baseline score: 22 out of 32.')).toBeVisible();
  // The questionnaire is now fixed for the retake.
  await expect(page.getByLabel('Questionnaire', { exact: true })).toHaveCount(0);
  await expect(page.getByText('Your baseline and retake both use it.')).toBeVisible();

  // Daily check-ins, with bad input refused in plain words and nothing lost
  await openSection(page, 'Daily check-ins');
  const form = page.getByRole('group', { name: 'Log a check-in' });
  await addCheckIn(page, { ...CHECK_INS[0]!, rating: '11' });
  await expect(form.getByText('11 is outside the scale: enter 0 (no stress) to 10 (the most stressed).')).toBeVisible();
  await expect(form.getByLabel(/^Note/)).toHaveValue(CHECK_INS[0]!.note!);
  await typeInto(form.getByLabel('Stress rating (0–10)'), CHECK_INS[0]!.rating);
  await pressButton(page, 'Log this check-in');
  await expect(form.getByRole('status')).toContainText('Check-in logged for');
  for (const input of CHECK_INS.slice(1)) {
    await addCheckIn(page, input);
    await expect(form.getByRole('status')).toContainText('Check-in logged for');
  }
  await addCheckIn(page, { date: CHECK_INS[2]!.date, rating: '3', zone: 'Ready' });
  await expect(form.getByText(/You already logged .*Edit that check-in in the list below instead\.$/)).toBeVisible();
  await form.getByLabel('Date', { exact: true }).fill(localDate(1));
  await pressButton(page, 'Log this check-in');
  await expect(form.getByText(/is in the future\. You can log today or an earlier day\.$/)).toBeVisible();
  await expect(page.getByText('6 of 36 days logged', { exact: false }).first()).toBeVisible();
  // Notes are chosen for the PDF beside the check-ins they are written in.
  await page.getByLabel('Include my daily notes in the PDF').focus();
  await page.keyboard.press('Space');

  // Retake (AC 2.3): a date before the baseline is explained, then corrected
  await openSection(page, 'Retake and review');
  await page.getByLabel('Retake date').fill(localDate(-40));
  await expect(page.getByText(/is before the baseline/).first()).toBeVisible();
  await page.getByLabel('Retake date').fill(RETAKE);
  await answerSelfCheck(page, 'Retake', ['On one or two days', 'On some days', 'Not at all', 'On one or two days', 'On one or two days', 'On some days', 'On one or two days', 'On one or two days']);
  await expect(page.getByText('Retake score: 9 out of 32.')).toBeVisible();
  await expect(page.getByText(/The score fell by 13 points to 9 out of 32/).first()).toBeVisible();

  // Review and support (AC 2.3, 2.4)
  await typeInto(page.getByLabel('How effective the technique was for you'), 'It helped a lot before calls.');
  await openSection(page, 'Sources of support');
  for (const [n, name] of [[1, 'Mind'], [2, 'My line manager'], [3, 'Employee assistance programme']] as const) {
    await typeInto(page.getByRole('group', { name: `Source of support ${n}` }).getByLabel('Who or what'), name);
  }
  // Six check-ins in the month: everything is met but daily use of the technique, which is counted.
  await expect(page.locator('.progress-bar__count')).toContainText('10 of 11 checks met');
  // A section page's panel lists that section's checks; the task list's lists them all.
  await page.getByRole('link', { name: 'Every check of the document: the task list' }).click();
  await expect(page.getByText(/The technique used daily over at least one calendar month/).first()).toBeVisible();

  await page.reload();
  await expect(page.locator('.progress-bar__count')).toContainText('10 of 11 checks met');
  // Every answer, read back on the page with every section.
  await openAllSections(page);
  await expect(page.getByLabel('Baseline date')).toHaveValue(BASELINE);
  await expect(page.getByText('Retake score: 9 out of 32.')).toBeVisible();
  // The retake (yesterday) now closes the period: baseline to retake is 35 days.
  await expect(page.getByText('6 of 35 days logged').first()).toBeVisible();
  await expect(page.getByLabel('The technique you will use')).toHaveValue(/.+/);
  await expect(page.getByLabel('Include my daily notes in the PDF')).toBeChecked();
  await expect(page.getByRole('table', { name: /^(October|November|December|January|February|March|April|May|June|July|August|September) \d{4}$/ }).first()).toContainText('✓');

  const downloadPromise = page.waitForEvent('download');
  await pressExport(page);
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Zoe-O-Briain_L3S2_Stress-baseline-tracker.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain('Page 1 of');
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Zoë Ó Briain', 'ISP-00777', 'Stress Management', 'Explain the difference between pressure and stress',
    'State sources of support for managing personal stress', 'Pressure motivates; stress overwhelms.', 'Stress side 2',
    'Workplace stressor text 3', 'Personal stressor text 1', 'Higher staff turnover', 'Lower job satisfaction', 'Outline of Me time',
    'Fits between calls.', 'Ten minutes every morning.', '22 out of 32', '9 out of 32', '6 of 35 days logged',
    'First and last weeks compared', 'Daily rating', '7-day average', 'It helped a lot before calls.', 'My line manager',
    'Employee assistance programme', 'Daily note number 4', 'not a clinical measure', '10 of 11 checks met.', 'Daily use over the month',
  ]) {
    expect(flat).toContain(expected);
  }
  expect(flat).not.toMatch(/NaN|undefined|Infinity/);
});

test('a check-in on a phone is quick, and sustained high stress brings a calm signpost to support', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await startNewTracker(page);
  await openSection(page, 'Daily check-ins');
  const form = page.getByRole('group', { name: 'Log a check-in' });
  await expect(form.getByLabel('Date', { exact: true })).toHaveValue(localDate(0));
  // Today's check-in: rating, zone, Enter.
  await typeInto(form.getByLabel('Stress rating (0–10)'), '8');
  await chooseByKeyboard(form.getByLabel('Zone on the stress continuum'), 'Injured');
  await form.getByLabel('Stress rating (0–10)').press('Enter');
  await expect(form.getByRole('status')).toContainText('Check-in logged for');
  await expect(page.getByText('Your check-ins show a lot of stress lately')).toHaveCount(0);
  for (const offset of [-1, -2, -4, -6]) await addCheckIn(page, { date: localDate(offset), rating: '9', zone: 'Reacting' });
  const signpost = page.getByRole('region', { name: 'Your check-ins show a lot of stress lately' });
  await expect(signpost).toBeVisible();
  await expect(signpost).toContainText('Samaritans');
  await expect(page.getByText('5 of 7 days logged').first()).toBeVisible();

  // Correcting a check-in: it loads into the quick form and keeps its own date.
  await page.getByText('All 5 check-ins (newest first), to edit or delete').click();
  await pressButton(page, `Edit the check-in for ${longDate(localDate(0))}`);
  await expect(page.getByRole('group', { name: /^Edit the check-in for/ })).toBeVisible();
  await typeInto(page.getByLabel('Stress rating (0–10)'), '3');
  await pressButton(page, 'Save changes to this check-in');
  await expect(page.getByRole('status').filter({ hasText: 'Check-in updated for' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Your check-ins' }).getByRole('row').nth(1)).toContainText('3 of 10');
  await expect(page.getByText('5 of 7 days logged').first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('the worked example opens in one click, meets every rule and passes an accessibility check', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the worked example of the Stress baseline tracker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stress baseline tracker' })).toBeVisible();
  await expect(page.locator('.progress-bar__count')).toContainText('11 of 11 checks met');
  for (const title of SECTIONS) await expect(taskListRow(page, title)).toContainText('Completed');
  const seriousViolations = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(await seriousViolations()).toEqual([]);
  // The whole worksheet, every section on one page.
  await openAllSections(page);
  await expect(page.getByText('33 of 36 days logged').first()).toBeVisible();
  expect(await seriousViolations()).toEqual([]);
});

test('an online questionnaire: its score is checked against its maximum, and the retake is held to it', async ({ page }) => {
  await startNewTracker(page);
  await openSection(page, 'Measure your baseline');
  await chooseByKeyboard(page.getByLabel('Questionnaire', { exact: true }), 'An online');
  await typeInto(page.getByLabel('Questionnaire name'), 'Workplace Stress Quiz');
  await typeInto(page.getByLabel('Highest possible score'), '40');
  await page.getByLabel('Baseline date').fill(localDate(-10));
  await typeInto(page.getByLabel('Baseline score (out of 40)'), '50');
  await page.keyboard.press('Tab');
  await expect(page.locator('.field__error').filter({ hasText: '50 is more than the questionnaire’s maximum of 40. Check the score or the maximum.' })).toBeVisible();
  await typeInto(page.getByLabel('Baseline score (out of 40)'), '24');
  await expect(page.getByText('Baseline score: 24 out of 40.')).toBeVisible();
  // Locked: the retake names the same questionnaire and cannot pick another.
  await expect(page.getByText('Workplace Stress Quiz, scored out of 40 (a higher score means more stress).', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Questionnaire', { exact: true })).toHaveCount(0);
  await openSection(page, 'Retake and review');
  await expect(page.getByRole('region', { name: /Retake the same questionnaire/ })).toContainText('take Workplace Stress Quiz again');
  await page.getByLabel('Retake date').fill(localDate(-12));
  await expect(page.getByText(/The retake \(.+\) is before the baseline/).first()).toBeVisible();
  await openSection(page, 'Measure your baseline');

  // Changing the questionnaire asks first, then clears the scores but keeps the dates.
  page.once('dialog', (dialog) => void dialog.accept());
  await pressButton(page, 'Change the questionnaire (clears the scores)');
  await expect(page.getByLabel('Questionnaire', { exact: true })).toHaveValue('');
  await chooseByKeyboard(page.getByLabel('Questionnaire', { exact: true }), 'An online');
  await expect(page.getByLabel(/^Baseline score/)).toHaveValue('');
  await expect(page.getByLabel('Baseline date')).toHaveValue(localDate(-10));
});

test('a check-in being typed survives another tab saving the same tracker', async ({ context }) => {
  const first = await context.newPage();
  await first.goto('/');
  await pressButton(first, 'Start a new Stress baseline tracker');
  await expect(first.getByRole('heading', { level: 1, name: 'Stress baseline tracker' })).toBeVisible();
  await openSection(first, 'Daily check-ins');
  const second = await context.newPage();
  await second.goto(first.url());

  const form = first.getByRole('group', { name: 'Log a check-in' });
  await typeInto(form.getByLabel(/^Note/), 'Half-written note');
  await typeInto(form.getByLabel('Stress rating (0–10)'), '4');
  await openSection(second, 'Pressure and stress');
  await typeInto(second.getByLabel('The difference between pressure and stress'), 'Written in the other tab');
  await expect(first.getByText('This document was changed in another tab')).toBeVisible();
  await expect(form.getByLabel(/^Note/)).toHaveValue('Half-written note');
  await expect(form.getByLabel('Stress rating (0–10)')).toHaveValue('4');
  // The caret is back in the rating, so the learner carries on typing there.
  await first.keyboard.press('Backspace');
  await first.keyboard.type('5');
  await chooseByKeyboard(form.getByLabel('Zone on the stress continuum'), 'Ready');
  await pressButton(first, 'Log this check-in');
  await expect(form.getByRole('status')).toContainText('Check-in logged for');
  await openSection(first, 'Pressure and stress');
  await expect(first.getByLabel('The difference between pressure and stress')).toHaveValue('Written in the other tab');
  await openSection(second, 'Daily check-ins');
  await expect(second.getByText('1 of 1 day logged').first()).toBeVisible();
});

test('a blank tracker opens on its task list; a finished section is marked completed, and Next leads on by keyboard', async ({ page }) => {
  await page.goto('/');
  await pressButton(page, 'Start a new Stress baseline tracker');
  await expect(page.getByRole('heading', { level: 1, name: 'Stress baseline tracker' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sections', exact: true })).toBeVisible();
  await expect(page.getByRole('list').filter({ has: taskListRow(page, SECTIONS[0]!) }).getByRole('listitem')).toHaveCount(SECTIONS.length);
  for (const title of SECTIONS) await expect(taskListRow(page, title)).toContainText('Not yet started');
  // Nothing of the worksheet itself is on the task list.
  await expect(page.getByLabel('The difference between pressure and stress')).toHaveCount(0);

  // The one next step, by keyboard: the first section.
  await page.getByRole('link', { name: 'Start: Pressure and stress' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('section 1 of 9');
  await typeInto(page.getByLabel('The difference between pressure and stress'), 'Pressure motivates; stress overwhelms.');
  for (const n of [1, 2]) {
    const example = page.getByRole('group', { name: `Workplace example ${n}` });
    await typeInto(example.getByLabel('The situation at work'), `Situation ${n}`);
    await typeInto(example.getByLabel('When it is healthy pressure'), `Pressure side ${n}`);
    await typeInto(example.getByLabel('When it becomes stress'), `Stress side ${n}`);
  }

  await openTaskList(page);
  await expect(taskListRow(page, 'Pressure and stress')).toContainText('Completed');
  for (const title of SECTIONS.slice(1)) await expect(taskListRow(page, title)).toContainText('Not yet started');
  await expect(page.getByRole('link', { name: 'Start: What causes stress' })).toBeVisible();

  // Back in the section, the answers are there, and Next leads to the following section.
  await openSection(page, 'Pressure and stress');
  await expect(page.getByLabel('The difference between pressure and stress')).toHaveValue('Pressure motivates; stress overwhelms.');
  await page.getByRole('link', { name: /^Next/ }).focus();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('section 2 of 9');
  await expect(heading).toContainText('What causes stress');
  // A new page for a screen reader: focus is on its heading.
  await expect(heading).toBeFocused();
  await expect(page.getByLabel('Workplace stressor 1')).toBeVisible();
});

test('a half-typed check-in, new or being edited, is still there after visiting another section', async ({ page }) => {
  await startNewTracker(page);
  await openSection(page, 'Daily check-ins');
  const form = page.getByRole('group', { name: 'Log a check-in' });
  await typeInto(form.getByLabel('Stress rating (0–10)'), '6');
  await chooseByKeyboard(form.getByLabel('Zone on the stress continuum'), 'Reacting');
  await form.getByLabel(/^I used my technique/).focus();
  await page.keyboard.press('Space');
  await typeInto(form.getByLabel('Minutes spent on it'), '12');
  await typeInto(form.getByLabel(/^Note/), 'Half-typed note about a long day');

  await openSection(page, 'Measure your baseline');
  await openSection(page, 'Daily check-ins');
  await expect(form.getByLabel('Date', { exact: true })).toHaveValue(localDate(0));
  await expect(form.getByLabel('Stress rating (0–10)')).toHaveValue('6');
  await expect(form.getByLabel('Zone on the stress continuum')).toHaveValue('reacting');
  await expect(form.getByLabel(/^I used my technique/)).toBeChecked();
  await expect(form.getByLabel('Minutes spent on it')).toHaveValue('12');
  await expect(form.getByLabel(/^Note/)).toHaveValue('Half-typed note about a long day');
  await pressButton(page, 'Log this check-in');
  await expect(form.getByRole('status')).toContainText('Check-in logged for');

  // Changes to a logged check-in, not yet saved, are kept the same way.
  await page.getByText('Your check-in, to edit or delete').click();
  await pressButton(page, `Edit the check-in for ${longDate(localDate(0))}`);
  const editForm = page.getByRole('group', { name: /^Edit the check-in for/ });
  await typeInto(editForm.getByLabel('Stress rating (0–10)'), '2');
  await openSection(page, 'Pressure and stress');
  await openSection(page, 'Daily check-ins');
  await expect(editForm.getByLabel('Stress rating (0–10)')).toHaveValue('2');
  await pressButton(page, 'Save changes to this check-in');
  await expect(page.getByRole('status').filter({ hasText: 'Check-in updated for' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Log a check-in' })).toBeVisible();
  // The list was closed when the section was left; open it again to see the change.
  await page.getByText('Your check-in, to edit or delete').click();
  await expect(page.getByRole('table', { name: 'Your check-ins' }).getByRole('row').nth(1)).toContainText('2 of 10');
});
