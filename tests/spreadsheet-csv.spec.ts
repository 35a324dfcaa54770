import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import Papa from 'papaparse';
import { chooseByKeyboard, forEachWorkedExample, pressButton } from './helpers';

/** Opens "Tables for a spreadsheet", chooses a table by keyboard, downloads it and reads it back as a spreadsheet would. */
async function downloadTable(page: Page, tableTitle: string): Promise<{ fileName: string; rows: string[][] }> {
  const summary = page.getByText('Tables for a spreadsheet (CSV)');
  if (!(await page.getByLabel('Table', { exact: true }).isVisible())) {
    await summary.focus();
    await page.keyboard.press('Enter');
  }
  await chooseByKeyboard(page.getByLabel('Table', { exact: true }), tableTitle);
  const downloading = page.waitForEvent('download');
  await pressButton(page, 'Download this table as CSV');
  const download = await downloading;
  const path = await download.path();
  const text = readFileSync(path, 'utf8');
  expect(text.startsWith('\uFEFF'), 'starts with a byte order mark, so Excel reads UTF-8').toBe(true);
  const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true, delimiter: ',' });
  expect(parsed.errors).toEqual([]);
  await expect(page.getByRole('status').filter({ hasText: 'has been downloaded as' })).toBeVisible();
  // These are the untouched worked examples: each file says so first, and its name does too.
  const [notice, ...rows] = parsed.data;
  expect(notice).toEqual([expect.stringMatching(/^This is the toolkit’s worked example, unchanged\. It is not the learner’s own evidence/)]);
  expect(download.suggestedFilename()).toMatch(/^Worked-example_/);
  return { fileName: download.suggestedFilename(), rows };
}

test('the prospects, the decision matrix and the check-ins download as CSV files a spreadsheet reads', async ({ page }) => {
  const seen: string[] = [];
  await forEachWorkedExample(page, async (title) => {
    if (title === 'Pipeline conversion calculator') {
      const { fileName, rows } = await downloadTable(page, 'Prospects');
      expect(fileName).toMatch(/_Prospects\.csv$/);
      const [header, ...body] = rows;
      expect(header?.slice(0, 6)).toEqual(['Prospect', 'Stage', 'Deal value (£)', 'Likelihood of conversion (%)', 'Weighted value (£)', 'Priority rank']);
      // The worked example's top prospect, as its PDF shows it: £18,000 × 86.7 % = £15,600, ranked 1.
      expect(body.find((row) => row[0] === 'Kestrel Logistics')?.slice(1, 6)).toEqual(['Negotiation', '18000', '86.7', '15600', '1']);
      seen.push(title);
    }
    if (title === 'Weighted decision matrix') {
      const { rows } = await downloadTable(page, 'Decision matrix scores');
      expect(rows[0]?.at(-2)).toBe('Weighted score');
      const winner = rows.find((row) => row[0] === 'Price bands in the CRM');
      expect(winner?.slice(-2)).toEqual(['4.5', '1']);
      // Every score is a plain number a spreadsheet can add up.
      for (const row of rows.slice(1)) for (const cell of row.slice(1)) expect(cell).toMatch(/^\d+(\.\d+)?$/);
      seen.push(title);
    }
    if (title === 'Stress baseline tracker') {
      const { rows } = await downloadTable(page, 'Check-ins');
      const [header, ...body] = rows;
      expect(header?.slice(0, 4)).toEqual(['Date', 'Rating (0–10, higher is more stress)', 'Zone', 'Technique used']);
      // One row a day, in date order, as yyyy-mm-dd so a spreadsheet sees dates.
      const dates = body.map((row) => row[0] ?? '');
      expect(dates.length).toBeGreaterThanOrEqual(28);
      expect([...dates].sort()).toEqual(dates);
      for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      seen.push(title);
    }
    if (title === 'PESTLE builder') {
      // A worksheet without its own spreadsheet tables offers its PDF's tables.
      const { rows } = await downloadTable(page, 'Priorities');
      expect(rows[0]).toEqual(['Rank', 'Force', 'Heading', 'Opportunity or threat', 'Impact', 'Likelihood', 'Priority']);
      expect(rows.length).toBeGreaterThan(1);
      const results = await new AxeBuilder({ page }).include('.export-panel').analyze();
      expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
      seen.push(title);
    }
  });
  expect(seen.sort()).toEqual(['PESTLE builder', 'Pipeline conversion calculator', 'Stress baseline tracker', 'Weighted decision matrix']);
});
