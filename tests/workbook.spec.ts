import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { chooseByKeyboard, enterLearnerDetails, openSection, openTaskList, pressButton, readPdf, typeInto, words } from './helpers';

const LO1 = 'Understand customer decision making processes in relation to the sales cycle';
const LO2 = 'Understand how to respond to customers at each stage of the decision making process';
const AC = {
  '1.1': "Describe the factors that can influence an individual customer's decision making process",
  '1.2': 'Explain how the organisational (B2B) decision making process affects the sales cycle',
  '2.1': 'Describe how to respond to the differing needs of consumers',
  '2.2': 'Explain how to respond to the differing needs of organisational buyers',
};

const list = (page: Page, label: RegExp) => page.getByRole('group', { name: label });

async function axeClean(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
}

test('a learner answers a unit’s workbook by keyboard, links a worksheet document for a shared AC, and exports the PDF', async ({ page }) => {
  await enterLearnerDetails(page, { name: 'Jordan Ellis', learnerNumber: 'L-2044' });
  // A pipeline document of the learner's own: the pipeline can evidence L3C1 1.3.
  await page.goto('/');
  await pressButton(page, 'Start a new Pipeline conversion calculator');
  await expect(page.getByRole('button', { name: 'Export PDF for my portfolio' })).toBeVisible();

  // L3C6 has no interactive worksheet: its workbook opens from the Units page.
  await page.goto('/units');
  const row = page.getByRole('row', { name: /L3C6 Understand Customer Behaviours/ });
  await expect(row).toContainText('4 not started');
  await row.getByRole('link', { name: 'Open the L3C6 workbook' }).click();
  await openTaskList(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('L3C6 workbook');
  await axeClean(page);

  await openSection(page, LO1);
  await expect(page.getByRole('heading', { name: `AC 1.1 ${AC['1.1']}` })).toBeVisible();
  await expect(page.getByText('Describe: Give a detailed account')).toBeVisible();
  await typeInto(page.getByLabel('Your answer to AC 1.1'), 'Personal, psychological and social factors shape each stage of a consumer decision.');
  const factors = list(page, /^At least 3 factors that influence an individual consumer's decision/);
  await typeInto(factors.getByLabel('Entry 1'), 'Budget and life stage');
  await typeInto(factors.getByLabel('Entry 2'), 'Motivation such as back pain');
  // Short of the guidance's number: flagged, and the task list says so.
  await expect(factors.getByRole('status')).toHaveText('! 2 of 3 given: add 1 more.');
  await typeInto(factors.getByLabel('Entry 3'), 'Recommendations from colleagues');
  await expect(factors.getByRole('status')).toHaveText('✓ 3 of 3 given: the number the guidance asks for is met.');
  await typeInto(page.getByLabel('Your answer to AC 1.2'), 'A decision-making unit of several roles lengthens each stage of the B2B sales cycle.');
  await axeClean(page);

  await openSection(page, LO2);
  await typeInto(page.getByLabel('Your answer to AC 2.1'), 'Finance options for price-sensitive buyers; trials for those who need reassurance.');
  const ways = list(page, /^At least 3 ways to respond/);
  for (const [index, text] of ['Offer finance', 'Offer a trial', 'Offer fast delivery'].entries()) await typeInto(ways.getByLabel(`Entry ${index + 1}`), text);
  await typeInto(page.getByLabel('Your answer to AC 2.2'), 'Procurement wants a compliant quote; facilities want a plan; owners want speed.');
  const buyers = list(page, /^At least 3 types of organisational buyer/);
  for (const [index, text] of ['Procurement officer', 'Facilities manager'].entries()) await typeInto(buyers.getByLabel(`Entry ${index + 1}`), text);
  await expect(buyers.getByRole('status')).toContainText('2 of 3 given');
  await openTaskList(page);
  await expect(page.getByRole('listitem').filter({ hasText: LO2 })).toContainText('In progress');
  await openSection(page, LO2);
  await typeInto(buyers.getByLabel('Entry 3'), 'Small-business owner');
  await openTaskList(page);
  await expect(page.getByRole('listitem').filter({ hasText: LO2 })).toContainText('Completed');
  await expect(page.getByRole('region', { name: 'Progress and export' })).toContainText('7 of 7');

  // Reload: everything typed is still there.
  await page.reload();
  await openSection(page, LO1);
  // A finished AC opens folded to one line; Show brings back every answer.
  const ac11 = page.getByRole('region', { name: /^AC 1\.1 / });
  await expect(ac11).toContainText('Answered: Personal, psychological and social');
  await expect(ac11.getByLabel('Your answer to AC 1.1')).toBeHidden();
  await ac11.getByRole('button', { name: 'Show AC 1.1' }).click();
  await expect(page.getByLabel('Your answer to AC 1.1')).toHaveValue(/Personal, psychological and social/);
  await expect(list(page, /^At least 3 factors/).getByLabel('Entry 3')).toHaveValue('Recommendations from colleagues');

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
  const pdf = await readPdf(await downloadPromise);
  const text = words(pdf.text);
  for (const wording of [LO1, LO2, ...Object.values(AC)]) expect(text).toContain(wording);
  for (const answer of ['Personal, psychological and social factors shape each stage', 'Recommendations from colleagues', 'Small-business owner', 'Jordan Ellis']) {
    expect(text).toContain(answer);
  }
  expect(text).toContain('“at least three factors”');
  expect(pdf.text).toContain('Page 1 of');

  // The Units page counts the AC answered.
  await page.goto('/units');
  await expect(page.getByRole('row', { name: /L3C6 Understand Customer Behaviours/ })).toContainText('4 answered');
  // The SMART writer serves L3S1 and L3S3 too.
  await expect(page.getByRole('row', { name: /L3S1 Personal Motivation/ })).toContainText('SMART objective writer');
  await expect(page.getByRole('row', { name: /L3S3 Plan Professional Development/ })).toContainText('SMART objective writer');

  // L3C1 1.3 can be evidenced by the pipeline: the learner chooses their pipeline document, and is not asked twice.
  await page.getByRole('row', { name: /L3C1 Prospect for New Business/ }).getByRole('link', { name: 'Open the L3C1 workbook' }).click();
  await openSection(page, 'Understand how to prospect for new business');
  const criterion = page.getByRole('region', { name: /^AC 1\.3 / });
  await expect(criterion).toContainText('Can be evidenced by a worksheet: Pipeline conversion calculator');
  await chooseByKeyboard(criterion.getByLabel('How you evidence AC 1.3'), 'Pipeline');
  await expect(criterion).toContainText('Evidenced by your worksheet document');
  await expect(criterion.getByLabel('Your answer to AC 1.3')).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('region', { name: /^AC 1\.3 / }).getByLabel('How you evidence AC 1.3')).not.toHaveValue('');
  await axeClean(page);
  const l3c1Download = page.waitForEvent('download');
  await pressButton(page, 'Export PDF for my portfolio');
  const l3c1 = words((await readPdf(await l3c1Download)).text);
  expect(l3c1).toContain('Evidenced by Pipeline conversion calculator: “Pipeline conversion calculator”');
  await page.goto('/units');
  await expect(page.getByRole('row', { name: /L3C1 Prospect for New Business/ })).toContainText('1 evidenced by a worksheet');
});

test('a workbook’s worked example opens in one click from the home page and in the class demo', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'L3L1 Developing Relationships (worked example)' }).click();
  await openTaskList(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('L3L1 workbook');
  await expect(page.getByRole('region', { name: 'Progress and export' })).toContainText(/(\d+) of \1/);
  await page.goto('/demo');
  await expect(page.getByRole('link', { name: 'Open the worked example of the L3B1 workbook' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the worked example of the L3B5 workbook' })).toHaveCount(0);
});
