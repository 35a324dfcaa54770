import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openSection, typeInto, writeTempFile } from './helpers';

const STORAGE_KEY = 'coursework-toolkit';

test('a damaged backup is refused in plain English and stored work is unchanged', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Worked example/ })).toBeVisible();
  // Saves are written under a Web Lock, a moment after the change: wait for the first one to land.
  await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toContain('Worked example');
  const before = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file (.json)').setInputFiles(
    writeTempFile('broken.json', '{"format":"coursework-toolkit-backup","formatVersion":1,"documents":[{"worksheetId":"pestle"'),
  );
  await expect(page.getByRole('alert')).toContainText('Import refused. Nothing was imported, and your work is unchanged.');
  await expect(page.getByRole('alert')).toContainText('damaged or not in the right format');

  await page.getByLabel('Choose a backup file (.json)').setInputFiles(
    writeTempFile('hostile.json', '{"format":"coursework-toolkit-backup","formatVersion":1,"exportedAt":"x","documents":[],"__proto__":{"x":1}}'),
  );
  await expect(page.getByRole('alert')).toContainText('__proto__');
  expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBe(before);
});

test('a backup downloads and restores as a new copy, never replacing anything', async ({ page }) => {
  await page.goto('/backup');
  await expect(page.getByRole('button', { name: /Download everything \(1 document/ })).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download everything/ }).click();
  const path = await (await downloadPromise).path();
  const backupText = readFileSync(path, 'utf8');
  await page.getByLabel('Choose a backup file (.json)').setInputFiles(writeTempFile('backup.json', backupText));
  await expect(page.getByRole('alert')).toContainText('Imported 1 document as new copy');
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Worked example/ })).toHaveCount(2);
});

test('when storage is full the learner is told at once, keeps working and can download a backup', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: /Worked example/ })).toBeVisible();
  await page.getByRole('link', { name: /Worked example/ }).click();
  await openSection(page, 'The organisation');
  await page.evaluate(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  await typeInto(page.getByLabel('Organisation name'), 'Renamed while storage is full');
  await expect(page.getByRole('alert').filter({ hasText: 'not being saved' })).toContainText('storage for this site is full');
  await expect(page.getByLabel('Organisation name')).toHaveValue('Renamed while storage is full');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup of everything' }).click();
  const backup = readFileSync(await (await downloadPromise).path(), 'utf8');
  expect(backup).toContain('Renamed while storage is full');
});

test('damaged stored data is set aside and offered for download; the rest still works', async ({ page }) => {
  await page.addInitScript((key) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key, '{"state":{"documents":[{"id":"a","name":"Half-written');
      sessionStorage.setItem('seeded', '1');
    }
  }, STORAGE_KEY);
  await page.goto('/');
  await expect(page.getByRole('heading', { name: /Set aside: Saved work that could not be read/ })).toBeVisible();
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download it' }).click();
  expect(readFileSync(await (await downloadPromise).path(), 'utf8')).toContain('Half-written');
  await page.getByRole('button', { name: 'Start a new PESTLE builder' }).click();
  await openSection(page, 'The organisation');
  await typeInto(page.getByLabel('Organisation name'), 'Still works');
  await page.reload();
  await expect(page.getByLabel('Organisation name')).toHaveValue('Still works');
  await expect(page.getByRole('heading', { name: /Set aside/ })).toBeVisible();
});
