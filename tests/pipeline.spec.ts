import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chooseByKeyboard, pressButton, readPdf, typeInto, words, enterLearnerDetails, openAllSections, openSection, openTaskList, pressExport } from './helpers';

const COUNTS = ['200', '80', '30', '24', '16', '12'];

/** The pipeline's sections, by title, as its task list names them. */
const SECTION = {
  counts: 'Your pipeline: the period and the counts',
  ratios: 'Conversion ratios and the bottleneck',
  target: 'Your target and your pipeline’s health',
  criteria: 'Criteria for evaluating prospects',
  prospects: 'Your prospects and their stages',
  scores: 'Scoring your prospects',
  priorities: 'Priorities: time and effort for each prospect',
  reviews: 'Dated reviews and stage progress',
} as const;

async function startBlank(page: Page) {
  await page.goto('/');
  await pressButton(page, 'Start a new Pipeline conversion calculator');
  await expect(page.getByRole('heading', { level: 1, name: 'Pipeline conversion calculator' })).toBeVisible();
}

const stage = (page: Page, n: number) => page.getByRole('group', { name: `Stage ${n}`, exact: true });
const prospect = (page: Page, n: number) => page.getByRole('group', { name: `Prospect ${n}`, exact: true });
/** A prospect's scores and its time and effort are each in their own section, named "Prospect n: its name". */
const scoresOf = (page: Page, n: number) =>
  page.getByRole('region', { name: /^Prospects scored against your criteria/ }).getByRole('group', { name: new RegExp(`^Prospect ${n}: `) });
const effortOf = (page: Page, n: number) =>
  page.getByRole('region', { name: /^Priorities: where your time goes/ }).getByRole('group', { name: new RegExp(`^Prospect ${n}: `) });
/** A section's link on the task list, described by its status. */
const taskLink = (page: Page, n: number, title: string) => page.getByRole('list').getByRole('link', { name: `${n}. ${title}`, exact: true });

type ProspectInput = { name: string; value: string; scores: [string, string, string, string]; hours: string; contact: string; action: string };

/** Names the prospect and gives its value (prospects section), scores it (scores section) and plans its time (priorities section). */
async function fillProspects(page: Page, inputs: ProspectInput[]) {
  await openSection(page, SECTION.prospects);
  for (const [i, input] of inputs.entries()) {
    await pressButton(page, 'Add a prospect');
    const group = prospect(page, i + 1);
    await typeInto(group.getByLabel('Prospect name'), input.name);
    await typeInto(group.getByLabel('Deal value (£)'), input.value);
  }
  await openSection(page, SECTION.scores);
  for (const [i, input] of inputs.entries()) {
    for (const [c, criterion] of ['Budget', 'Authority', 'Need', 'Timeline'].entries()) {
      await chooseByKeyboard(scoresOf(page, i + 1).getByLabel(`${criterion} (0–5)`), input.scores[c]!);
    }
  }
  await openSection(page, SECTION.priorities);
  for (const [i, input] of inputs.entries()) {
    const group = effortOf(page, i + 1);
    await typeInto(group.getByLabel('Planned hours a month'), input.hours);
    await chooseByKeyboard(group.getByLabel('Contact frequency'), input.contact);
    await typeInto(group.getByLabel('Next action', { exact: true }), input.action);
  }
}

async function draftReview(page: Page, date: string, note: string) {
  await page.getByLabel('Review date').fill(date);
  await typeInto(page.getByLabel('Review note'), note);
}

async function recordDraft(page: Page) {
  await pressButton(page, 'Record this review of all prospects');
  await expect(page.getByRole('status').filter({ hasText: 'recorded for' })).toBeVisible();
}

async function recordReview(page: Page, date: string, note: string) {
  await openSection(page, SECTION.reviews);
  await draftReview(page, date, note);
  await recordDraft(page);
}

