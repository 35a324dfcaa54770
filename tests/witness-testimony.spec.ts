import { expect, test } from '@playwright/test';
import {
  chooseByKeyboard,
  enterLearnerDetails,
  expectAccessible,
  nextSection,
  openAllSections,
  openTaskList,
  openWorkedExample,
  pressButton,
  readPdf,
  taskListRow,
  typeInto,
  words,
} from './helpers';

const SECTIONS = ['The unit and the criteria observed', 'About the witness', 'When and where they saw it', 'What the witness saw', 'Declaration and assessor’s decision'];
const AC_22 = 'AC 2.2 Conduct sales negotiations with customers';
const AC_33 = 'AC 3.3 Close the sale with customers';
const ACCOUNT_22 = 'Priya kept the renewal meeting on its agenda and asked about all four sites before talking price.';
const ACCOUNT_33 = 'She summarised the terms, asked Mrs Okafor if she was happy to go ahead, and the order was signed there and then.';

test('a learner fills a witness testimony from empty by keyboard, reloads, and exports a PDF with all of it', async ({ page }) => {
  test.slow();
  await enterLearnerDetails(page, { name: 'Priya Ševčík', learnerNumber: 'ISP-00912', assessor: 'José Álvarez' });
  await page.goto('/');
  await pressButton(page, 'Start a new Witness testimony');
  await expect(page.getByRole('heading', { level: 1, name: 'Witness testimony' })).toBeVisible();
  const count = page.locator('.progress-bar__count');
  await expect(count).toContainText('0 of 7 checks met');
  for (const title of SECTIONS.slice(0, 4)) await expect(taskListRow(page, SECTIONS, title)).toContainText('Not yet started');
  // The signatures are made on paper: nothing there blocks "complete".
  await expect(taskListRow(page, SECTIONS, SECTIONS[4]!)).toContainText('Optional');

  // The unit, then two of its AC, ticked by keyboard.
  await page.getByRole('link', { name: `Start: ${SECTIONS[0]}` }).click();
  await chooseByKeyboard(page.getByLabel('Unit', { exact: true }), 'L3C3');
  await expect(page.getByRole('group', { name: 'LO2 Be able to plan and conduct sales negotiations with customers' })).toBeVisible();
  await expect(count).toContainText('1 of 7 checks met');
  for (const label of [AC_33, AC_22]) {
    await page.getByLabel(label).focus();
    await page.keyboard.press('Space');
  }
  await expect(count).toContainText('2 of 7 checks met');
  await openTaskList(page);
  await expect(taskListRow(page, SECTIONS, SECTIONS[0]!)).toContainText('Completed');
  await page.getByRole('link', { name: `Start: ${SECTIONS[1]}` }).click();

  // The witness.
  await typeInto(page.getByLabel('Witness’s full name'), 'Gareth O’Neill');
  await typeInto(page.getByLabel('Their job role'), 'Area Sales Manager');
  await expect(count).toContainText('4 of 7 checks met');
  await chooseByKeyboard(page.getByLabel('Their relationship to you'), 'Line');
  await typeInto(page.getByLabel('How long they have known your work (optional)'), 'Three years');
  await expect(count).toContainText('5 of 7 checks met');

  // When and where.
  await nextSection(page, SECTIONS[2]!);
  await page.getByLabel('Date they saw it').fill('2026-10-14');
  await typeInto(page.getByLabel('The setting (optional)'), 'Renewal meeting at the customer’s office in Leeds');
  await expect(count).toContainText('6 of 7 checks met');

  // An account for each AC, labelled with the AC's wording, in the unit's order.
  await nextSection(page, SECTIONS[3]!);
  const accounts = page.getByRole('textbox');
  await expect(accounts.nth(0)).toHaveAccessibleName(`What the witness saw: ${AC_22}`);
  await expect(accounts.nth(1)).toHaveAccessibleName(`What the witness saw: ${AC_33}`);
  await typeInto(accounts.nth(0), ACCOUNT_22);
  await expect(count).toContainText('6 of 7 checks met');
  await typeInto(accounts.nth(1), ACCOUNT_33);
  await expect(count).toContainText('7 of 7 checks met');
  await openTaskList(page);
  for (const title of SECTIONS.slice(0, 4)) await expect(taskListRow(page, SECTIONS, title)).toContainText('Completed');

  // Everything is kept across a reload.
  await page.reload();
  await openAllSections(page);
  await expect(page.getByLabel('Unit', { exact: true })).toHaveValue('L3C3');
  await expect(page.getByRole('checkbox', { name: AC_22 })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: AC_33 })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'AC 2.4 Create a \'win-win\' situation during negotiations' })).not.toBeChecked();
  await expect(page.getByLabel('Their relationship to you')).toHaveValue('line-manager');
  await expect(page.getByRole('textbox', { name: `What the witness saw: ${AC_33}` })).toHaveValue(ACCOUNT_33);
  await expect(count).toContainText('7 of 7 checks met');

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toMatch(/^Priya-Sevcik_L3C3_Witness-testimony.*\.pdf$/);
  const { text, rawText, pages } = await readPdf(download);
  const flat = words(rawText);
  expect(text).toContain(`Page 1 of ${pages}`);
  for (const expected of [
    'Witness testimony',
    'Priya Ševčík',
    'Unit L3C3: Negotiate and Close Sales',
    'Learning outcome 2: Be able to plan and conduct sales negotiations with customers',
    'Learning outcome 3: Be able to close sales with customers',
    'Conduct sales negotiations with customers',
    'Close the sale with customers',
    'Gareth O’Neill',
    'Area Sales Manager',
    'Line manager',
    '14 October 2026',
    `What the witness saw: ${AC_22}`,
    ACCOUNT_22,
    `What the witness saw: ${AC_33}`,
    ACCOUNT_33,
    'Witness’s declaration (the toolkit’s wording; your centre may use its own)',
    'I confirm that this is a true account of what I observed the learner do',
    'Witness’s signature',
    'Assessor’s decision on this testimony',
    '7 of 7 checks the specification sets are met.',
  ]) {
    expect(flat).toContain(expected);
  }
  // Only the chosen AC are claimed.
  expect(flat).not.toContain('Use micro closes during sales negotiations');
});

test('the worked example opens in one click, passes an accessibility check and is listed against its units', async ({ page }) => {
  await openWorkedExample(page, 'Witness testimony', 4);
  // The task list names the unit chosen and its chosen AC, not every unit the form can serve.
  await expect(page.locator('.card__unit')).toHaveText(/^Unit L3C3: /);
  await page.getByText('Assessment criteria this document evidences').click();
  await expect(page.locator('details.criteria li').first()).toContainText('L3C3');
  await openAllSections(page);
  await expect(page.locator('.progress-bar__count')).toContainText('7 of 7 checks met');
  await expect(page.getByRole('complementary', { name: 'Good practice' }).first()).toContainText('beyond the specification');
  await expectAccessible(page);

  await page.goto('/units');
  await expect(page.getByRole('row', { name: /L3C3 Negotiate and Close Sales/ })).toContainText('Witness testimony');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('the worked example does not scroll sideways', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open the worked example of the Witness testimony' }).click();
    await openAllSections(page);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });
});
