import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chooseByKeyboard, pressButton, readPdf, typeInto, words, enterLearnerDetails } from './helpers';

const COUNTS = ['200', '80', '30', '24', '16', '12'];

async function startBlank(page: Page) {
  await page.goto('/');
  await pressButton(page, 'Start a new Pipeline conversion calculator');
  await expect(page.getByRole('heading', { level: 1, name: 'Pipeline conversion calculator' })).toBeVisible();
}

const stage = (page: Page, n: number) => page.getByRole('group', { name: `Stage ${n}`, exact: true });
const prospect = (page: Page, n: number) => page.getByRole('group', { name: `Prospect ${n}`, exact: true });

type ProspectInput = { name: string; value: string; scores: [string, string, string, string]; hours: string; contact: string; action: string };

async function fillProspect(page: Page, n: number, input: ProspectInput) {
  const group = prospect(page, n);
  await typeInto(group.getByLabel('Prospect name'), input.name);
  await typeInto(group.getByLabel('Deal value (£)'), input.value);
  for (const [i, criterion] of ['Budget', 'Authority', 'Need', 'Timeline'].entries()) {
    await chooseByKeyboard(group.getByLabel(`${criterion} (0–5)`), input.scores[i]!);
  }
  await typeInto(group.getByLabel('Planned hours a month'), input.hours);
  await chooseByKeyboard(group.getByLabel('Contact frequency'), input.contact);
  await typeInto(group.getByLabel('Next action', { exact: true }), input.action);
}

async function recordReview(page: Page, date: string, note: string) {
  await page.getByLabel('Review date').fill(date);
  await typeInto(page.getByLabel('Review note'), note);
  await pressButton(page, 'Record this review of all prospects');
  await expect(page.getByRole('status').filter({ hasText: 'recorded for' })).toBeVisible();
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
  await expect(page.getByText('1 of 7 met')).toBeVisible();
  await typeInto(page.getByLabel('Organisation'), 'Nguyễn Print Ltd');
  await typeInto(page.getByLabel('System you track prospects in'), 'Pipedrive CRM');
  await page.getByLabel('Period starts').fill('2026-07-01');
  await page.getByLabel('Period ends').fill('2026-09-30');

  for (const [i, count] of COUNTS.entries()) await typeInto(stage(page, i + 1).getByLabel('Count in the period'), count);
  await typeInto(stage(page, 3).getByLabel('Stage name'), 'Discovery call');

  const ratios = page.getByRole('list', { name: 'The three ratios the unit names' });
  await expect(ratios).toContainText('12 / 200 = 6.0 %, 1 in 16.7');
  await expect(ratios).toContainText('12 / 80 = 15.0 %, 1 in 6.7');
  await expect(ratios).toContainText('12 / 24 = 50.0 %, 1 in 2');
  await expect(page.getByText('The lowest stage-to-stage conversion is Prospect → Discovery call')).toBeVisible();
  await typeInto(page.getByLabel('What you will do about the bottleneck'), 'Book discovery calls in a joint diary on the first call.');
  await typeInto(page.getByLabel('How you use conversion rates when prospecting (L3C1 1.3)'), 'Lead to customer sets my weekly lead target.');

  await typeInto(page.getByLabel('Target: new customers'), '15');
  await typeInto(page.getByLabel('Average deal value (£)'), '5000');
  await typeInto(page.getByLabel('Average sales cycle (days)'), '60');
  await typeInto(page.getByLabel('Hours a month you have for prospects'), '30');
  await expect(page.getByRole('table', { name: 'Numbers needed at each stage to reach the target' })).toContainText(
    '15 customers ÷ 6.0 % (12 / 200) = 250',
  );

  const prospects: ProspectInput[] = [
    { name: 'Ørsted Farm Shop', value: '12000', scores: ['4', '3', '5', '2'], hours: '8', contact: 'Weekly', action: 'Send the proposal to the owner' },
    { name: 'Brennan Builders', value: '3000', scores: ['1', '2', '3', '1'], hours: '2', contact: 'Monthly', action: 'Qualifying call about budget' },
    { name: 'Marsh Dental', value: '7000', scores: ['3', '3', '4', '4'], hours: '5', contact: 'Every two', action: 'Demo for the practice manager' },
  ];
  for (const [i, input] of prospects.entries()) {
    await pressButton(page, 'Add a prospect');
    await fillProspect(page, i + 1, input);
  }
  const priorities = page.getByRole('table', { name: 'Prospects in priority order' });
  // Ørsted: £12,000 × (4+3+5+2)/20 = 70 % → £8,400 ranks first.
  await expect(priorities.getByRole('row').nth(1)).toContainText('Ørsted Farm Shop');
  await expect(priorities.getByRole('row').nth(1)).toContainText('£8,400');

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
  await chooseByKeyboard(prospect(page, 2).getByLabel('Need (0–5)'), '5');
  await recordReview(page, '2026-08-31', 'Second review: Brennan need confirmed');
  await chooseByKeyboard(prospect(page, 1).getByLabel('Authority (0–5)'), '5');
  await recordReview(page, '2026-09-28', 'Third review: owner is the decision maker');
  await expect(page.getByText('7 of 7 met')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Likelihood of conversion of each prospect at each review' })).toContainText('28 September 2026');

  await page.reload();
  await expect(page.getByLabel('Organisation')).toHaveValue('Nguyễn Print Ltd');
  await expect(stage(page, 3).getByLabel('Stage name')).toHaveValue('Discovery call');
  await expect(stage(page, 6).getByLabel('Count in the period')).toHaveValue('12');
  await expect(prospect(page, 1).getByLabel('Authority (0–5)')).toHaveValue('5');
  await expect(prospect(page, 3).getByLabel('Next action', { exact: true })).toHaveValue('Demo for the practice manager');
  await expect(page.getByRole('group', { name: 'Review 3' }).getByLabel('Note')).toHaveValue('Third review: owner is the decision maker');
  await expect(page.getByText('7 of 7 met')).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
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
  const ratios = page.getByRole('list', { name: 'The three ratios the unit names' });
  await typeInto(stage(page, 1).getByLabel('Count in the period'), '-5');
  await expect(stage(page, 1)).toContainText('A count cannot be negative (you entered -5).');
  await typeInto(stage(page, 1).getByLabel('Count in the period'), '2.5');
  await expect(stage(page, 1)).toContainText('A count must be a whole number (you entered 2.5).');
  await typeInto(stage(page, 1).getByLabel('Count in the period'), '0');
  for (const [i, count] of ['0', '0', '0', '0', '0'].entries()) await typeInto(stage(page, i + 2).getByLabel('Count in the period'), count);
  await expect(ratios).toContainText('There were no Lead in the period, so there is nothing to divide by');
  await typeInto(stage(page, 1).getByLabel('Count in the period'), '10');
  await typeInto(stage(page, 2).getByLabel('Count in the period'), '20');
  await expect(stage(page, 2)).toContainText('This is more than Lead (10).');
  await expect(page.getByRole('table', { name: 'Every stage: conversion to the next stage and to customer' })).toContainText(
    'Cannot be calculated: Prospect (20) is more than Lead (10)',
  );
  for (const n of [1, 2, 3, 4]) await typeInto(page.getByRole('group', { name: `Criterion ${n}` }).getByLabel('Weight'), '0');
  await expect(page.getByRole('region', { name: /Criteria for evaluating/ }).getByRole('status')).toHaveText(
    /The weights add up to 0, so no prospect can be scored/,
  );
  await expect(page.locator('main')).not.toContainText(/NaN|Infinity|undefined/);
  // Nothing typed is lost: the bad values come back after a reload.
  await page.reload();
  await expect(stage(page, 2).getByLabel('Count in the period')).toHaveValue('20');
  await expect(stage(page, 2)).toContainText('This is more than Lead (10).');
});