/** Moves a prospect forward through stages on given dates, correcting each auto-dated change in its history. */
async function progress(page: Page, n: number, steps: Array<{ stage: string; date: string }>) {
  const group = prospect(page, n);
  await pressButton(page, `Edit the stage history of prospect ${n}`);
  for (const [i, step] of steps.entries()) {
    if (i > 0) await chooseByKeyboard(group.getByLabel('Stage', { exact: true }), step.stage);
    await group.getByLabel(`Change ${i + 1}: date`).fill(step.date);
  }
}

test('a learner builds a pipeline from empty by keyboard, records three reviews, reloads and exports the PDF', async ({ page }) => {
  // A whole pipeline typed key by key takes a while on a shared machine.
  test.setTimeout(240_000);
  await enterLearnerDetails(page, { name: 'Zoë Łukasiewicz', learnerNumber: 'ISP-00777', centre: 'Café Sales Academy', assessor: 'José Álvarez' });

  await startBlank(page);
  await expect(page.locator('.progress-bar__count')).toContainText('0 of 7 checks met');
  await openSection(page, SECTION.counts);
  await typeInto(page.getByLabel('Organisation'), 'Nguyễn Print Ltd');
  await typeInto(page.getByLabel('System you track prospects in'), 'Pipedrive CRM');
  await page.getByLabel('Period starts').fill('2026-07-01');
  await page.getByLabel('Period ends').fill('2026-09-30');

  for (const [i, count] of COUNTS.entries()) await typeInto(stage(page, i + 1).getByLabel('Count in the period'), count);
  await typeInto(stage(page, 3).getByLabel('Stage name'), 'Discovery call');

  await openSection(page, SECTION.ratios);
  const ratios = page.getByRole('list', { name: 'The three ratios the unit names' });
  await expect(ratios).toContainText('12 / 200 = 6.0 %, 1 in 16.7');
  await expect(ratios).toContainText('12 / 80 = 15.0 %, 1 in 6.7');
  await expect(ratios).toContainText('12 / 24 = 50.0 %, 1 in 2');
  await expect(page.getByText('The lowest stage-to-stage conversion is Prospect → Discovery call')).toBeVisible();
  await typeInto(page.getByLabel('What you will do about the bottleneck'), 'Book discovery calls in a joint diary on the first call.');
  await typeInto(page.getByLabel('How you use conversion rates when prospecting (L3C1 1.3)'), 'Lead to customer sets my weekly lead target.');

  await openSection(page, SECTION.target);
  await typeInto(page.getByLabel('Target: new customers'), '15');
  await typeInto(page.getByLabel('Average deal value (£)'), '5000');
  // Sales velocity's four figures, each typed with its source.
  await typeInto(page.getByLabel('Opportunities in your pipeline', { exact: true }), '3');
  await typeInto(page.getByLabel('Source of the opportunities in your pipeline'), 'CRM open deals today');
  await typeInto(page.getByLabel('Average value of a won deal (£)', { exact: true }), '5000');
  await typeInto(page.getByLabel('Win rate (%)', { exact: true }), '15');
  await typeInto(page.getByLabel('Sales cycle length (days)', { exact: true }), '60');
  await typeInto(page.getByLabel('Source of the sales cycle length'), 'CRM average days to close');
  await expect(page.getByText('3 opportunities × £5,000 average deal value × 15.0 % win rate ÷ 60 days = £37.50 a day', { exact: false })).toBeVisible();
  await typeInto(page.getByLabel('Hours a month you have for prospects'), '30');
  await expect(page.getByRole('table', { name: 'Numbers needed at each stage to reach the target' })).toContainText(
    '15 customers ÷ 6.0 % (12 / 200) = 250',
  );

  // The BANT criteria count only once the learner confirms them.
  await openSection(page, SECTION.criteria);
  await page.getByLabel('These are the criteria I use to evaluate my prospects').check();

  await fillProspects(page, [
    { name: 'Ørsted Farm Shop', value: '12000', scores: ['4', '3', '5', '2'], hours: '8', contact: 'Weekly', action: 'Send the proposal to the owner' },
    { name: 'Brennan Builders', value: '3000', scores: ['1', '2', '3', '1'], hours: '2', contact: 'Monthly', action: 'Qualifying call about budget' },
    { name: 'Marsh Dental', value: '7000', scores: ['3', '3', '4', '4'], hours: '5', contact: 'Every two', action: 'Demo for the practice manager' },
  ]);
  const priorities = page.getByRole('table', { name: 'Prospects in priority order' });
  // Ørsted: £12,000 × (4+3+5+2)/20 = 70 % → £8,400 ranks first.
  await expect(priorities.getByRole('row').nth(1)).toContainText('Ørsted Farm Shop');
  await expect(priorities.getByRole('row').nth(1)).toContainText('£8,400');

  await openSection(page, SECTION.prospects);
  await progress(page, 1, [
    { stage: 'Lead', date: '2026-08-01' },
    { stage: 'Prospect', date: '2026-08-20' },
    { stage: 'Discovery', date: '2026-09-10' },
  ]);
  await progress(page, 3, [
    { stage: 'Lead', date: '2026-08-05' },
    { stage: 'Prospect', date: '2026-08-25' },
    { stage: 'Proposal', date: '2026-09-15' },
  ]);

  await recordReview(page, '2026-08-03', 'First review with my manager');
  // The second review is drafted first; the draft waits while the learner re-scores in another section.
  await draftReview(page, '2026-08-31', 'Second review: Brennan need confirmed');
  await openSection(page, SECTION.scores);
  await chooseByKeyboard(scoresOf(page, 2).getByLabel('Need (0–5)'), '5');
  await openSection(page, SECTION.reviews);
  await expect(page.getByLabel('Review date')).toHaveValue('2026-08-31');
  await expect(page.getByLabel('Review note')).toHaveValue('Second review: Brennan need confirmed');
  await recordDraft(page);
  await openSection(page, SECTION.scores);
  await chooseByKeyboard(scoresOf(page, 1).getByLabel('Authority (0–5)'), '5');
  await recordReview(page, '2026-09-28', 'Third review: owner is the decision maker');
  await expect(page.locator('.progress-bar__count')).toContainText('7 of 7 checks met');
  await expect(page.getByRole('table', { name: 'Likelihood of conversion of each prospect at each review' })).toContainText('28 September 2026');

  await page.reload();
  await openAllSections(page);
  await expect(page.getByLabel('Organisation')).toHaveValue('Nguyễn Print Ltd');
  await expect(stage(page, 3).getByLabel('Stage name')).toHaveValue('Discovery call');
  await expect(stage(page, 6).getByLabel('Count in the period')).toHaveValue('12');
  await expect(scoresOf(page, 1).getByLabel('Authority (0–5)')).toHaveValue('5');
  await expect(effortOf(page, 3).getByLabel('Next action', { exact: true })).toHaveValue('Demo for the practice manager');
  await expect(page.getByRole('group', { name: 'Review 3' }).getByLabel('Note')).toHaveValue('Third review: owner is the decision maker');
  await expect(page.locator('.progress-bar__count')).toContainText('7 of 7 checks met');

  const downloadPromise = page.waitForEvent('download');
  await pressExport(page);
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Zoe-Lukasiewicz_L3C5_Pipeline-conversion-calculator.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain('Page 1 of');
  expect(text).toContain(`Page ${pages} of ${pages}`);
  for (const expected of [
    'Zoë Łukasiewicz', 'ISP-00777', 'Café Sales Academy', 'José Álvarez', 'Nguyễn Print Ltd', 'Pipedrive CRM',
    '1 July 2026 to 30 September 2026', 'Sales Pipeline Management',
    'Calculate current conversion ratios for different stages of the sales pipeline process',
    'Prioritise time and effort for each prospect based on the likelihood of conversion to customer',
    '12 / 80 = 15.0 %, 1 in 6.7', '12 / 200 = 6.0 %, 1 in 16.7', '12 / 24 = 50.0 %, 1 in 2',
    'Prospect → Discovery call', 'Book discovery calls in a joint diary on the first call.',
    'Lead to customer sets my weekly lead target.', '15 customers ÷ 6.0 % (12 / 200) = 250',
    'Weighted pipeline value', 'Sales velocity', 'Ørsted Farm Shop', 'Brennan Builders', 'Marsh Dental',
    'Send the proposal to the owner', 'Every two weeks', '3 August 2026', '31 August 2026', '28 September 2026',
    'Third review: owner is the decision maker', 'Likelihood of conversion at each review', '10 September 2026: Discovery call',
    'Declaration', '7 of 7 checks met.',
  ]) {
    expect(flat).toContain(expected);
  }
  expect(flat).not.toMatch(/NaN|Infinity|undefined/);
});

