import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { chooseByKeyboard, writeTempFile } from './helpers';

const status = (code: string) => new RegExp(`^Your status for ${code} `);

test('a learner marks units by keyboard and sees which qualifications the rules of combination allow', async ({ page }) => {
  await page.goto('/units');
  await expect(page.getByRole('heading', { level: 1, name: 'Your units and qualifications' })).toBeVisible();
  await expect(page.getByText('Not yet: ISP Level 3 Certificate in Professional Sales')).toBeVisible();
  // The PESTLE builder is listed against the unit it evidences.
  await expect(page.getByRole('row', { name: /L3B2 Understand Organisations/ })).toContainText('PESTLE builder');

  // Two Awards and Stress Management: 18 credits, two Business, two Core, one Self.
  for (const code of ['L3B1', 'L3B2', 'L3C2', 'L3C3', 'L3S2']) await chooseByKeyboard(page.getByLabel(status(code)), 'Achieved');
  await chooseByKeyboard(page.getByLabel(status('L3C5')), 'In progress');
  await expect(page.getByText('Achieved: 5 units, 18 credits (Business 2, Core 2, Leadership 0, Self 1).')).toBeVisible();
  await expect(page.getByText('✓ Rules met: ISP Level 3 Certificate in Professional Sales')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Not yet: ISP Level 3 Diploma in Professional Sales' })).toContainText(
    '19 more credits (18 of at least 37)',
  );

  await page.reload();
  await expect(page.getByLabel(status('L3C3'))).toHaveValue('achieved');
  await expect(page.getByLabel(status('L3C5'))).toHaveValue('in-progress');
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);

  // A full backup carries the unit progress; restoring it into a fresh browser brings it back.
  await page.goto('/backup');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Download everything/ }).click();
  const backupText = readFileSync(await (await download).path(), 'utf8');
  expect(JSON.parse(backupText).unitStatuses).toMatchObject({ L3B2: 'achieved', L3C5: 'in-progress' });
  await page.evaluate(() => localStorage.clear());
  await page.goto('/backup');
  await page.getByLabel('Choose a backup file (.json)').setInputFiles(writeTempFile('backup.json', backupText));
  await expect(page.getByRole('alert')).toContainText('Imported');
  await page.goto('/units');
  await expect(page.getByLabel(status('L3S2'))).toHaveValue('achieved');
});