test('stages can be renamed, reordered, added and removed, and the named ratios follow them', async ({ page }) => {
  await startBlank(page);
  for (const [i, count] of COUNTS.entries()) await typeInto(stage(page, i + 1).getByLabel('Count in the period'), count);
  await pressButton(page, 'Add a stage');
  await typeInto(stage(page, 7).getByLabel('Stage name'), 'Referral');
  await typeInto(stage(page, 7).getByLabel('Count in the period'), '500');
  for (let position = 7; position > 1; position -= 1) {
    await pressButton(page, 'Move Referral up');
    await expect(stage(page, position - 1).getByLabel('Stage name')).toHaveValue('Referral');
  }
  await expect(stage(page, 1).getByLabel('Stage name')).toHaveValue('Referral');
  await expect(page.getByRole('list', { name: 'The three ratios the unit names' })).toContainText('12 / 200 = 6.0 %, 1 in 16.7');
  await chooseByKeyboard(page.getByLabel('Your lead stage'), 'Referral');
  await expect(page.getByRole('list', { name: 'The three ratios the unit names' })).toContainText('12 / 500 = 2.4 %, 1 in 41.7');
  page.once('dialog', (dialog) => void dialog.accept());
  await pressButton(page, 'Remove Proposal');
  await expect(page.getByRole('list', { name: 'The three ratios the unit names' })).toContainText('Choose which of your stages is your proposal stage.');
});

test('the worked example opens in one click, meets every rule and passes an accessibility check', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the worked example of the Pipeline conversion calculator' }).click();
  await expect(page.getByLabel('Organisation')).toHaveValue(/Northpoint/);
  await expect(page.getByText('7 of 7 met')).toBeVisible();
  await expect(page.getByText('The lowest stage-to-stage conversion is Prospect → Meeting')).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
});
