import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chooseByKeyboard, pressButton, readPdf, typeInto, words, enterLearnerDetails } from './helpers';

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
  await expect(page.getByText('0 of 10 met')).toBeVisible();

  // Knowledge (AC 1.1–1.4)
  await typeInto(page.getByLabel('The difference between pressure and stress'), 'Pressure motivates; stress overwhelms.');
  for (const n of [1, 2]) {
    const example = page.getByRole('group', { name: `Workplace example ${n}` });
    await typeInto(example.getByLabel('The situation at work'), `Situation ${n}`);
    await typeInto(example.getByLabel('When it is healthy pressure'), `Pressure side ${n}`);
    await typeInto(example.getByLabel('When it becomes stress'), `Stress side ${n}`);
  }
  await typeInto(page.getByLabel('How you would recognise each stage'), 'Ready calm, reacting irritable, injured tired, ill unable.');
  for (const n of [1, 2, 3]) {
    await typeInto(page.getByLabel(`Workplace stressor ${n}`), `Workplace stressor text ${n}`);
    await typeInto(page.getByLabel(`Personal life stressor ${n}`), `Personal stressor text ${n}`);
  }
  await typeInto(page.getByLabel('Impact on organisations 1'), 'Higher staff turnover');
  await typeInto(page.getByLabel('Impact on individuals 1'), 'Poor sleep');
  await typeInto(page.getByLabel('Impact on individuals 2'), 'Lower job satisfaction');
  for (const [n, name] of [[1, 'Box breathing'], [2, 'Walking'], [3, 'Me time']] as const) {
    const technique = page.getByRole('group', { name: `Technique ${n}` });
    await typeInto(technique.getByLabel('Name of the technique'), name);
    await typeInto(technique.getByLabel('Outline: what you do and how it helps'), `Outline of ${name}`);
  }

  // The plan (AC 2.1)
  await chooseByKeyboard(page.getByLabel('The technique you will use'), 'Box');
  await typeInto(page.getByLabel('Why you chose it'), 'Fits between calls.');
  await typeInto(page.getByLabel('Your plan: how, when and how often'), 'Ten minutes every morning.');

  // Baseline (AC 2.2): the built-in self-check
  await chooseByKeyboard(page.getByLabel('Questionnaire', { exact: true }), 'The built');
  await page.getByLabel('Baseline date').fill(BASELINE);
  await answerSelfCheck(page, 'Baseline', ['On most days', 'On most days', 'On some days', 'On most days', 'On some days', 'Every day', 'On some days', 'On most days']);
  await expect(page.getByText('Baseline score: 22 out of 32.')).toBeVisible();
  // The questionnaire is now fixed for the retake.
  await expect(page.getByLabel('Questionnaire', { exact: true })).toHaveCount(0);
  await expect(page.getByText('Your baseline and retake both use it.')).toBeVisible();

  // Daily check-ins, with bad input refused in plain words and nothing lost
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

  // Retake (AC 2.3): a date before the baseline is explained, then corrected
  await page.getByLabel('Retake date').fill(localDate(-40));
  await expect(page.getByText(/is before the baseline/).first()).toBeVisible();
  await page.getByLabel('Retake date').fill(RETAKE);
  await answerSelfCheck(page, 'Retake', ['On one or two days', 'On some days', 'Not at all', 'On one or two days', 'On one or two days', 'On some days', 'On one or two days', 'On one or two days']);
  await expect(page.getByText('Retake score: 9 out of 32.')).toBeVisible();
  await expect(page.getByText(/The score fell by 13 points to 9 out of 32/).first()).toBeVisible();

  // Review and support (AC 2.3, 2.4); notes chosen for the PDF
  await typeInto(page.getByLabel('How effective the technique was for you'), 'It helped a lot before calls.');
  for (const [n, name] of [[1, 'Mind'], [2, 'My line manager'], [3, 'Employee assistance programme']] as const) {
    await typeInto(page.getByRole('group', { name: `Source of support ${n}` }).getByLabel('Who or what'), name);
  }
  await page.getByLabel('Include my daily notes in the PDF').focus();
  await page.keyboard.press('Space');
  await expect(page.getByText('10 of 10 met')).toBeVisible();

  await page.reload();
  await expect(page.getByText('10 of 10 met')).toBeVisible();
  await expect(page.getByLabel('Baseline date')).toHaveValue(BASELINE);
  await expect(page.getByText('Retake score: 9 out of 32.')).toBeVisible();
  // The retake (yesterday) now closes the period: baseline to retake is 35 days.
  await expect(page.getByText('6 of 35 days logged').first()).toBeVisible();
  await expect(page.getByLabel('The technique you will use')).toHaveValue(/.+/);
  await expect(page.getByLabel('Include my daily notes in the PDF')).toBeChecked();
  await expect(page.getByRole('table', { name: /^(October|November|December|January|February|March|April|May|June|July|August|September) \d{4}$/ }).first()).toContainText('✓');

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
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
    'Employee assistance programme', 'Daily note number 4', 'not a clinical measure', '10 of 10 checks met.',
  ]) {
    expect(flat).toContain(expected);
  }
  expect(flat).not.toMatch(/NaN|undefined|Infinity/);
});

