import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, makeDocumentsOwnWork, pressButton, readPdf, words } from './helpers';
import { makePdf, makePng } from '../src/test-support/sample-files';

const SHOTS = process.env.ATTACH_SHOTS_DIR;

async function openEvidencePage(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Supporting evidence: attach a photo, a screenshot or an e-mail' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('supporting evidence');
}

async function attach(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, caption: string, ac: string | null): Promise<void> {
  await page.getByLabel('Upload a file').setInputFiles(file);
  await page.getByLabel('Caption').fill(caption);
  await page.getByLabel('Date of the evidence').fill('2026-11-20');
  if (ac) await page.getByLabel('Assessment criterion it supports (optional)').selectOption(ac);
  await pressButton(page, 'Attach file');
}

const list = (page: Page) => page.locator('.attachment-list__item');

test('a learner attaches a picture and a PDF to AC, sees them after a reload, in the pack, and in a restored backup', async ({ page, browser }) => {
  // The PESTLE worked example, made the learner's own so the pack counts it as evidence.
  await page.goto('/');
  await pressButton(page, 'Open the worked example of the PESTLE builder');
  await expect(page.getByRole('heading', { level: 1, name: 'PESTLE builder' })).toBeVisible();
  await makeDocumentsOwnWork(page);
  const documentUrl = page.url();

  await openEvidencePage(page);
  await expect(page.getByText('No files attached yet.')).toBeVisible();
  await expect(page.getByText('A PNG or JPEG image, a PDF, or a plain text document (.txt). Up to 5 MB a file')).toBeVisible();

  // Nothing chosen: the GOV.UK error summary links to the fields.
  await pressButton(page, 'Attach file');
  const summary = page.locator('.error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: 'Select a file to attach' })).toBeVisible();
  await summary.getByRole('link', { name: 'Enter a caption that says what the file shows' }).click();
  await expect(page.getByLabel('Caption')).toBeFocused();

  const png = Buffer.from(makePng(120, 80));
  const pdf = Buffer.from(await makePdf(['Manager e-mail confirming the PESTLE review', 'Second page of the e-mail']));
  await attach(page, { name: 'whiteboard.png', mimeType: 'image/png', buffer: png }, 'Whiteboard of the internal forces', '2.1');
  await expect(page.getByRole('status').filter({ hasText: 'Attached “whiteboard.png”.' })).toBeVisible();
  await attach(page, { name: 'manager-email.pdf', mimeType: 'application/pdf', buffer: pdf }, 'Manager’s e-mail confirming the review', '2.2');
  await expect(list(page)).toHaveCount(2);

  // After a reload both are there, from IndexedDB, with thumbnail, name, size, caption, AC and date.
  await page.reload();
  await expect(list(page)).toHaveCount(2);
  const first = list(page).filter({ hasText: 'Whiteboard of the internal forces' });
  await expect(first).toContainText('whiteboard.png');
  await expect(first).toContainText('20 November 2026');
  await expect(first).toContainText('Supports: L3B2 2.1');
  await expect(first.locator('img')).toHaveJSProperty('complete', true);
  expect(await first.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
  await expect(list(page).filter({ hasText: 'manager-email.pdf' })).toContainText('Supports: L3B2 2.2');
  expect(await page.evaluate(() => Object.keys(window.localStorage).join(' '))).not.toContain('attach');
  await expectAccessible(page);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/evidence-desktop.png`, fullPage: true });

  // A file over the limit: a plain message, the caption still typed, nothing lost.
  const big = Buffer.concat([png, Buffer.alloc(5 * 1024 * 1024)]);
  await page.getByLabel('Caption').fill('A photo far too big');
  await page.getByLabel('Upload a file').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: big });
  await pressButton(page, 'Attach file');
  await expect(summary.getByRole('link', { name: /The selected file must be smaller than 5 MB/ })).toBeVisible();
  await expect(page.getByLabel('Caption')).toHaveValue('A photo far too big');
  await expect(list(page)).toHaveCount(2);
  // A file of another type, named as a picture.
  await page.getByLabel('Upload a file').setInputFiles({ name: 'setup.png', mimeType: 'image/png', buffer: Buffer.from('MZ\u0090\u0000\u0003\u0000') });
  await expect(page.locator('.field__error')).toContainText('must be a PNG or JPEG image, a PDF or a plain text document');

  // At 360 px: no sideways scroll, and the list still reads.
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/evidence-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 720 });

  // A full store: the browser says there is no room; the message is plain and nothing is lost.
  const full = await page.context().newPage();
  await full.addInitScript(() => {
    Object.defineProperty(navigator.storage, 'estimate', { value: () => Promise.resolve({ usage: 999_000, quota: 1_000_000 }) });
  });
  await full.goto(`${documentUrl}/supporting-evidence`);
  await expect(list(full)).toHaveCount(2);
  await attach(full, { name: 'crm.png', mimeType: 'image/png', buffer: png }, 'CRM screenshot of the account', null);
  await expect(full.locator('.error-summary')).toContainText('Your browser’s storage is full, so the file was not attached. Nothing you had already saved has been lost.');
  await expect(full.getByLabel('Caption')).toHaveValue('CRM screenshot of the account');
  await expect(full.getByLabel('Date of the evidence')).toHaveValue('2026-11-20');
  await expect(list(full)).toHaveCount(2);
  await full.close();

  // The portfolio pack: the index, the picture, the PDF's pages and the log's locations.
  await page.goto('/portfolio');
  const choices = page.getByRole('group', { name: 'Documents to include' });
  await choices.getByRole('checkbox', { name: /PESTLE builder/ }).check();
  const downloadPromise = page.waitForEvent('download');
  await pressButton(page, 'Build and download the portfolio pack');
  const packFile = await readPdf(await downloadPromise);
  const text = words(packFile.rawText);
  expect(text).toContain('Supporting evidence attached');
  const pageOf = (needle: string) => {
    for (let number = 1; number <= packFile.pages; number += 1) {
      const one = execFileSync('pdftotext', ['-raw', '-f', String(number), '-l', String(number), packFile.path, '-']).toString();
      if (words(one).includes(needle)) return number;
    }
    return -1;
  };
  const picturePage = pageOf('whiteboard.png, 20 November 2026 · supports AC 2.1');
  const emailPage = pageOf('Manager e-mail confirming the PESTLE review');
  expect(picturePage).toBeGreaterThan(0);
  expect(pageOf('Second page of the e-mail')).toBe(emailPage + 1);
  // The index names the pages each file is on, under its AC; the log's location does too.
  expect(text).toMatch(new RegExp(`Whiteboard of the internal forces whiteboard\\.png PESTLE builder.*? L3B2 2\\.1 20 November 2026 ${picturePage}`));
  expect(text).toContain(`Supporting evidence: Manager’s e-mail confirming the review (manager-email.pdf, 20 November 2026), pages ${emailPage}–${emailPage + 1}`);
  const images = execFileSync('pdfimages', ['-list', packFile.path]).toString();
  expect(images).toMatch(new RegExp(`^\\s*${picturePage}\\s+\\d+\\s+image\\s+120\\s+80\\b`, 'm'));
  if (SHOTS) execFileSync('cp', [packFile.path, `${SHOTS}/pack.pdf`]);

  // A full backup carries the files; restored into a fresh browser profile, they are there.
  await page.goto('/backup');
  const backupPromise = page.waitForEvent('download');
  await pressButton(page, /^Download everything/);
  const backup = await backupPromise;
  const backupPath = await backup.path();
  const backupJson = JSON.parse(readFileSync(backupPath, 'utf8'));
  expect(backupJson.attachments).toHaveLength(2);

  const fresh = await browser.newContext();
  const restored = await fresh.newPage();
  await restored.goto('/backup');
  await restored.getByLabel('Choose a backup file (.json)').setInputFiles(backupPath);
  await expect(restored.getByText(/with 2 attached files as new/)).toBeVisible();
  await restored.goto('/');
  await restored.getByRole('link', { name: /Brightwave/ }).first().click();
  await openEvidencePage(restored);
  await expect(list(restored)).toHaveCount(2);
  await expect(list(restored).filter({ hasText: 'Whiteboard of the internal forces' }).locator('img')).toBeVisible();

  // A duplicate carries its own copies of the files: removing one from the copy leaves the original's.
  await restored.goto('/');
  const own = restored.getByRole('region', { name: 'Your documents' });
  await own.getByRole('button', { name: /^Duplicate / }).first().click();
  await expect(own.getByRole('listitem')).toHaveCount(2);
  await own.getByRole('link').last().click();
  await openEvidencePage(restored);
  await expect(list(restored)).toHaveCount(2);
  restored.once('dialog', (dialog) => void dialog.accept());
  await list(restored).first().getByRole('button', { name: /^Remove / }).click();
  await expect(list(restored)).toHaveCount(1);
  await restored.goto('/');
  await own.getByRole('link').first().click();
  await openEvidencePage(restored);
  await expect(list(restored)).toHaveCount(2);
  await fresh.close();
});

test('a class demo document has no supporting evidence and still opens', async ({ page }) => {
  await page.goto('/demo');
  await page.getByRole('link', { name: 'Open the worked example of the PESTLE builder' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('PESTLE builder');
  await expect(page.getByRole('link', { name: /Supporting evidence/ })).toHaveCount(0);
});
