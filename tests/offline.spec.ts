import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { forEachWorkedExample, openAllSections, openSection, pressButton, readPdf, typeInto, words, pressExport } from './helpers';

test('after one visit the toolkit works offline: reload, open every worksheet, edit and export a PDF', async ({ page, context }) => {
  await page.goto('/');
  await expect(page.getByText('The toolkit also works offline in this browser.')).toBeVisible({ timeout: 30_000 });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your coursework worksheets' })).toBeVisible();
  // A route typed into the address bar loads too.
  await page.goto('/my-details');
  await typeInto(page.getByLabel('Your full name'), 'Offline Learner');

  // Every worksheet opens with its worked example (each page ready is checked by the helper).
  await forEachWorkedExample(page, async () => {});

  await page.goto('/');
  await pressButton(page, 'Start a new PESTLE builder');
  await openAllSections(page);
  await typeInto(page.getByLabel('Organisation name'), 'Written on the train');
  const download = page.waitForEvent('download');
  await pressExport(page);
  const { rawText } = await readPdf(await download);
  expect(words(rawText)).toContain('Written on the train');
  expect(words(rawText)).toContain('Offline Learner');

  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Written on the train');
});

test('a new version is offered, never forced: the learner’s typing stays until they choose to update', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('The toolkit also works offline in this browser.')).toBeVisible({ timeout: 30_000 });
  // A later visit, as when a learner comes back another day: the installed version runs the page.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole('link', { name: /Worked example/ }).first().click();
  await openSection(page, 'The organisation');
  await typeInto(page.getByLabel('Organisation name'), 'Mid-edit when the update arrived');

  // Publish a "new version": the same service worker with one byte changed.
  const swPath = join(process.cwd(), 'dist', 'sw.js');
  const original = readFileSync(swPath, 'utf8');
  try {
    writeFileSync(swPath, `${original}\n// new version ${Date.now()}\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(page.getByRole('heading', { name: 'A new version of the toolkit is ready' })).toBeVisible({ timeout: 30_000 });
    // Nothing reloaded: the field still has the focus and the words being typed.
    await expect(page.getByLabel('Organisation name')).toBeFocused();
    await page.keyboard.type(' and kept typing');
    await expect(page.getByLabel('Organisation name')).toHaveValue('Mid-edit when the update arrived and kept typing');

    // A mark on this page's window: gone once the update has reloaded the page.
    await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
    await page.getByRole('button', { name: 'Update now' }).click();
    await page.waitForFunction(() => !(window as unknown as { beforeUpdate?: boolean }).beforeUpdate, undefined, { timeout: 30_000 });
    await expect(page.getByRole('heading', { name: 'A new version of the toolkit is ready' })).toHaveCount(0);
    await expect(page.getByLabel('Organisation name')).toHaveValue('Mid-edit when the update arrived and kept typing');
  } finally {
    writeFileSync(swPath, original);
  }
});
