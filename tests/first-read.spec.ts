import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The code that checks stored work (zod and the store's schemas) loads after the page, not with it
 * (src/storage/browser-storage.ts). A returning learner sees the worksheets at once and their own
 * documents when read, never "no documents"; if that code cannot load, they are told, nothing is
 * changed, and another try reads their work.
 */

const STORAGE_KEY = 'coursework-toolkit';
const manifest = JSON.parse(readFileSync(join(process.cwd(), 'dist', '.vite', 'manifest.json'), 'utf8')) as Record<string, { file: string }>;
const readerFile = manifest['src/storage/store-reader.ts']?.file;

// Requests a service worker answers never reach page.route; these tests hold back one file.
test.use({ serviceWorkers: 'block' });

async function visitOnceAndSave(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Worked example/ })).toBeVisible();
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain('Worked example');
  return page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
}

test('a returning learner sees the worksheets at once and their documents when read, never "no documents"', async ({ page }) => {
  expect(readerFile, 'the build has a chunk for src/storage/store-reader.ts').toBeTruthy();
  await visitOnceAndSave(page);
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`**/${readerFile}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Worksheets', exact: true })).toBeVisible();
  await expect(page.getByText('Opening your saved work…').first()).toBeVisible();
  await expect(page.getByText('You have no documents of your own yet')).toHaveCount(0);
  release();
  await expect(page.getByRole('link', { name: /Worked example/ })).toBeVisible();
  await expect(page.getByText('Opening your saved work…')).toHaveCount(0);
});

test('when the code that reads saved work cannot load, the learner is told, nothing changes, and another try reads it', async ({ page }) => {
  const before = await visitOnceAndSave(page);
  await page.route(`**/${readerFile}`, (route) => route.abort());
  await page.goto('/units');
  await expect(page.getByRole('alert')).toContainText('Your saved work could not be opened because part of the toolkit did not load.');
  // The page that shows saved work waits rather than showing an empty record.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);

  await page.unroute(`**/${readerFile}`);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'could not be opened' })).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Worksheets' }).click();
  await expect(page.getByRole('link', { name: /Worked example/ })).toBeVisible();
});