test('bad input gets a plain message at the field and ratios say why they cannot be calculated', async ({ page }) => {
  await startBlank(page);
  await openSection(page, SECTION.counts);
  await typeInto(stage(page, 1).getByLabel('Count in the period'), '-5');
  // Quiet while typing; the message comes when the learner leaves the box.
  await expect(stage(page, 1)).not.toContainText('A count cannot be negative');
  await page.keyboard.press('Tab');
  await expect(stage(page, 1)).toContainText('A count cannot be negative (you entered -5).');
  await typeInto(stage(page, 1).getByLabel('Count in the period'), '2.5');
  await page.keyboard.press('Tab');
  await expect(stage(page, 1)).toContainText('A count must be a whole number (you entered 2.5).');
  await typeInto(stage(page, 1).getByLabel('Count in the period'), '0');
  for (const [i, count] of ['0', '0', '0', '0', '0'].entries()) await typeInto(stage(page, i + 2).getByLabel('Count in the period'), count);
  await openSection(page, SECTION.ratios);
  const ratios = page.getByRole('list', { name: 'The three ratios the unit names' });
  await expect(ratios).toContainText('There were no Lead in the period, so there is nothing to divide by');
  await openSection(page, SECTION.counts);
  await typeInto(stage(page, 1).getByLabel('Count in the period'), '10');
  await typeInto(stage(page, 2).getByLabel('Count in the period'), '20');
  await page.keyboard.press('Tab');
  await expect(stage(page, 2)).toContainText('This is more than Lead (10).');
  await openSection(page, SECTION.ratios);
  await expect(page.getByRole('table', { name: 'Every stage: conversion to the next stage and to customer' })).toContainText(
    'Cannot be calculated: Prospect (20) is more than Lead (10)',
  );
  await openSection(page, SECTION.criteria);
  for (const n of [1, 2, 3, 4]) await typeInto(page.getByRole('group', { name: `Criterion ${n}` }).getByLabel('Weight'), '0');
  await expect(page.getByRole('region', { name: /Criteria for evaluating/ }).getByRole('status')).toHaveText(
    /The weights add up to 0, so no prospect can be scored/,
  );
  await openAllSections(page);
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);
  // Nothing typed is lost: the bad values come back after a reload.
  await page.reload();
  await expect(stage(page, 2).getByLabel('Count in the period')).toHaveValue('20');
  // A new visit starts quiet; Check my work shows the stored problem and links to it.
  await page.getByRole('button', { name: 'Check my work' }).click();
  await expect(stage(page, 2)).toContainText('This is more than Lead (10).');
  await page.locator('.error-summary').getByRole('link', { name: /Stage 2: Count in the period: This is more than Lead/ }).click();
  await expect(stage(page, 2).getByLabel('Count in the period')).toBeFocused();
});

