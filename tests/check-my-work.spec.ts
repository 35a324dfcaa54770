import { expect, test, type Page } from '@playwright/test';
import { openTaskList, pressButton, readPdf, words } from './helpers';

/**
 * The task-list shell as a new learner meets it, for every worksheet: a blank document shows no
 * error before anything is typed; "Check my work" shows the GOV.UK error summary, whose link takes
 * the learner to the field; filling the section changes its status on the task list; Export is in
 * view without scrolling; every section is reached by keyboard.
 */

const WORKSHEETS = [
  'PESTLE builder',
  'Customer profile builder',
  'Pipeline conversion calculator',
  'SMART objective writer',
  'Weighted decision matrix',
  'Stress baseline tracker',
  'Communication plan',
  'Objection preparation',
  'Negotiation plan',
  'Meeting preparation',
  'Sales activity plan and budget',
  'Relationship log',
  'Sales information analysis',
  'Witness testimony',
];

const ANSWER = 'Northwind Traders, our regional office: a worked answer long enough to explain what happened and why it matters to sales.';

/** Fills every empty field of the page's worksheet as a hurried learner would: text, numbers, dates, a choice. */
async function fillEveryEmptyField(page: Page) {
  const fields = page.locator('.worksheet-page').locator('input:not([type=hidden]):not([type=checkbox]):not([disabled]), textarea, select');
  let day = 1;
  for (const field of await fields.all()) {
    if (!(await field.isVisible()) || (await field.evaluate((el) => el.closest('[data-draft]') !== null))) continue;
    const kind = await field.evaluate((el) => (el instanceof HTMLSelectElement ? 'select' : (el as HTMLInputElement).type || 'text'));
    if (kind === 'radio') {
      const name = await field.getAttribute('name');
      if (await page.locator(`input[type=radio][name="${name}"]:checked`).count()) continue;
      await field.check();
    } else if (kind === 'select') {
      if (await field.inputValue()) continue;
      const values = await field.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
      if (values[0]) await field.selectOption(values[0]);
    } else if ((await field.inputValue()) === '') {
      const mode = await field.getAttribute('inputmode');
      if (kind === 'date') await field.fill(`2026-10-${String(day++).padStart(2, '0')}`);
      else if (kind === 'number' || mode === 'decimal' || mode === 'numeric') await field.fill('3');
      else await field.fill(ANSWER);
    }
  }
}

for (const title of WORKSHEETS) {
  test(`${title}: quiet until checked, the error summary leads to the field, and the task list follows the work`, async ({ page }) => {
    await page.goto('/');
    await pressButton(page, `Start a new ${title}`);
    await openTaskList(page);
    const exportButton = page.getByRole('button', { name: 'Export PDF for my portfolio' });
    await expect(exportButton).toBeInViewport();

    // Every section, reached by keyboard from the first with Next: no message before typing.
    const taskLinks = page.getByRole('list').getByRole('link').filter({ hasText: /^\d+\. / });
    const count = await taskLinks.count();
    const firstStatus = await page.locator('.task-list__item').first().locator('.task-list__status').innerText();
    await taskLinks.first().focus();
    await page.keyboard.press('Enter');
    for (let n = 1; n <= count; n += 1) {
      await expect(page.getByRole('heading', { level: 1 })).toContainText(`section ${n} of ${count}`);
      await expect(page.locator('.field__error')).toHaveCount(0);
      await expect(page.locator('[aria-invalid=true]')).toHaveCount(0);
      // Calculations waiting for input say so in neutral words, not as an error per box.
      await expect(page.locator('.worksheet-page')).not.toContainText('Cannot be calculated');
      await expect(exportButton).toBeInViewport();
      if (n < count) {
        await page.getByRole('link', { name: /^Next/ }).focus();
        await page.keyboard.press('Enter');
      }
    }

    // Back to section 1: Check my work lists what is missing and takes the learner to it.
    await openTaskList(page);
    await taskLinks.first().click();
    await page.getByRole('button', { name: 'Check my work' }).click();
    const summary = page.locator('.error-summary');
    await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await expect(summary).toBeFocused();
    await summary.getByRole('link').first().focus();
    await page.keyboard.press('Enter');
    const focused = page.locator('.worksheet-page :focus');
    await expect(focused).toHaveCount(1);
    expect(await focused.evaluate((el) => ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))).toBe(true);

    // Filling the section changes its status on the task list (twice: a choice can bring more fields).
    await fillEveryEmptyField(page);
    await fillEveryEmptyField(page);
    await openTaskList(page);
    await expect(page.locator('.task-list__item').first().locator('.task-list__status')).not.toHaveText(firstStatus);
  });
}

