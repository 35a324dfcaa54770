import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { enterLearnerDetails, makeDocumentsOwnWork, pressButton, readPdf, words } from './helpers';

const SHOTS = process.env.SHOTS_DIR;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test('a learner dates their work, reads the unit’s achievement log, downloads it as PDF and CSV, and finds it in the pack', async ({ page }) => {
  await enterLearnerDetails(page, { name: 'Zoë Nguyễn', learnerNumber: 'ISP-00777', centre: 'Łódź Sales Academy', assessor: 'José Álvarez' });
  await page.goto('/');
  await pressButton(page, 'Open the worked example of the PESTLE builder');
  await expect(page.getByRole('heading', { level: 1, name: 'PESTLE builder' })).toBeVisible();
  // The learner has since made it their own, so it is evidence.
  await makeDocumentsOwnWork(page);
  const documentUrl = page.url();

  // The completion date: the last change's date until the learner sets one; kept after a reload.
  const completed = page.getByLabel('Date completed');
  await expect(completed).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await completed.fill('2026-03-03');
  await expect(page.getByText('Clear it to go back to the date of your last change.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Date completed')).toHaveValue('2026-03-03');

  // From the Units page to the unit's log.
  await page.goto('/units');
  await page.getByRole('link', { name: 'Achievement log for L3B2' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /L3B2 Understand Organisations/ })).toBeVisible();
  await expect(page.getByText('3 of 7 assessment criteria achieved')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Learning outcome 2: Understand the context in which an organisation operates' })).toBeVisible();
  for (const code of ['2.1', '2.2', '2.3']) {
    const row = page.locator(`tr[data-ac="${code}"]`);
    await expect(row).toContainText('Yes');
    await expect(row.getByRole('link', { name: /^PESTLE builder: Worked example: Brightwave Home Energy/ })).toHaveAttribute('href', new URL(documentUrl).pathname);
    await expect(row).toContainText('3 March 2026');
  }
  await expect(page.locator('tr[data-ac="1.1"]')).toContainText('Not yet');
  await expect(page.locator('tr[data-ac="1.1"]')).toContainText('No evidence yet');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  await screenshot(page, 'unit-log-desktop');
  await page.setViewportSize({ width: 360, height: 780 });
  await screenshot(page, 'unit-log-phone');
  await page.setViewportSize({ width: 1366, height: 768 });

  // The PDF: each AC on its row with achieved, the location and the date, then the declarations.
  const pdfDownload = page.waitForEvent('download');
  await pressButton(page, 'Download the log as PDF');
  const pdf = await readPdf(await pdfDownload);
  const flat = words(pdf.rawText);
  for (const expected of ['Unit achievement log', 'Unit L3B2: Understand Organisations', 'Learning outcome 2: Understand the context in which an organisation operates', 'Learner declaration', 'Assessor declaration', 'Internal quality assurer: sampling', 'Zoë Nguyễn']) {
    expect(flat).toContain(expected);
  }
  const row21 = pdf.text.split('\n').find((line) => /^\s*2\.1\s/.test(line)) ?? '';
  expect(row21).toMatch(/2\.1\s+Describe the internal\s+Yes\s+PESTLE builder: Worked\s+3 March/);

  // The CSV, as a spreadsheet reads it.
  const csvDownload = page.waitForEvent('download');
  await pressButton(page, 'Download the log as CSV');
  const csvPath = await (await csvDownload).path();
  const csv = readFileSync(csvPath, 'utf8');
  expect(csv).toContain('Unit,Learning outcome,Learning outcome wording,AC,Assessment criterion,Achieved,Location of the evidence,Completion date,Assessor signature,Assessor date');
  expect(csv).toContain('L3B2,LO2,Understand the context in which an organisation operates,2.1,Describe the internal forces that impact on an organisation,Yes,PESTLE builder: Worked example: Brightwave Home Energy,2026-03-03,,');
  expect(csv).toContain('L3B2,LO1,Understand the UK legal forms for organisations and operational functions,1.2,Explain the different operational functions within an organisation,Not yet,,,,');

  // The qualification log lists every unit.
  await page.getByRole('link', { name: 'The qualification achievement log: every unit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Qualification achievement log' })).toBeVisible();
  await expect(page.getByRole('row', { name: /L3B2 Understand Organisations/ })).toContainText('Started; 3 of 7 AC with complete evidence');
  await expect(page.getByRole('row', { name: /L3B4 Understand the Sales and Marketing Relationship/ })).toContainText('Optional unit not taken');
  await screenshot(page, 'qualification-log-desktop');

  // The portfolio pack carries the unit's log, its rows pointing at the pack's pages.
  await page.goto('/portfolio');
  const choices = page.getByRole('group', { name: 'Documents to include' });
  await choices.getByRole('checkbox', { name: /^Worked example.*PESTLE builder/ }).check();
  const packDownload = page.waitForEvent('download');
  await pressButton(page, 'Build and download the portfolio pack');
  const pack = await readPdf(await packDownload);
  const pages = Array.from({ length: pack.pages }, (_, index) => execFileSync('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), pack.path, '-']).toString());
  const pestleStart = pages.findIndex((text) => words(text).includes('COURSEWORK EVIDENCE PESTLE builder'));
  const pestleEnd = pages.findIndex((text, index) => index > pestleStart && words(text).includes('Declarations To be completed by the learner and the assessor')) - 1;
  expect(pestleStart).toBeGreaterThan(0);
  const logPage = pages.find((text) => words(text).includes('Unit achievement log Unit L3B2: Understand Organisations')) ?? '';
  const packRow = logPage.split('\n').find((line) => /^\s*2\.3\s/.test(line)) ?? '';
  expect(packRow).toMatch(/2\.3\s+Conduct a PESTLE\s+Yes\s+PESTLE builder: Worked\s+3 March/);
  expect(words(logPage)).toContain(`pages ${pestleStart + 1}–${pestleEnd + 1}`);
});