test('stages can be renamed, reordered, added and removed, and the named ratios follow them', async ({ page }) => {
  await startBlank(page);
  await openSection(page, SECTION.counts);
  for (const [i, count] of COUNTS.entries()) await typeInto(stage(page, i + 1).getByLabel('Count in the period'), count);
  await pressButton(page, 'Add a stage');
  await typeInto(stage(page, 7).getByLabel('Stage name'), 'Referral');
  await typeInto(stage(page, 7).getByLabel('Count in the period'), '500');
  for (let position = 7; position > 1; position -= 1) {
    await pressButton(page, 'Move Referral up');
    await expect(stage(page, position - 1).getByLabel('Stage name')).toHaveValue('Referral');
  }
  await expect(stage(page, 1).getByLabel('Stage name')).toHaveValue('Referral');
  await openSection(page, SECTION.ratios);
  await expect(page.getByRole('list', { name: 'The three ratios the unit names' })).toContainText('12 / 200 = 6.0 %, 1 in 16.7');
  await chooseByKeyboard(page.getByLabel('Your lead stage'), 'Referral');
  await expect(page.getByRole('list', { name: 'The three ratios the unit names' })).toContainText('12 / 500 = 2.4 %, 1 in 41.7');
  await openSection(page, SECTION.counts);
  page.once('dialog', (dialog) => void dialog.accept());
  await pressButton(page, 'Remove Proposal');
  await openSection(page, SECTION.ratios);
  await expect(page.getByRole('list', { name: 'The three ratios the unit names' })).toContainText('Choose which of your stages is your proposal stage.');
});