test('a learner with no name is asked for it before the first PDF, and it is on the PDF', async ({ page }) => {
  await page.goto('/');
  await pressButton(page, 'Start a new PESTLE builder');
  await openTaskList(page);
  const bar = page.getByRole('region', { name: 'Progress and export' });
  await bar.getByRole('button', { name: 'Export PDF for my portfolio' }).press('Enter');
  const name = bar.getByLabel('Your full name');
  await expect(name).toBeFocused();
  // No name given: the prompt says what to do, and no file is made.
  await bar.getByRole('button', { name: 'Save my name and export' }).press('Enter');
  await expect(bar.getByText('Enter your name, or export without it.')).toBeVisible();
  await name.fill('Zoë Łukasiewicz');
  const download = page.waitForEvent('download');
  await name.press('Enter');
  const { text } = await readPdf(await download);
  expect(words(text)).toContain('Zoë Łukasiewicz');
  await expect(bar.getByRole('status')).toContainText('Your PDF has been downloaded.');
  await expect(bar.getByRole('status')).not.toContainText('name is missing');
  // Kept under My details, and not asked again.
  await page.goto('/my-details');
  await expect(page.getByLabel('Your full name')).toHaveValue('Zoë Łukasiewicz');
});

test('a learner can click "Export without my name" straight from the name box', async ({ page }) => {
  await page.goto('/');
  await pressButton(page, 'Start a new PESTLE builder');
  const bar = page.getByRole('region', { name: 'Progress and export' });
  await bar.getByRole('button', { name: 'Export PDF for my portfolio' }).click();
  await expect(bar.getByLabel('Your full name')).toBeFocused();
  // The mouse press leaves the box first: nothing may move the button out from under it.
  const download = page.waitForEvent('download');
  await bar.getByRole('button', { name: 'Export without my name' }).click();
  await download;
  await expect(bar.getByRole('status')).toContainText('Your PDF has been downloaded.');
});

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  /** Every page the address bar can reach from here: the shell's pages, and each worked example's task list, sections and review. */
  async function expectNoSidewaysScroll(page: Page, path: string) {
    await page.goto(path);
    await page.locator('h1').first().waitFor();
    // Charts and lazy sections settle first.
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect.soft(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(360);
  }

  test('no page of the shell scrolls sideways, the class demo included', async ({ page }) => {
    for (const path of ['/', '/units', '/portfolio', '/my-details', '/backup', '/open', '/demo', '/no-such-page']) await expectNoSidewaysScroll(page, path);
  });

  // The worked examples are shared out between a few tests, so each stays well inside its time as tools are added.
  for (const part of [0, 1, 2]) {
    test(`no section of the worked examples in the class demo scrolls sideways (part ${part + 1} of 3)`, async ({ page }) => {
      test.setTimeout(300_000);
      await page.goto('/demo');
      // The demo's list loads lazily: collect its links once they are there.
      await expect(page.getByRole('link', { name: /^Open the worked example of the / }).first()).toBeVisible();
      const demos = await page.locator('a[href^="/demo/"]').evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute('href')!))]);
      expect(demos.length).toBeGreaterThanOrEqual(WORKSHEETS.length);
      for (const demo of demos.filter((_, index) => index % 3 === part)) {
        await expectNoSidewaysScroll(page, demo);
        const sections = await page.locator('.task-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
        for (const section of [...sections, `${demo}/review`]) await expectNoSidewaysScroll(page, section);
      }
    });
  }
});
