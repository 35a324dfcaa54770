import { expect, test } from '@playwright/test';
import { enterLearnerDetails, makeDocumentsOwnWork, pageText, parseIndexRows, pressButton, readPdf, words } from './helpers';

/** L3C6's AC (spec lines 1438–1439): a unit served by its workbook alone. */
const L3C6_AC = ['1.1', '1.2', '2.1', '2.2'];

test('a unit workbook goes into the portfolio pack, and the evidence index maps each of its AC to the workbook’s pages', async ({ page }) => {
  test.setTimeout(180_000);
  await enterLearnerDetails(page, { name: 'Sam Okafor' });
  await page.goto('/workbooks/L3C6/example');
  await page.locator('.task-list a').first().waitFor();
  await page.goto('/');
  await pressButton(page, 'Open the worked example of the PESTLE builder');
  await page.locator('.task-list a').first().waitFor();
  // The learner has since made both their own, so they are evidence.
  await makeDocumentsOwnWork(page);

  await page.goto('/portfolio');
  const choices = page.getByRole('group', { name: 'Documents to include' });
  await expect(choices).toContainText('L3C6 workbook · Unit L3C6');
  for (const name of [/L3C6 workbook/, /PESTLE builder/]) {
    await choices.getByRole('checkbox', { name }).focus();
    await page.keyboard.press('Space');
  }
  await expect(page.getByText('2 of 2 documents chosen.')).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Build and download the portfolio pack');
  const { pages: total, path } = await readPdf(await downloadPromise);
  const pages = Array.from({ length: total }, (_, index) => pageText(path, index + 1));
  const flat = pages.map(words);

  // The cover's contents name it too: the index is the first page after the cover that says it.
  const indexStart = flat.findIndex((text, index) => index > 0 && text.includes('Evidence index'));
  expect(indexStart).toBeGreaterThan(0);
  const rows = parseIndexRows(pages.slice(indexStart, indexStart + 3).join('\n'));
  const l3c6 = rows.filter((row) => row.unit === 'L3C6');
  // Every AC of the unit is in the index, each once, pointing at the workbook.
  expect(l3c6.map((row) => row.ac)).toEqual(L3C6_AC);
  for (const row of l3c6) {
    expect(row.evidence).toMatch(/^L3C6 workbook/);
    const named = flat.slice(row.first - 1, row.last);
    expect(named.length).toBeGreaterThan(0);
    // The pages it names hold that AC's wording, and are the workbook's own pages.
    expect(named.join(' ')).toContain(`${row.ac} ${words(row.criterionStart)}`);
    for (const text of named) expect(text).toContain('L3C6 workbook · Unit L3C6');
  }
  // The PESTLE's AC point at the PESTLE, not at the workbook.
  const l3b2 = rows.filter((row) => row.unit === 'L3B2');
  expect(l3b2.length).toBeGreaterThan(0);
  for (const row of l3b2) expect(flat[row.first - 1]).toContain('PESTLE builder · Unit L3B2');
});