test('a blank pipeline opens on its task list; the counts section changes status once filled, and Next leads on by keyboard', async ({ page }) => {
  await startBlank(page);
  await expect(page.getByRole('heading', { name: 'Sections', exact: true })).toBeVisible();
  const titles = Object.values(SECTION);
  // Nothing is checked in the target section; a new pipeline's BANT criteria wait for the learner to confirm them.
  const blankStatus = (title: string) =>
    title === SECTION.target ? 'Optional' : 'Not yet started';
  for (const [i, title] of titles.entries()) await expect(taskLink(page, i + 1, title)).toHaveAccessibleDescription(blankStatus(title));
  await expect(page.getByRole('link', { name: `Start: ${SECTION.counts}` })).toBeVisible();

  await page.getByRole('link', { name: `Start: ${SECTION.counts}` }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`section 1 of 8${SECTION.counts}`);
  await page.getByLabel('Period starts').fill('2026-07-01');
  await page.getByLabel('Period ends').fill('2026-09-30');
  for (const [i, count] of COUNTS.entries()) await typeInto(stage(page, i + 1).getByLabel('Count in the period'), count);

  await openTaskList(page);
  // The period and the counts meet their own rule and the three ratios; the bottleneck still needs an action.
  await expect(taskLink(page, 1, SECTION.counts)).toHaveAccessibleDescription('In progress (2 of 3 checks met)');
  await expect(taskLink(page, 2, SECTION.ratios)).toHaveAccessibleDescription('In progress (1 of 2 checks met)');
  await expect(page.locator('.progress-bar__count')).toContainText('2 of 7 checks met');

  await openSection(page, SECTION.counts);
  await expect(stage(page, 6).getByLabel('Count in the period')).toHaveValue('12');
  const sectionNav = page.getByRole('navigation', { name: 'Sections' });
  const next = sectionNav.getByRole('link', { name: `Next: ${SECTION.ratios}` });
  // From the section's last control, the keyboard reaches the task list link, then Next.
  await page.getByRole('button', { name: 'Add a stage' }).focus();
  await page.keyboard.press('Tab');
  await expect(sectionNav.getByRole('link', { name: 'Task list' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText(`section 2 of 8${SECTION.ratios}`);
  await expect(heading).toBeFocused();
  await expect(page.getByRole('list', { name: 'The three ratios the unit names' })).toContainText('12 / 200 = 6.0 %, 1 in 16.7');
});

test('the worked example opens in one click, meets every rule and passes an accessibility check', async ({ page }) => {
  // The check runs over every section on one page, which takes a minute on a shared machine.
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the worked example of the Pipeline conversion calculator' }).click();
  await expect(page.locator('.progress-bar__count')).toContainText('7 of 7 checks met');
  await openSection(page, SECTION.counts);
  await expect(page.getByLabel('Organisation')).toHaveValue(/Northpoint/);
  await openSection(page, SECTION.ratios);
  await expect(page.getByText('The lowest stage-to-stage conversion is Prospect → Meeting')).toBeVisible();
  await openAllSections(page);
  await expect(page.locator('.progress-bar__count')).toContainText('7 of 7 checks met');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