test('a check-in on a phone is quick, and sustained high stress brings a calm signpost to support', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/');
  await pressButton(page, 'Start a new Stress baseline tracker');
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
  await expect(page.getByText('10 of 10 met')).toBeVisible();
  await expect(page.getByText('32 of 36 days logged').first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});

test('an online questionnaire: its score is checked against its maximum, and the retake is held to it', async ({ page }) => {
  await page.goto('/');
  await pressButton(page, 'Start a new Stress baseline tracker');
  await chooseByKeyboard(page.getByLabel('Questionnaire', { exact: true }), 'An online');
  await typeInto(page.getByLabel('Questionnaire name'), 'Workplace Stress Quiz');
  await typeInto(page.getByLabel('Highest possible score'), '40');
  await page.getByLabel('Baseline date').fill(localDate(-10));
  await typeInto(page.getByLabel('Baseline score (out of 40)'), '50');
  await expect(page.getByRole('alert').filter({ hasText: '50 is more than the questionnaire’s maximum of 40. Check the score or the maximum.' })).toBeVisible();
  await typeInto(page.getByLabel('Baseline score (out of 40)'), '24');
  await expect(page.getByText('Baseline score: 24 out of 40.')).toBeVisible();
  // Locked: the retake names the same questionnaire and cannot pick another.
  await expect(page.getByText('Workplace Stress Quiz, scored out of 40 (a higher score means more stress).', { exact: false })).toBeVisible();
  await expect(page.getByLabel('Questionnaire', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('region', { name: /Retake the same questionnaire/ })).toContainText('take Workplace Stress Quiz again');
  await page.getByLabel('Retake date').fill(localDate(-12));
  await expect(page.getByText(/The retake \(.+\) is before the baseline/).first()).toBeVisible();

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
  const second = await context.newPage();
  await second.goto(first.url());

  const form = first.getByRole('group', { name: 'Log a check-in' });
  await typeInto(form.getByLabel(/^Note/), 'Half-written note');
  await typeInto(form.getByLabel('Stress rating (0–10)'), '4');
  await typeInto(second.getByLabel('The difference between pressure and stress'), 'Written in the other tab');
  await expect(first.getByText('This document was changed in another tab')).toBeVisible();
  await expect(first.getByLabel('The difference between pressure and stress')).toHaveValue('Written in the other tab');
  await expect(form.getByLabel(/^Note/)).toHaveValue('Half-written note');
  await expect(form.getByLabel('Stress rating (0–10)')).toHaveValue('4');
  // The caret is back in the rating, so the learner carries on typing there.
  await first.keyboard.press('Backspace');
  await first.keyboard.type('5');
  await chooseByKeyboard(form.getByLabel('Zone on the stress continuum'), 'Ready');
  await pressButton(first, 'Log this check-in');
  await expect(form.getByRole('status')).toContainText('Check-in logged for');
  await expect(second.getByText('1 of 1 day logged').first()).toBeVisible();
});
