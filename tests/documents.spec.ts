import { expect, test } from '@playwright/test';
import { openAllSections, typeInto } from './helpers';

test('a learner renames, duplicates and deletes documents, and can undo a delete', async ({ page }) => {
  await page.goto('/');
  const example = page.getByRole('link', { name: /Worked example/ });
  await expect(example).toBeVisible();
  await example.click();
  await typeInto(page.getByLabel('Document name'), 'My Brightwave PESTLE');
  await page.getByRole('link', { name: 'Worksheets' }).first().click();
  await expect(page.getByRole('link', { name: 'My Brightwave PESTLE' })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate My Brightwave PESTLE' }).click();
  await expect(page.getByRole('link', { name: 'My Brightwave PESTLE (copy)' })).toBeVisible();
  await expect(page.getByText('6 of 6 checks met')).toHaveCount(2);

  await page.getByRole('button', { name: 'Delete My Brightwave PESTLE (copy)' }).click();
  await expect(page.getByRole('link', { name: 'My Brightwave PESTLE (copy)' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo delete' }).click();
  await expect(page.getByRole('link', { name: 'My Brightwave PESTLE (copy)' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('link', { name: /^My Brightwave PESTLE/ })).toHaveCount(2);
  await page.getByRole('link', { name: 'My Brightwave PESTLE (copy)' }).click();
  await openAllSections(page);
  await expect(page.getByLabel('Organisation name')).toHaveValue(/Brightwave Home Energy/);
});
